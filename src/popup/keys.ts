import { type MessageKey, t } from '../shared/i18n';
import { h } from './dom';

/**
 * The reader's keys: single keys without modifiers, none of which the browser uses on a page (Ctrl/Cmd
 * and Alt combinations are left alone), ignored while the reader types in a field.
 */
export type KeyAction =
  | 'bigger'
  | 'smaller'
  | 'theme'
  | 'openTab'
  | 'contents'
  | 'print'
  | 'speak'
  | 'next'
  | 'previous'
  | 'help';

/** Key (as `KeyboardEvent.key` gives it) → action. `=` is `+` without Shift on most layouts. */
export const KEYS: Record<string, KeyAction> = {
  '+': 'bigger',
  '=': 'bigger',
  '-': 'smaller',
  t: 'theme',
  o: 'openTab',
  c: 'contents',
  p: 'print',
  r: 'speak',
  '.': 'next',
  ',': 'previous',
  '?': 'help',
};

/** The keys as the help overlay shows them, one per action. */
export const KEY_LABELS: Record<KeyAction, string> = {
  bigger: '+',
  smaller: '−',
  theme: 'T',
  openTab: 'O',
  contents: 'C',
  print: 'P',
  speak: 'R',
  next: '.',
  previous: ',',
  help: '?',
};

/** What each key does, in the help overlay. */
const KEY_WORDS: Record<KeyAction, MessageKey> = {
  bigger: 'keyBigger',
  smaller: 'keySmaller',
  theme: 'keyTheme',
  openTab: 'keyOpenTab',
  contents: 'keyContents',
  print: 'keyPrint',
  speak: 'keySpeak',
  next: 'keyNext',
  previous: 'keyPrevious',
  help: 'keyHelp',
};

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  if (el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  // A range or a checkbox takes no text: the reader's keys still work there.
  return !['range', 'checkbox', 'radio', 'button', 'submit', 'reset'].includes((el as HTMLInputElement).type);
}

/** The action for a key press, or null when the key is not Sift's or the reader is typing. */
export function keyAction(event: KeyboardEvent): KeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || event.defaultPrevented)
    return null;
  if (isTyping(event.target)) return null;
  return KEYS[event.key.length === 1 ? event.key.toLowerCase() : event.key] ?? null;
}

/**
 * Listens for the reader's keys; `actions` holds what is available here (a missing action leaves its
 * key to the browser). Escape closes the help overlay.
 */
export function bindKeys(
  doc: Document,
  actions: Partial<Record<KeyAction, () => void>>,
): HelpOverlay & { unbind(): void } {
  const help = buildHelp(doc, Object.keys(actions) as KeyAction[]);
  const run: Partial<Record<KeyAction, () => void>> = { ...actions, help: () => help.toggle() };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && help.isOpen()) {
      event.preventDefault();
      help.close();
      return;
    }
    const action = keyAction(event);
    const fn = action ? run[action] : undefined;
    if (!fn) return;
    event.preventDefault();
    fn();
  };
  doc.addEventListener('keydown', onKey);
  return {
    ...help,
    unbind() {
      doc.removeEventListener('keydown', onKey);
      help.element.remove();
    },
  };
}

export interface HelpOverlay {
  element: HTMLElement;
  isOpen(): boolean;
  open(): void;
  close(): void;
  toggle(): void;
}

/** The `?` overlay: every key available here and what it does. Focus goes in, and back out on close. */
export function buildHelp(doc: Document, available: KeyAction[]): HelpOverlay {
  const order: KeyAction[] = [
    'bigger',
    'smaller',
    'theme',
    'openTab',
    'contents',
    'print',
    'speak',
    'next',
    'previous',
  ];
  const list = h('dl', { class: 'keys' });
  for (const action of [...order.filter((a) => available.includes(a)), 'help' as const]) {
    list.append(h('dt', {}, h('kbd', {}, KEY_LABELS[action])), h('dd', {}, t(KEY_WORDS[action])));
  }
  list.append(h('dt', {}, h('kbd', {}, 'Esc')), h('dd', {}, t('keyClose')));
  const close = h('button', { type: 'button', class: 'help-close' }, t('close'));
  const element = h(
    'div',
    {
      id: 'help',
      class: 'help',
      role: 'dialog',
      'aria-modal': 'true',
      'aria-labelledby': 'help-title',
    },
    h('div', { class: 'help-box' }, h('h2', { id: 'help-title' }, t('keysTitle')), list, close),
  );
  element.hidden = true;
  doc.body.append(element);
  let returnTo: HTMLElement | null = null;
  const overlay: HelpOverlay = {
    element,
    isOpen: () => !element.hidden,
    open() {
      returnTo = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
      element.hidden = false;
      close.focus();
    },
    close() {
      element.hidden = true;
      returnTo?.focus();
      returnTo = null;
    },
    toggle() {
      if (overlay.isOpen()) overlay.close();
      else overlay.open();
    },
  };
  close.addEventListener('click', () => overlay.close());
  // A click on the dimmed page around the box closes it too.
  element.addEventListener('click', (event) => {
    if (event.target === element) overlay.close();
  });
  return overlay;
}
