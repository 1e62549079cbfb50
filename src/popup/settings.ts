import browser from 'webextension-polyfill';
import { isHexColour, luminance } from './contrast';

/** Reading settings, persisted with storage.sync so they follow the user between browsers. */
export interface Settings {
  /** `custom`: the reader's own text and background colours (`textColour`, `backgroundColour`). */
  theme: 'system' | 'light' | 'sepia' | 'dark' | 'custom';
  font: 'serif' | 'sans' | 'dyslexic';
  size: number;
  lineHeight: number;
  /** Line width in characters of the article's font (CSS `ch`). */
  width: number;
  /** Read-aloud speed (1 is the voice's normal speed). */
  speechRate: number;
  /** Extra space between letters and between words, in em of the text size (WCAG 1.4.12: 0.12, 0.16). */
  letterSpacing: number;
  wordSpacing: number;
  /** Space after a paragraph, in em of the text size (WCAG 1.4.12 asks that 2 works). */
  paragraphSpacing: number;
  /** Ragged lines (aligned to the start, as the page's direction goes) or justified with hyphens. */
  align: 'start' | 'justify';
  textColour: string;
  backgroundColour: string;
}

export const DEFAULTS: Settings = {
  theme: 'system',
  font: 'serif',
  size: 18,
  lineHeight: 1.6,
  width: 66,
  speechRate: 1,
  letterSpacing: 0,
  wordSpacing: 0,
  paragraphSpacing: 0.9,
  align: 'start',
  textColour: '#1f2a1f',
  backgroundColour: '#f4f1e8',
};

export const LIMITS = {
  size: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  width: { min: 30, max: 90, step: 2 },
  speechRate: { min: 0.5, max: 2, step: 0.1 },
  letterSpacing: { min: 0, max: 0.2, step: 0.01 },
  wordSpacing: { min: 0, max: 0.4, step: 0.02 },
  paragraphSpacing: { min: 0.4, max: 2.5, step: 0.1 },
} as const;

const THEMES = ['system', 'light', 'sepia', 'dark', 'custom'] as const;
const ALIGNS = ['start', 'justify'] as const;
const FONTS = ['serif', 'sans', 'dyslexic'] as const;

function clamp(value: unknown, limits: { min: number; max: number }, fallback: number): number {
  const n = typeof value === 'number' ? value : Number.NaN;
  return Number.isFinite(n) ? Math.min(limits.max, Math.max(limits.min, n)) : fallback;
}

/** Whatever storage holds, a valid Settings comes out. */
export function normalizeSettings(raw: Record<string, unknown>): Settings {
  return {
    theme: (THEMES as readonly unknown[]).includes(raw.theme)
      ? (raw.theme as Settings['theme'])
      : DEFAULTS.theme,
    font: (FONTS as readonly unknown[]).includes(raw.font) ? (raw.font as Settings['font']) : DEFAULTS.font,
    size: clamp(raw.size, LIMITS.size, DEFAULTS.size),
    lineHeight: clamp(raw.lineHeight, LIMITS.lineHeight, DEFAULTS.lineHeight),
    width: clamp(raw.width, LIMITS.width, DEFAULTS.width),
    speechRate: clamp(raw.speechRate, LIMITS.speechRate, DEFAULTS.speechRate),
    letterSpacing: clamp(raw.letterSpacing, LIMITS.letterSpacing, DEFAULTS.letterSpacing),
    wordSpacing: clamp(raw.wordSpacing, LIMITS.wordSpacing, DEFAULTS.wordSpacing),
    paragraphSpacing: clamp(raw.paragraphSpacing, LIMITS.paragraphSpacing, DEFAULTS.paragraphSpacing),
    align: (ALIGNS as readonly unknown[]).includes(raw.align)
      ? (raw.align as Settings['align'])
      : DEFAULTS.align,
    textColour: isHexColour(raw.textColour) ? raw.textColour.toLowerCase() : DEFAULTS.textColour,
    backgroundColour: isHexColour(raw.backgroundColour)
      ? raw.backgroundColour.toLowerCase()
      : DEFAULTS.backgroundColour,
  };
}

export async function loadSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await browser.storage.sync.get(DEFAULTS as unknown as Record<string, unknown>));
  } catch {
    return { ...DEFAULTS };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ ...settings });
}

/** Applies settings to the page through data attributes and CSS variables (popup.css does the rest). */
export function applySettings(root: HTMLElement, settings: Settings) {
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.style.setProperty('--size', `${settings.size}px`);
  root.style.setProperty('--line', String(settings.lineHeight));
  root.style.setProperty('--width', String(settings.width));
  root.style.setProperty('--letter', `${settings.letterSpacing}em`);
  root.style.setProperty('--word', `${settings.wordSpacing}em`);
  root.style.setProperty('--para', `${settings.paragraphSpacing}em`);
  root.dataset.align = settings.align;
  // The custom pair: popup.css derives the panels, rules and muted text from these two.
  root.style.setProperty('--custom-fg', settings.textColour);
  root.style.setProperty('--custom-bg', settings.backgroundColour);
  root.style.setProperty('--custom-scheme', luminance(settings.backgroundColour) < 0.2 ? 'dark' : 'light');
}
