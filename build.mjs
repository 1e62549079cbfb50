// node build.mjs: bundles Sift with esbuild.
//   dist/chrome, dist/firefox   the extension (one code, two manifests from manifest.json + a patch each)
//   dist/sift-chrome.zip, dist/sift-firefox.zip   for the stores
//   dist/cli/sift.mjs           the command line (bin/sift.mjs runs it)
//   dist/node/extract.mjs       the engine for Node (benchmarks)
// SIFT_TEST_HOST=1 adds host access to http://127.0.0.1/* for the real-browser tests, into
// dist/test-chrome and dist/test-firefox only; the release folders never have it.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { vendorPatches } from './scripts/vendor-patches.mjs';
import { zipFolder } from './scripts/zip.mjs';

const root = path.dirname(new URL(import.meta.url).pathname);
const dist = path.join(root, 'dist');
const base = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;

export const GECKO_ID = 'sift-reader@sift.example';

/** Per-browser patches, deep-merged over the base manifest. */
const patches = {
  chrome: { background: { service_worker: 'background.js' }, minimum_chrome_version: '120' },
  firefox: {
    background: { scripts: ['background.js'] },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
};
// file:///* lets the tests read a saved page once the browser's file-access switch is on (and check the
// popup's words while it is off): Chromium grants a test nothing on its own without a toolbar click.
const testPatch = { host_permissions: ['http://127.0.0.1/*', 'file:///*'] };

/**
 * The English catalog bundled as the fallback of src/shared/i18n.ts (the browser's own i18n answers in
 * the extension) goes in with its messages and placeholders only: the translators' descriptions are
 * 60% of the file and no code reads them.
 */
const catalogWithoutDescriptions = {
  name: 'catalog-without-descriptions',
  setup(build) {
    build.onLoad({ filter: /_locales[\\/]en[\\/]messages\.json$/ }, (args) => {
      const catalog = JSON.parse(fs.readFileSync(args.path, 'utf8'));
      for (const entry of Object.values(catalog)) {
        delete entry.description;
        for (const p of Object.values(entry.placeholders ?? {})) delete p.example;
      }
      return { contents: JSON.stringify(catalog), loader: 'json' };
    });
  },
};

function merge(a, b) {
  if (Array.isArray(a) || Array.isArray(b) || typeof a !== 'object' || typeof b !== 'object' || !a || !b)
    return b;
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = k in a ? merge(a[k], v) : v;
  return out;
}

const STATIC = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.html', 'reader.html'],
  ['src/popup/popup.css', 'popup.css'],
  [
    'node_modules/@fontsource/opendyslexic/files/opendyslexic-latin-400-normal.woff2',
    'fonts/opendyslexic-400.woff2',
  ],
  [
    'node_modules/@fontsource/opendyslexic/files/opendyslexic-latin-700-normal.woff2',
    'fonts/opendyslexic-700.woff2',
  ],
];

async function buildExtension(name, manifest) {
  const out = path.join(dist, name);
  fs.rmSync(out, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: {
      background: 'src/background/index.ts',
      content: 'src/content/index.ts',
      popup: 'src/popup/index.ts',
      // Loaded by the reader only when its Markdown menu opens.
      markdown: 'src/popup/markdown-entry.ts',
    },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['chrome120', 'firefox128'],
    outdir: out,
    legalComments: 'eof',
    logLevel: 'warning',
    plugins: [vendorPatches, catalogWithoutDescriptions],
  });
  for (const [from, to] of STATIC) {
    fs.mkdirSync(path.dirname(path.join(out, to)), { recursive: true });
    fs.copyFileSync(path.join(root, from), path.join(out, to));
  }
  // The interface's translations (messages.json per locale), at the extension's root as browsers expect.
  fs.cpSync(path.join(root, 'src/_locales'), path.join(out, '_locales'), { recursive: true });
  // The PNGs only: icons/icon.svg is their source, not part of the extension.
  fs.cpSync(path.join(root, 'icons'), path.join(out, 'icons'), {
    recursive: true,
    filter: (from) => !from.endsWith('.svg'),
  });
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify({ ...manifest, version }, null, 2)}\n`);
  return out;
}

const started = Date.now();
fs.mkdirSync(dist, { recursive: true });
for (const [name, patch] of Object.entries(patches)) {
  const manifest = merge(base, patch);
  const out = await buildExtension(name, manifest);
  zipFolder(out, path.join(dist, `sift-${name}.zip`));
  if (process.env.SIFT_TEST_HOST) await buildExtension(`test-${name}`, merge(manifest, testPatch));
}
// The command line and the Node engine bundle Readability and DOMPurify with the same patches as the
// extension, so every place Sift runs runs the same code; only jsdom stays an import.
const node = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['jsdom'],
  // Turndown's Node build loads a DOM parser (domino) at start-up; Sift always hands it a parsed jsdom
  // node, so the command line takes the browser build, which needs no parser of its own.
  alias: { turndown: 'turndown/lib/turndown.browser.es.js' },
  logLevel: 'warning',
  absWorkingDir: root,
  plugins: [vendorPatches],
  define: { SIFT_VERSION: JSON.stringify(version) },
};
await esbuild.build({ ...node, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli/sift.mjs' });
// Batch mode's worker thread (src/cli/batch.ts starts it from beside sift.mjs).
await esbuild.build({ ...node, entryPoints: ['src/cli/worker.ts'], outfile: 'dist/cli/worker.mjs' });
await esbuild.build({ ...node, entryPoints: ['src/extract/index.ts'], outfile: 'dist/node/extract.mjs' });
console.log(`built dist/chrome, dist/firefox, dist/cli in ${Date.now() - started} ms`);
