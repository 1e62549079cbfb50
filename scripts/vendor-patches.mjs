// Three assignments of page-derived markup to innerHTML sit inside the libraries Sift bundles into its
// extension pages and content script. Firefox's linter (web-ext lint) flags each one, whoever wrote it.
// They are rewritten at bundle time into DOM operations that do the same work without a markup sink;
// the build fails if a library update moves the code, so a patch can never silently stop applying.
import fs from 'node:fs';

const PATCHES = [
  {
    file: /@mozilla[\\/]readability[\\/]Readability\.js$/,
    edits: [
      // The page is saved before each extraction attempt and restored for the next one: keep clones of
      // the nodes instead of a serialization, so nothing is parsed again.
      [
        'var pageCacheHtml = page.innerHTML;',
        'var pageCache = Array.from(page.childNodes, function (n) { return n.cloneNode(true); });',
      ],
      [
        'page.innerHTML = pageCacheHtml;',
        'page.replaceChildren.apply(page, pageCache.map(function (n) { return n.cloneNode(true); }));',
      ],
      // <noscript> images. Where the page was parsed without scripting (jsdom), the fallback is already
      // elements: copy them. Where it was parsed with scripting (a browser), it is text: parse it in an
      // inert DOMParser document, then move it. No DOMParser (Node without one): nothing is unwrapped.
      [
        'tmp.innerHTML = noscript.innerHTML;',
        'tmp.replaceChildren.apply(tmp, noscript.children.length ? Array.from(noscript.childNodes, function (n) { return n.cloneNode(true); }) : typeof DOMParser === "function" ? Array.from(new DOMParser().parseFromString(noscript.innerHTML, "text/html").body.childNodes) : []);',
      ],
    ],
  },
  {
    file: /dompurify[\\/]dist[\\/]purify\.(es\.mjs|js|cjs\.js)$/,
    edits: [
      // The fallback for a browser without DOMParser (never the case in the browsers Sift supports). Sift
      // fails closed there: an empty document, so nothing is rendered, instead of a markup sink.
      [
        'doc.documentElement.innerHTML = IS_EMPTY_INPUT ? emptyHTML : dirtyPayload;',
        'throw new TypeError("Sift: DOMParser is required");',
      ],
    ],
  },
];

/** The library's code with the patches applied, or null when the file is not one that is patched. */
export function patchSource(file, code) {
  const patch = PATCHES.find((p) => p.file.test(file));
  if (!patch) return null;
  let out = code;
  for (const [from, to] of patch.edits) {
    if (!out.includes(from)) throw new Error(`vendor patch no longer applies to ${file}: ${from}`);
    out = out.split(from).join(to);
  }
  return out;
}

/** esbuild plugin applying PATCHES: the extension, the command line and the benchmarks. */
export const vendorPatches = {
  name: 'sift-vendor-patches',
  setup(build) {
    for (const { file } of PATCHES) {
      build.onLoad({ filter: file }, async (args) => {
        const code = await fs.promises.readFile(args.path, 'utf8');
        return { contents: patchSource(args.path, code), loader: 'js' };
      });
    }
  },
};

/**
 * The same patches as a Vite plugin, for Vitest: the tests run the code users run. Readability is a
 * CommonJS package whose index.js require()s its files, which Vitest would load natively, unpatched;
 * for Vitest only, its three files are served as ES modules so that every one passes through here.
 */
const READABILITY_DIR = /@mozilla[\\/]readability[\\/]/;
const COMMONJS_EXPORT = /if \(typeof module === "object"\) \{[\s\S]*?module\.exports = (\w+);\s*\}\s*$/;

export const vendorPatchesVite = {
  name: 'sift-vendor-patches',
  enforce: 'pre',
  transform(code, id) {
    const file = id.split('?')[0];
    if (READABILITY_DIR.test(file) && /[\\/]index\.js$/.test(file))
      return {
        code: [
          "import Readability from './Readability.js';",
          "import isProbablyReaderable from './Readability-readerable.js';",
          'export { Readability, isProbablyReaderable };',
          'export default { Readability, isProbablyReaderable };',
        ].join('\n'),
        map: null,
      };
    let out = patchSource(file, code);
    if (READABILITY_DIR.test(file) && /Readability(-readerable)?\.js$/.test(file)) {
      out = (out ?? code).replace(COMMONJS_EXPORT, 'export default $1;');
      if (!out.includes('export default')) throw new Error(`cannot serve ${file} as an ES module`);
    }
    return out === null ? null : { code: out, map: null };
  },
};

/** Module ids Vitest must transform (not load natively) for the patches to apply. */
export const PATCHED_MODULES = [/@mozilla[\\/]readability/, /dompurify/];
