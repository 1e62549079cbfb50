import type { Filter } from '../types';
import { dedupeBodyCopies } from './dedupe-body-copies';
import { dedupeParagraphs } from './dedupe-paragraphs';
import { markCtaBoxes } from './mark-cta-boxes';
import { removeAuthorBox } from './remove-author-box';
import { removeBoilerplateLines } from './remove-boilerplate-lines';
import { removeBylineBlock } from './remove-byline-block';
import { removeCommentForms } from './remove-comment-forms';
import { removeContentsLists } from './remove-contents-lists';
import { removeCtaBoxes } from './remove-cta-boxes';
import { removeInlineTeasers } from './remove-inline-teasers';
import { removeKeywordLines } from './remove-keyword-lines';
import { removeLinkBlocks } from './remove-link-blocks';
import { removeNextStories } from './remove-next-stories';
import { removePromoBlocks } from './remove-promo-blocks';
import { removePublisherNotes } from './remove-publisher-notes';
import { removeRelatedLists } from './remove-related-lists';
import { removeRepeatedBlocks } from './remove-repeated-blocks';
import { removeShareWidgets } from './remove-share-widgets';
import { removeSourceLine } from './remove-source-line';
import { removeStoryRuns } from './remove-story-runs';
import { removeTeaserCards } from './remove-teaser-cards';
import { unmarkHeadings } from './unmark-headings';
import { unwrapCollapsedSections } from './unwrap-collapsed-sections';
import { unwrapNoscriptContent } from './unwrap-noscript-content';
import { unwrapStreamedContent } from './unwrap-streamed-content';

/** The pipeline's filters, in the order they run. The README lists them in this order (a test checks). */
export const FILTERS: readonly Filter[] = [
  removeNextStories,
  unwrapStreamedContent,
  unwrapNoscriptContent,
  unwrapCollapsedSections,
  removeShareWidgets,
  removeRepeatedBlocks,
  removeLinkBlocks,
  removeRelatedLists,
  markCtaBoxes,
  unmarkHeadings,
  removeCommentForms,
  dedupeBodyCopies,
  dedupeParagraphs,
  removeInlineTeasers,
  removeStoryRuns,
  removeTeaserCards,
  removeSourceLine,
  removeBoilerplateLines,
  removeContentsLists,
  removeAuthorBox,
  removePromoBlocks,
  removePublisherNotes,
  removeCtaBoxes,
  removeKeywordLines,
  removeBylineBlock,
];
