import browser from 'webextension-polyfill';

/** Reading settings, persisted with storage.sync so they follow the user between browsers. */
export interface Settings {
  theme: 'system' | 'light' | 'sepia' | 'dark';
  font: 'serif' | 'sans' | 'dyslexic';
  size: number;
  lineHeight: number;
  /** Line width in characters of the article's font (CSS `ch`). */
  width: number;
  /** Read-aloud speed (1 is the voice's normal speed). */
  speechRate: number;
}

export const DEFAULTS: Settings = {
  theme: 'system',
  font: 'serif',
  size: 18,
  lineHeight: 1.6,
  width: 66,
  speechRate: 1,
};

export const LIMITS = {
  size: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  width: { min: 30, max: 90, step: 2 },
  speechRate: { min: 0.5, max: 2, step: 0.1 },
} as const;

const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
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
}
