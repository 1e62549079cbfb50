export { FILTERS } from './filters';
export { extract, MAX_ELEMENTS, WORDS_PER_MINUTE } from './pipeline';
export type { Article, ExtractOptions, ExtractResult, Filter, OriginalSource, Removal } from './types';
