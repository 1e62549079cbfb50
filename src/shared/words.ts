import type { NoArticleReason, NoteCode, Provenance, ReasonCode, RemovalData } from '../extract/types';
import { formatDecimal, type MessageKey, plural, pluralKey, t, uiLocale } from './i18n';

/**
 * The words a reader sees for what the engine reports as codes and numbers, so that the popup and the
 * command line say the same thing. The engine never writes a sentence; it returns a code and the
 * numbers, and these functions pick the message (src/_locales/<locale>/messages.json) that says it.
 */

/** The message naming each group of hidden blocks ("Links to other stories · 6"). */
export const REASON_KEYS: Record<ReasonCode, MessageKey> = {
  'share-buttons': 'reasonShareButtons',
  'printed-again': 'reasonPrintedAgain',
  'other-stories': 'reasonOtherStories',
  'next-stories': 'reasonNextStories',
  'comment-form': 'reasonCommentForm',
  duplicate: 'reasonDuplicate',
  'source-line': 'reasonSourceLine',
  boilerplate: 'reasonBoilerplate',
  byline: 'reasonByline',
};

export function reasonWords(reason: ReasonCode): string {
  return t(REASON_KEYS[reason]);
}

/**
 * A message and what fills it: the popup shows each substitution in an element of its own (`<bdi>`, so
 * a page's Arabic name cannot reorder an English sentence), the command line as text.
 */
export type Message = [MessageKey, ...(string | number)[]];

/** One hidden block's reason, with its numbers where they help ("printed 3 times"). */
export function removalMessage(reason: ReasonCode, data: RemovalData): Message {
  const base = reasonWords(reason);
  if (data.heading) return ['removalUnder', base, data.heading];
  if (data.times && data.times > 1) return [pluralKey('removalTimes', data.times), data.times, base];
  if (data.paragraphs) return [pluralKey('removalParagraphs', data.paragraphs), data.paragraphs, base];
  return [REASON_KEYS[reason]];
}

export function removalWords(reason: ReasonCode, data: RemovalData): string {
  return t(...removalMessage(reason, data));
}

/**
 * The notice for each note, or null for a note the article shows by itself: the standfirst is the line
 * under the headline, and a notice saying so was read as noise (the reader sees it there).
 */
const NOTE_KEYS: Record<NoteCode, MessageKey | null> = {
  'plain-reading': 'notePlainReading',
  'long-page': 'noteLongPage',
  'standfirst-restored': null,
  thread: 'noteThread',
  'cut-short': 'noteCutShort',
  'metadata-partial': 'noteMetadataPartial',
  'source-unchecked': 'noteSourceUnchecked',
};

export function noteWords(code: NoteCode): string | null {
  const key = NOTE_KEYS[code];
  return key && t(key);
}

const FAILURE_TITLE_KEYS: Record<NoArticleReason, MessageKey> = {
  'empty-page': 'failureTitleEmptyPage',
  'no-article': 'failureTitleNoArticle',
  'too-large': 'failureTitleTooLarge',
  'too-deep': 'failureTitleTooDeep',
  timeout: 'failureTitleTimeout',
};

export function failureTitle(reason: NoArticleReason): string {
  return t(FAILURE_TITLE_KEYS[reason]);
}

/** The sentence that explains a failure, with its numbers. */
export function failureDetail(
  reason: NoArticleReason,
  data: { elements?: number; limit?: number; budgetMs?: number },
): string {
  switch (reason) {
    case 'empty-page':
      return t('failureEmptyPage');
    case 'no-article':
      return t('failureNoArticle');
    case 'too-large':
      return data.elements
        ? t('failureTooLargeCounted', data.elements, data.limit ?? 0)
        : t('failureTooLarge');
    case 'too-deep':
      return t('failureTooDeep');
    case 'timeout':
      return t('failureTimeout', Math.round((data.budgetMs ?? 0) / 1000));
  }
}

/**
 * Whose story it is, in the words of the line under the headline. `site`: the name of the site the
 * page is on. Republished: `link` is the words of the link to the original, `rest` what follows it.
 */
export function provenanceMessages(
  provenance: Provenance,
  site: string,
): { link: Message | null; rest: Message } {
  switch (provenance.state) {
    case 'republished':
      return provenance.source
        ? { link: ['provenanceFrom', provenance.source.name], rest: ['provenanceRepublishedBy', site] }
        : provenance.named
          ? { link: null, rest: ['provenanceNamed', provenance.named, site] }
          : { link: null, rest: ['provenanceRepublished', site] };
    case 'unknown':
      return { link: null, rest: ['provenanceUnknown', site] };
    case 'original':
      return { link: null, rest: ['provenanceOriginal', site] };
  }
}

/** The same line as text: "From Sky News ↗" and " · republished by Newsroom Today". */
export function provenanceWords(provenance: Provenance, site: string): { link: string | null; rest: string } {
  const { link, rest } = provenanceMessages(provenance, site);
  return link ? { link: t(...link), rest: ` · ${t(...rest)}` } : { link: null, rest: t(...rest) };
}

/** Under a story the page cut short: where the rest of it is. */
export function continueWords(outlet: string): { before: string; link: string } {
  return { before: `${t('continueBefore')} `, link: t('continueLink', outlet) };
}

/** "4 min left", "Under a minute left": beside the reading-progress bar. */
export function minutesLeftWords(minutes: number): string {
  return minutes < 1 ? t('minutesLeftUnder') : plural('minutesLeft', minutes);
}

/** "1.2×": the read-aloud speed. */
export function rateWords(rate: number): string {
  return t('rate', formatDecimal(rate));
}

/** A slider's value as the settings form shows it beside its label. */
export function settingValueWords(
  key: 'size' | 'lineHeight' | 'width' | 'speechRate' | 'letterSpacing' | 'wordSpacing' | 'paragraphSpacing',
  value: number,
): string {
  switch (key) {
    // Spacing as a share of the text size ("12 %"), the way WCAG states it, in the reader's numerals.
    case 'letterSpacing':
    case 'wordSpacing':
    case 'paragraphSpacing':
      return new Intl.NumberFormat(uiLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(value);
    case 'size':
      return t('valuePx', value);
    case 'lineHeight':
      return formatDecimal(value);
    case 'width':
      return plural('valueCharacters', value);
    case 'speechRate':
      return rateWords(value);
  }
}

/** The "Forget" button's full name for a screen reader: which site it forgets. */
export function forgetSiteWords(site: string, count: number): string {
  return plural('forgetSite', count, site);
}

/** The name of a table's scrolling box: its caption, or its number in the article. */
export function tableWords(caption: string | null, n: number): string {
  return caption ? t('tableCaption', caption) : t('tableNumber', n);
}
