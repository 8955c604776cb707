/** Ingest: input files to Articles. */
export { listInputs } from './list-inputs.js';
export { readArticles, readText, type ReadOptions } from './read-articles.js';
export type { InputFormat } from './formats.js';
export type { ReadResult } from './article.js';
export { isImpossibleDate, normalizeDate } from './dates.js';
