import { h } from './dom';
import { READER_WORDS } from './reader-words';
import { LIMITS, type Settings } from './settings';

/**
 * The reading-settings form. Calls `onChange` with the new settings on every change. `speech`: the
 * browser can read aloud, so the reading speed is offered.
 */
export function buildSettingsPanel(
  initial: Settings,
  onChange: (s: Settings) => void,
  options: { speech?: boolean } = {},
): HTMLElement {
  let current = { ...initial };
  const update = (patch: Partial<Settings>) => {
    current = { ...current, ...patch };
    onChange(current);
  };
  const select = <K extends 'theme' | 'font'>(key: K, label: string, options: [Settings[K], string][]) => {
    const el = h('select', { id: `setting-${key}` });
    for (const [value, text] of options) {
      const option = h('option', { value }, text);
      option.selected = value === current[key];
      el.append(option);
    }
    el.addEventListener('change', () => update({ [key]: el.value } as Partial<Settings>));
    return h('label', { for: `setting-${key}` }, label, el);
  };
  const range = (key: 'size' | 'lineHeight' | 'width' | 'speechRate', label: string) => {
    const { min, max, step } = LIMITS[key];
    const el = h('input', {
      id: `setting-${key}`,
      type: 'range',
      min: String(min),
      max: String(max),
      step: String(step),
    });
    el.value = String(current[key]);
    el.addEventListener('input', () => update({ [key]: Number(el.value) } as Partial<Settings>));
    return h('label', { for: `setting-${key}` }, label, el);
  };
  return h(
    'form',
    { class: 'settings-form', 'aria-label': 'Reading settings' },
    select('theme', 'Theme', [
      ['system', 'Follow the system'],
      ['light', 'Light'],
      ['sepia', 'Sepia'],
      ['dark', 'Dark'],
    ]),
    select('font', 'Font', [
      ['serif', 'Serif'],
      ['sans', 'Sans-serif'],
      ['dyslexic', 'OpenDyslexic'],
    ]),
    range('size', 'Text size'),
    range('lineHeight', 'Line height'),
    range('width', 'Line width'),
    options.speech ? range('speechRate', READER_WORDS.speechRate) : null,
  );
}
