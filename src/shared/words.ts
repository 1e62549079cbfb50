import type { NoArticleReason, NoteCode, Provenance, ReasonCode, RemovalData } from '../extract/types';

/**
 * The words a reader sees for what the engine reports as codes and numbers, in one table so the popup
 * and the command line say the same thing and a translation has one place to start. The engine never
 * writes a sentence; it returns a code and the numbers, and these functions turn them into words.
 */

/** What a group of hidden blocks is, in a reader's words ("Links to other stories · 6"). */
export const REASON_WORDS: Record<ReasonCode, string> = {
  'share-buttons': 'Share buttons',
  'printed-again': 'Printed again on the page',
  'other-stories': 'Links to other stories',
  'comment-form': 'Comment and sign-up forms',
  duplicate: 'Repeated in the article',
  'source-line': 'Link to the original (shown above)',
  boilerplate: 'Tags, promos and boilerplate',
  byline: 'Byline (shown above)',
};

/** One hidden block's reason, with its numbers where they help ("printed 3 times"). */
export function removalWords(reason: ReasonCode, data: RemovalData): string {
  const base = REASON_WORDS[reason];
  if (data.heading) return `${base}, under “${data.heading}”`;
  if (data.times && data.times > 1) return `${base} (${data.times} times)`;
  if (data.paragraphs) return `${base} (${data.paragraphs} paragraphs run together)`;
  return base;
}

export const NOTE_WORDS: Record<NoteCode, string> = {
  'plain-reading':
    'Sift’s clean-up left too little of this page, so it shows the page as a plain reader would.',
  'standfirst-restored': 'The summary shown above the story was put back at the top.',
};

export const FAILURE_TITLES: Record<NoArticleReason, string> = {
  'empty-page': 'This page is empty',
  'no-article': 'No article found',
  'too-large': 'This page is too large',
  'too-deep': 'This page is too deeply nested',
  timeout: 'This page took too long',
};

/** The sentence that explains a failure, with its numbers. */
export function failureDetail(
  reason: NoArticleReason,
  data: { elements?: number; limit?: number; budgetMs?: number },
): string {
  switch (reason) {
    case 'empty-page':
      return 'This page has no text to read.';
    case 'no-article':
      return 'Sift found no article on this page: no block of text long enough to be a story (it may be a home page, a list or an app).';
    case 'too-large':
      return data.elements
        ? `This page is too large to read safely (${data.elements.toLocaleString('en')} elements; Sift reads up to ${(data.limit ?? 0).toLocaleString('en')}).`
        : 'This page is too large to read safely.';
    case 'too-deep':
      return 'This page is nested too deeply for Sift to read.';
    case 'timeout':
      return `Sift stopped after ${Math.round((data.budgetMs ?? 0) / 1000)} s: this page is too large or too complex to read in time.`;
  }
}

/**
 * Whose story it is, in the words of the line under the headline. `site`: the name of the site the
 * page is on. Republished: `link` is the words of the link to the original, `rest` what follows it.
 */
export function provenanceWords(provenance: Provenance, site: string): { link: string | null; rest: string } {
  switch (provenance.state) {
    case 'republished':
      return provenance.source
        ? { link: `From ${provenance.source.name} ↗`, rest: ` · republished by ${site}` }
        : { link: null, rest: `Republished by ${site}` };
    case 'unknown':
      return { link: null, rest: `Republished by ${site} — original source not stated` };
    case 'original':
      return { link: null, rest: `Published by ${site}` };
  }
}

/** Under a story the page cut short: where the rest of it is. */
export function continueWords(outlet: string): { before: string; link: string } {
  return { before: 'This page shows only the start of the story. ', link: `Continue reading at ${outlet} ↗` };
}
