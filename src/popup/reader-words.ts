/**
 * The words of the reader's tools (print, contents, progress, keys, read aloud). To be merged into the
 * i18n table in src/shared/words.ts once that file is free; kept apart so that a translation still has
 * one place per feature to start from, and no reader tool writes a sentence of its own.
 */
export const READER_WORDS = {
  print: 'Print',
  printTitle: 'Print or save as PDF (P)',
  contents: 'Contents',
  contentsLabel: 'Table of contents',
  progressLabel: 'Reading progress',
  finished: 'Finished',
  help: 'Keyboard shortcuts',
  helpClose: 'Close',
  helpTitle: 'Keyboard shortcuts (?)',
  readAloud: 'Read aloud',
  play: 'Read aloud',
  pause: 'Pause',
  previous: 'Previous paragraph',
  next: 'Next paragraph',
  speechRate: 'Reading speed',
} as const;

/** "4 min left", "under a minute left". */
export function minutesLeftWords(minutes: number): string {
  return minutes < 1 ? 'Under a minute left' : `${minutes} min left`;
}

/** "1.2×": the read-aloud speed. */
export function rateWords(rate: number): string {
  return `${rate.toFixed(1)}×`;
}

/** What each key does, in the help overlay, in the order it lists them. */
export const KEY_WORDS = {
  bigger: 'Bigger text',
  smaller: 'Smaller text',
  theme: 'Next theme (system, light, sepia, dark)',
  openTab: 'Open in a full tab',
  contents: 'Show or hide the table of contents',
  print: 'Print or save as PDF',
  speak: 'Read aloud: play or pause',
  next: 'Read aloud: next paragraph',
  previous: 'Read aloud: previous paragraph',
  help: 'Show this list',
  close: 'Close this list',
} as const;

/** The reading-settings form: labels, choices, and each slider's value as it reads. */
export const SETTINGS_WORDS = {
  form: 'Reading settings',
  theme: 'Theme',
  themes: { system: 'Follow the system', light: 'Light', sepia: 'Sepia', dark: 'Dark' },
  font: 'Font',
  fonts: { serif: 'Serif', sans: 'Sans-serif', dyslexic: 'OpenDyslexic' },
  size: 'Text size',
  lineHeight: 'Line height',
  width: 'Line width',
  reset: 'Reset to defaults',
} as const;

/** A slider's value as the settings form shows it beside its label. */
export function settingValueWords(
  key: 'size' | 'lineHeight' | 'width' | 'speechRate',
  value: number,
): string {
  switch (key) {
    case 'size':
      return `${value} px`;
    case 'lineHeight':
      return value.toFixed(1);
    case 'width':
      return `${value} characters`;
    case 'speechRate':
      return rateWords(value);
  }
}

/** Blocks put back: the drawer's button, and the settings section that lists them per site. */
export const KEPT_WORDS = {
  putBack: 'Put back',
  putBackTitle: 'Show this block in the article, and keep showing it on this site',
  section: 'Blocks put back',
  none: 'No blocks put back on any site.',
  forget: 'Forget',
} as const;

/** The "Forget" button's full name for a screen reader: which site it forgets. */
export function forgetSiteWords(site: string, count: number): string {
  return `Forget the ${count === 1 ? 'block' : `${count} blocks`} put back on ${site}`;
}

/** The name of a table's scrolling box: its caption, or its number in the article. */
export function tableWords(caption: string | null, n: number): string {
  return caption ? `Table: ${caption}` : `Table ${n}`;
}
