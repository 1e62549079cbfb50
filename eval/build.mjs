// npm run eval: bundles the evaluation into a folder of its own under dist/eval/ and runs it there, so
// that two runs at once (or a rebuild during a run, when a worker thread is restarted) never mix builds.
// The engine is bundled as the extension ships it: its libraries inside, with the same vendor patches.
// The harness loads plain Readability, defuddle and jsdom from node_modules.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { vendorPatches } from '../scripts/vendor-patches.mjs';

const root = path.resolve(import.meta.dirname, '..');
fs.mkdirSync(path.join(root, 'dist/eval'), { recursive: true });
const out = fs.mkdtempSync(path.join(root, 'dist/eval/run-'));
process.on('exit', () => fs.rmSync(out, { recursive: true, force: true }));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

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
  outfile: path.join(out, 'engine.mjs'),
  plugins: [vendorPatches],
});
await esbuild.build({
  ...common,
  entryPoints: ['eval/run.ts', 'eval/worker.ts'],
  packages: 'external',
  outdir: out,
  outExtension: { '.js': '.mjs' },
  define: { 'process.env.SIFT_ROOT': JSON.stringify(root) },
});
await import(pathToFileURL(path.join(out, 'run.mjs')).href);
