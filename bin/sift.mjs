#!/usr/bin/env node
// The command-line entry: runs the bundled engine that `npm install` (prepare) or `npm run build` made.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/sift.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('sift: not built yet; run `npm run build` first\n');
  process.exit(1);
}
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2));
