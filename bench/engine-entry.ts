/** The engine and Readability, exposed for timing inside a real browser page by bench/run.ts. */
import { Readability } from '@mozilla/readability';
import { extract } from '../src/extract/pipeline';

(globalThis as unknown as { __siftBench: unknown }).__siftBench = { extract, Readability };
