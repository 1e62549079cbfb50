import { describe, expect, it, vi } from 'vitest';
import { DEFAULTS, normalizeSettings } from './settings';

vi.mock('webextension-polyfill', () => ({ default: {} }));

describe('reading settings', () => {
  it('keeps valid stored settings', () => {
    const s = { theme: 'sepia', font: 'dyslexic', size: 22, lineHeight: 1.8, width: 50 };
    expect(normalizeSettings(s)).toEqual({ ...s, speechRate: 1 });
    expect(normalizeSettings({ ...s, speechRate: 1.4 })).toEqual({ ...s, speechRate: 1.4 });
  });

  it('repairs anything else: unknown values fall back, numbers are clamped', () => {
    expect(
      normalizeSettings({ theme: 'neon', font: 3, size: 500, lineHeight: 'x', width: -1, speechRate: 9 }),
    ).toEqual({
      ...DEFAULTS,
      size: 28,
      width: 30,
      speechRate: 2,
    });
  });
});
