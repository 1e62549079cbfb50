// Bundles `npm run eval`: the engine as the extension ships it (its libraries inside, with the same
// vendor patches), and the harness, which loads plain Readability, defuddle and jsdom from node_modules.
import path from 'node:path';
import * as esbuild from 'esbuild';
import { vendorPatches } from '../scripts/vendor-patches.mjs';

const root = path.resolve(import.meta.dirname, '..');
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
};
await esbuild.build({
  ...common,
  entryPoints: ['eval/engine-entry.ts'],
  outfile: 'dist/eval/engine.mjs',
  plugins: [vendorPatches],
});
await esbuild.build({
  ...common,
  entryPoints: ['eval/run.ts', 'eval/worker.ts'],
  packages: 'external',
  outdir: 'dist/eval',
  outExtension: { '.js': '.mjs' },
});
