/**
 * Markup meant to run code, leak requests or break out of the renderer once Sift shows it. Each is set
 * inside an otherwise ordinary article, where Readability keeps it. Sources: the classic XSS vectors,
 * DOMPurify's published mutation-XSS cases (namespace confusion, noscript/style re-parsing), and
 * Readability's own issues about scripts in noscript and srcset.
 */
export const PAYLOADS: Record<string, string> = {
  'script tag': '<script>fetch("/pwned/script")</script>',
  'inline handler':
    '<img src="/img/a.png" onerror="fetch(\'/pwned/onerror\')" onload="fetch(\'/pwned/onload\')">',
  'handler on a paragraph':
    '<p onmouseover="fetch(\'/pwned/mouseover\')" onclick="fetch(\'/pwned/click\')">Hover me</p>',
  'javascript: link': '<a href="javascript:fetch(\'/pwned/js-link\')">a link</a>',
  'javascript: link, encoded': '<a href="jav&#x09;ascript:fetch(\'/pwned/js-link2\')">another</a>',
  'data: html link': '<a href="data:text/html,<script>fetch(\'/pwned/data\')</script>">data link</a>',
  'svg with script':
    '<svg><script>fetch("/pwned/svg")</script><circle r="4" onload="fetch(\'/pwned/svg-load\')"/></svg>',
  'svg animate':
    '<svg><a><animate attributeName="href" values="javascript:fetch(\'/pwned/animate\')"/><text y="20">x</text></a></svg>',
  'mathml with script':
    '<math><mtext><table><mglyph><style><img src=x onerror="fetch(\'/pwned/mathml\')"></style></mglyph></table></mtext></math>',
  'iframe srcdoc': '<iframe srcdoc="<script>parent.fetch(\'/pwned/srcdoc\')</script>"></iframe>',
  'iframe src': '<iframe src="/pwned/iframe"></iframe>',
  'object and embed': '<object data="/pwned/object"></object><embed src="/pwned/embed">',
  form: '<form action="/pwned/form"><input name="q" autofocus onfocus="fetch(\'/pwned/focus\')"><button formaction="/pwned/formaction">Go</button></form>',
  'meta refresh': '<meta http-equiv="refresh" content="60;url=/pwned/refresh">',
  'base href': '<base href="https://evil.example/">',
  'link stylesheet': '<link rel="stylesheet" href="/pwned/css">',
  'style with url()':
    '<style>p { background: url("/pwned/style-url"); }</style><p style="background-image:url(/pwned/inline-style)">styled</p>',
  'noscript mXSS':
    '<noscript><p title="</noscript><img src=x onerror=fetch(\'/pwned/noscript\')>"></p></noscript>',
  'style mXSS': "<style><style/><img src=x onerror=fetch('/pwned/style-mxss')>",
  'namespace confusion':
    '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=fetch(\'/pwned/ns\') src>">',
  template: '<template><img src=x onerror="fetch(\'/pwned/template\')"></template>',
  'srcset and ping':
    '<img src="/img/b.png" srcset="/img/b.png 1x"><a href="https://example.org/" ping="/pwned/ping">ping</a>',
  'video poster':
    '<video poster="/pwned/poster" src="/pwned/video"></video><audio src="/pwned/audio"></audio>',
  breakout: '</div></article></main><script>fetch("/pwned/breakout")</script><main>',
  'dom clobbering':
    '<img name="body"><form id="main"><input name="state"></form><a id="source-link" href="https://evil.example/">fake source</a>',
};

const PROSE = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of an ordinary news story, long enough that Readability keeps the whole article block and everything inside it, including whatever the page put there.</p>`,
).join('\n');

/** An article page that carries every payload inside its body. */
export function hostilePage(): string {
  const inside = Object.entries(PAYLOADS)
    .map(([name, html]) => `<div class="payload" data-name="${name}">${html}</div>`)
    .join('\n');
  return `<!doctype html><html><head><title>An ordinary story on a hostile page</title>
<meta property="og:title" content="An ordinary story on a hostile page">
<meta http-equiv="refresh" content="30;url=/pwned/head-refresh"><base href="/"></head>
<body><article><h1>An ordinary story on a hostile page</h1>${PROSE}${inside}${PROSE}</article></body></html>`;
}
