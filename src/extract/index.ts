export { FILTERS } from './filters';
export { extract, MAX_ELEMENTS, OPTIONAL_STEPS, STEPS, TIME_BUDGET_MS, WORDS_PER_MINUTE } from './pipeline';
export type {
  Article,
  ExtractOptions,
  ExtractResult,
  Filter,
  NoArticleReason,
  Note,
  OriginalSource,
  ReasonCode,
  Removal,
} from './types';
export { ExtractOptionError } from './types';
