/** The engine as `npm run eval` loads it: bundled with its libraries, patched as the extension ships them. */
export { extract } from '../src/extract/pipeline';
