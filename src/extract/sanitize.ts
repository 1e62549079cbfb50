import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/**
 * The one sanitizer policy, used by the engine on its output and again by the popup's renderer before
 * anything reaches the extension page: nothing executable, no event handlers, no javascript: URLs, no
 * frames, forms or page styles, no SVG or MathML (their parsing differences are where mutation-XSS lives).
 */
export const SANITIZE_CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style',
    'link',
    'meta',
    'base',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'template',
    'noscript',
    'dialog',
    'portal',
    'slot',
  ],
  FORBID_ATTR: [
    'style',
    'class',
    'id',
    'name',
    'srcdoc',
    'formaction',
    'action',
    'ping',
    'background',
    'poster',
  ],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#)/i,
};

const instances = new WeakMap<object, DOMPurify>();

/** A DOMPurify bound to the given window (the page's in the content script, jsdom's in Node). */
export function purifierFor(win: Window & typeof globalThis): DOMPurify {
  let purify = instances.get(win);
  if (!purify) {
    purify = createDOMPurify(win);
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node.nodeName === 'IMG') {
        node.setAttribute('loading', 'lazy');
        node.setAttribute('referrerpolicy', 'no-referrer');
      }
    });
    instances.set(win, purify);
  }
  return purify;
}

/** Sanitized HTML of a node's children. */
export function sanitizeToHtml(node: Element, win: Window & typeof globalThis): string {
  return purifierFor(win).sanitize(node.innerHTML, {
    ...SANITIZE_CONFIG,
    RETURN_TRUSTED_TYPE: false,
  }) as string;
}
