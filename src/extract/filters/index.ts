import type { Filter } from '../types';
import { dedupeBodyCopies } from './dedupe-body-copies';
import { dedupeParagraphs } from './dedupe-paragraphs';
import { removeAuthorBox } from './remove-author-box';
import { removeBoilerplateLines } from './remove-boilerplate-lines';
import { removeBylineBlock } from './remove-byline-block';
import { removeCommentForms } from './remove-comment-forms';
import { removeInlineTeasers } from './remove-inline-teasers';
import { removeLinkBlocks } from './remove-link-blocks';
import { removePromoBlocks } from './remove-promo-blocks';
import { removeRelatedLists } from './remove-related-lists';
import { removeRepeatedBlocks } from './remove-repeated-blocks';
import { removeShareWidgets } from './remove-share-widgets';
import { removeSourceLine } from './remove-source-line';
import { removeStoryRuns } from './remove-story-runs';
import { unwrapStreamedContent } from './unwrap-streamed-content';

/** The pipeline's filters, in the order they run. The README lists them in this order (a test checks). */
export const FILTERS: readonly Filter[] = [
  unwrapStreamedContent,
  removeShareWidgets,
  removeRepeatedBlocks,
  removeLinkBlocks,
  removeRelatedLists,
  removeCommentForms,
  dedupeBodyCopies,
  dedupeParagraphs,
  removeInlineTeasers,
  removeStoryRuns,
  removeSourceLine,
  removeBoilerplateLines,
  removeAuthorBox,
  removePromoBlocks,
  removeBylineBlock,
];
