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
const copiers = new WeakMap<object, DOMPurify>();

/** A DOMPurify bound to the given window (the page's in the content script, jsdom's in Node). */
export function purifierFor(win: Window & typeof globalThis): DOMPurify {
  let purify = instances.get(win);
  if (!purify) {
    purify = withHooks(createDOMPurify(win));
    instances.set(win, purify);
  }
  return purify;
}

/**
 * sanitizedCopy's DOMPurify: its own instance with the policy set once (setConfig), not read again
 * from a config object on each call, which builds every allow-list anew (a tenth of a millisecond
 * in Chromium, per article).
 */
function copierFor(win: Window & typeof globalThis): DOMPurify {
  let purify = copiers.get(win);
  if (!purify) {
    purify = withHooks(createDOMPurify(win));
    purify.setConfig({ ...SANITIZE_CONFIG, RETURN_DOM: true });
    copiers.set(win, purify);
  }
  return purify;
}

function withHooks(purify: DOMPurify): DOMPurify {
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
  return purify;
}

/**
 * The article sanitized, as a copy in an inert document of DOMPurify's: what is left is then read as
 * markup for the popup and as text for the reader's word count. The element is copied (one native deep
 * clone), not serialized and parsed again. Not IN_PLACE: sanitizing in place walks the whole tree four
 * more times in script (to guard nodes that hooks move or remove), which took 40% of the step in
 * Chromium; on 30 WCXB bodies this is 1.7 times faster, with the same markup out.
 */
export function sanitizedCopy(node: Element, win: Window & typeof globalThis): Element | null {
  // A node given with RETURN_DOM is imported into a new document's body, or becomes that body.
  const body = copierFor(win).sanitize(node) as unknown as HTMLElement;
  return node.nodeName === 'BODY' ? body : body.firstElementChild;
}

/** Elements per piece when an article is sanitized piece by piece: a few hundred DOMPurify calls on the longest pages. */
export const PIECE_ELEMENTS = 250;
export const FIRST_PIECE_ELEMENTS = 16;

/**
 * The same sanitizing, piece by piece, for an article too long to sanitize in one DOMPurify call within
 * the time budget (DOMPurify cannot be stopped once started). In document order, runs of whole blocks of
 * up to PIECE_ELEMENTS elements (16 at first, doubling) are moved (or copied) out of `root`, prepared (`prepare`), sanitized and added to a
 * new element; a block larger than that is entered, its tag and attributes sanitized on their own.
 * `outOfTime` is asked after each piece; once it says so, the rest is left out. `skip`: blocks never
 * taken. Returns the new element and whether all of `root` is in it.
 */
export function sanitizeInPieces(
  root: Element,
  win: Window & typeof globalThis,
  options: {
    skip(el: Element): boolean;
    prepare(piece: Element): void;
    outOfTime(): boolean;
    /** Copy the blocks taken instead of moving them: `root` is left as it was (the page itself). */
    copy?: boolean;
  },
): { content: Element; whole: boolean } {
  const purify = purifierFor(win);
  // Copies of the page's own nodes go into an inert document: an <img onerror> copied into the page's
  // document would load and run there even unattached; in a document without a window nothing does.
  const doc = options.copy ? root.ownerDocument.implementation.createHTMLDocument('') : root.ownerDocument;
  const content = doc.createElement('div');
  let piece = doc.createElement('div');
  let size = 0;
  let whole = true;
  /** Pieces start small and double: the first answers soon, and what each costs is measured as it goes. */
  let limit = FIRST_PIECE_ELEMENTS;
  const take = <T extends Node>(node: T): T => (options.copy ? (doc.importNode(node, true) as T) : node);
  /** Set after a piece when `outOfTime` said so: the next block to take is left out, with the rest. */
  let tight = false;
  const sanitize = (wrapper: Element) => {
    options.prepare(wrapper);
    purify.sanitize(wrapper, { ...SANITIZE_CONFIG, IN_PLACE: true });
  };
  /** Sanitizes what the piece holds into `into`, then asks whether there is time for another. */
  const flush = (into: Element): void => {
    if (!piece.firstChild) return;
    sanitize(piece);
    // The piece stays as it is, a plain <div>: moving its blocks out again would double the cost.
    into.append(piece);
    piece = doc.createElement('div');
    size = 0;
    limit = Math.min(limit * 2, PIECE_ELEMENTS);
    tight = options.outOfTime();
  };
  /** A large block's own tag and attributes, sanitized: its copy to fill, null to keep its content without it, 'drop' to leave it all out. */
  const shell = (el: Element): Element | null | 'drop' => {
    const wrapper = doc.createElement('div');
    const copy = doc.importNode(el, false) as Element;
    copy.append('x');
    wrapper.append(copy);
    sanitize(wrapper);
    const kept = wrapper.firstElementChild;
    if (kept && kept.tagName === el.tagName) {
      kept.textContent = '';
      return kept;
    }
    // Removed with its content (script, template…) or only its tag (form…), as DOMPurify decided.
    return wrapper.textContent?.includes('x') ? null : 'drop';
  };
  /** Takes `parent`'s content into `into`; false once out of time with something left. */
  const visit = (parent: Element, into: Element): boolean => {
    for (let node = parent.firstChild; node; ) {
      const next: ChildNode | null = node.nextSibling;
      const el = node.nodeType === 1 ? (node as Element) : null;
      if (el && options.skip(el)) {
        node = next;
        continue;
      }
      if (tight) {
        if (el || /\S/.test(node.nodeValue ?? '')) {
          whole = false;
          return false;
        }
      } else if (!el) {
        piece.append(take(node));
        size++;
      } else {
        const n = elementsUpTo(el, PIECE_ELEMENTS + 1);
        if (n <= PIECE_ELEMENTS && (size === 0 || size + n <= limit)) {
          piece.append(take(el));
          size += n;
        } else {
          flush(into);
          // Looked at again with an empty piece, unless there is no time left for it.
          if (tight || n <= PIECE_ELEMENTS) continue;
          const copy = shell(el);
          if (copy !== 'drop') {
            if (copy) into.append(copy);
            if (!visit(el, copy ?? into)) return false;
            flush(copy ?? into);
          }
        }
      }
      node = next;
    }
    return true;
  };
  visit(root, content);
  flush(content);
  return { content, whole };
}

/** The element and its descendants, counted up to `limit`. */
function elementsUpTo(el: Element, limit: number): number {
  if (!el.firstElementChild) return 1;
  const walker = el.ownerDocument.createTreeWalker(el, 1);
  let n = 1;
  while (n < limit && walker.nextNode()) n++;
  return n;
}
