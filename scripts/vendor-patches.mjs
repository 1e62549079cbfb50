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
      // <noscript> images: parse the fallback markup in an inert DOMParser document, then move it.
      [
        'tmp.innerHTML = noscript.innerHTML;',
        'tmp.replaceChildren.apply(tmp, Array.from(new DOMParser().parseFromString(noscript.innerHTML, "text/html").body.childNodes));',
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

/** esbuild plugin applying PATCHES. */
export const vendorPatches = {
  name: 'sift-vendor-patches',
  setup(build) {
    for (const { file, edits } of PATCHES) {
      build.onLoad({ filter: file }, async (args) => {
        let code = await fs.promises.readFile(args.path, 'utf8');
        for (const [from, to] of edits) {
          if (!code.includes(from))
            throw new Error(`vendor patch no longer applies to ${args.path}: ${from}`);
          code = code.split(from).join(to);
        }
        return { contents: code, loader: 'js' };
      });
    }
  },
};
