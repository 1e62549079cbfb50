import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/**
 * The one sanitizer policy and the one DOMPurify set-up (config and hooks), used by the engine on its
 * output and again by the popup's renderer before anything reaches the extension page: nothing executable, no event handlers, no javascript: URLs, no
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
      // Links open beside the reader, and tell the page nothing about it.
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

/**
 * Sanitizes the article element where it stands (no serializing and parsing again): what is left is
 * then read as markup for the popup and as text for the reader's word count.
 */
export function sanitizeInPlace(node: Element, win: Window & typeof globalThis): void {
  purifierFor(win).sanitize(node, { ...SANITIZE_CONFIG, IN_PLACE: true });
}
