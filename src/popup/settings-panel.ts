import { formatDecimal, t } from '../shared/i18n';
import { forgetSiteWords, settingValueWords } from '../shared/words';
import { contrastRatio, MIN_CONTRAST } from './contrast';
import { h } from './dom';
import type { KeptBlock } from './kept';
import { DEFAULTS, LIMITS, type Settings } from './settings';

type RangeKey =
  | 'size'
  | 'lineHeight'
  | 'width'
  | 'speechRate'
  | 'letterSpacing'
  | 'wordSpacing'
  | 'paragraphSpacing';

/**
 * The reading-settings form. Calls `onChange` with the new settings on every change. Each slider shows
 * its value; Reset puts every setting back to its default. `speech`: the browser can read aloud, so the
 * reading speed is offered.
 */
export function buildSettingsPanel(
  initial: Settings,
  onChange: (s: Settings) => void,
  options: { speech?: boolean } = {},
): HTMLElement {
  let current = { ...initial };
  const syncs: (() => void)[] = [];
  const update = (patch: Partial<Settings>) => {
    current = { ...current, ...patch };
    onChange(current);
  };
  const select = <K extends 'theme' | 'font' | 'align'>(
    key: K,
    label: string,
    choices: Record<Settings[K], string>,
  ) => {
    const el = h('select', { id: `setting-${key}` });
    for (const [value, text] of Object.entries(choices) as [Settings[K], string][])
      el.append(h('option', { value }, text));
    const sync = () => {
      el.value = current[key];
    };
    sync();
    syncs.push(sync);
    el.addEventListener('change', () => {
      update({ [key]: el.value } as Partial<Settings>);
      // The custom colours show with their theme.
      for (const sync of syncs) sync();
    });
    return h('label', { for: `setting-${key}` }, label, el);
  };
  const range = (key: RangeKey, label: string) => {
    const { min, max, step } = LIMITS[key];
    const el = h('input', {
      id: `setting-${key}`,
      type: 'range',
      min: String(min),
      max: String(max),
      step: String(step),
    });
    const shown = h('output', { id: `setting-${key}-value`, for: `setting-${key}` });
    const sync = () => {
      el.value = String(current[key]);
      shown.textContent = settingValueWords(key, current[key]);
      el.setAttribute('aria-valuetext', shown.textContent);
    };
    sync();
    syncs.push(sync);
    el.addEventListener('input', () => {
      update({ [key]: Number(el.value) } as Partial<Settings>);
      sync();
    });
    return h(
      'div',
      { class: 'field' },
      h('span', { class: 'label-row' }, h('label', { for: `setting-${key}` }, label), shown),
      el,
    );
  };
  const colours = customColours(
    () => current,
    (patch) => update(patch),
    syncs,
  );
  const reset = h('button', { type: 'button', id: 'settings-reset', class: 'reset' }, t('settingsReset'));
  reset.addEventListener('click', () => {
    update({ ...DEFAULTS });
    for (const sync of syncs) sync();
  });
  return h(
    'form',
    { class: 'settings-form', 'aria-label': t('settingsTitle') },
    select('theme', t('settingTheme'), {
      system: t('themeSystem'),
      light: t('themeLight'),
      sepia: t('themeSepia'),
      dark: t('themeDark'),
      custom: t('themeCustom'),
    }),
    colours,
    select('font', t('settingFont'), {
      serif: t('fontSerif'),
      sans: t('fontSans'),
      dyslexic: t('fontDyslexic'),
    }),
    range('size', t('settingSize')),
    range('lineHeight', t('settingLineHeight')),
    range('width', t('settingWidth')),
    range('letterSpacing', t('settingLetterSpacing')),
    range('wordSpacing', t('settingWordSpacing')),
    range('paragraphSpacing', t('settingParagraphSpacing')),
    select('align', t('settingAlign'), { start: t('alignStart'), justify: t('alignJustify') }),
    options.speech ? range('speechRate', t('speechRate')) : null,
    reset,
  );
}

/**
 * The custom colour pair, shown while the theme is "Custom colours": text and background pickers, and
 * their contrast ratio, which turns into a warning under WCAG's 4.5 : 1.
 */
function customColours(
  current: () => Settings,
  update: (patch: Partial<Settings>) => void,
  syncs: (() => void)[],
): HTMLElement {
  const picker = (key: 'textColour' | 'backgroundColour', label: string) => {
    const el = h('input', { id: `setting-${key}`, type: 'color' });
    el.addEventListener('input', () => {
      update({ [key]: el.value.toLowerCase() } as Partial<Settings>);
      sync();
    });
    return { el, field: h('label', { for: `setting-${key}` }, label, el) };
  };
  const fg = picker('textColour', t('settingTextColour'));
  const bg = picker('backgroundColour', t('settingBackgroundColour'));
  const status = h('p', { id: 'contrast', class: 'contrast', role: 'status' });
  const box = h('div', { id: 'custom-colours', class: 'custom-colours' }, fg.field, bg.field, status);
  const sync = () => {
    const s = current();
    box.hidden = s.theme !== 'custom';
    fg.el.value = s.textColour;
    bg.el.value = s.backgroundColour;
    const ratio = contrastRatio(s.textColour, s.backgroundColour);
    const low = ratio < MIN_CONTRAST;
    // Rounded down, so that 4.48 never reads as an acceptable "4.5".
    const shown = formatDecimal(Math.floor(ratio * 10) / 10);
    status.textContent = low ? t('contrastLow', shown, formatDecimal(MIN_CONTRAST)) : t('contrastOk', shown);
    status.dataset.low = String(low);
  };
  sync();
  syncs.push(sync);
  return box;
}

/**
 * "Blocks put back": each site with the blocks the reader put back there (their first words), and a
 * button that forgets them (the site's pages are then read as before).
 */
export function buildKeptSection(
  sites: [string, KeptBlock[]][],
  onForget: (site: string) => void,
): HTMLElement {
  const section = h(
    'section',
    { id: 'kept', class: 'kept', 'aria-labelledby': 'kept-title' },
    h('h2', { id: 'kept-title', tabindex: '-1' }, t('keptSection')),
  );
  if (sites.length === 0) {
    section.append(h('p', { class: 'kept-none' }, t('keptNone')));
    return section;
  }
  const list = h('ul', { class: 'kept-sites' });
  for (const [site, blocks] of sites) {
    const forget = h(
      'button',
      { type: 'button', class: 'forget', 'aria-label': forgetSiteWords(site, blocks.length) },
      t('forget'),
    );
    forget.addEventListener('click', () => onForget(site));
    const previews = h('ul', { class: 'kept-blocks' });
    for (const b of blocks) previews.append(h('li', { dir: 'auto' }, b.preview));
    list.append(
      h('li', { 'data-site': site }, h('span', { class: 'kept-site' }, h('bdi', {}, site)), forget, previews),
    );
  }
  section.append(list);
  return section;
}
