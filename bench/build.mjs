// Bundles `npm run bench`: the harness for Node (jsdom and playwright-core stay imports) and the engine
// entry injected into Chromium tabs, both with the vendor patches the extension ships, so the engine
// and the Readability it is compared with are the code users run.
import path from 'node:path';
import * as esbuild from 'esbuild';
import { vendorPatches } from '../scripts/vendor-patches.mjs';

const root = path.resolve(import.meta.dirname, '..');
const common = { absWorkingDir: root, bundle: true, logLevel: 'warning', plugins: [vendorPatches] };
await esbuild.build({
  ...common,
  entryPoints: ['bench/run.ts'],
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['jsdom', 'playwright-core', 'puppeteer-core'],
  outfile: 'dist/bench/run.mjs',
});
await esbuild.build({
  ...common,
  entryPoints: ['bench/engine-entry.ts'],
  format: 'iife',
  target: 'chrome120',
  outfile: 'dist/bench/engine-entry.js',
});
