import { describe, expect, it, vi } from 'vitest';
import { DEFAULTS, normalizeSettings } from './settings';

vi.mock('webextension-polyfill', () => ({ default: {} }));

describe('reading settings', () => {
  it('keeps valid stored settings', () => {
    const s = { theme: 'sepia', font: 'dyslexic', size: 22, lineHeight: 1.8, width: 50 };
    const added = {
      speechRate: 1,
      letterSpacing: 0,
      wordSpacing: 0,
      paragraphSpacing: 0.9,
      align: 'start',
      textColour: DEFAULTS.textColour,
      backgroundColour: DEFAULTS.backgroundColour,
    };
    expect(normalizeSettings(s)).toEqual({ ...s, ...added });
    const more = {
      ...s,
      theme: 'custom',
      speechRate: 1.4,
      letterSpacing: 0.12,
      wordSpacing: 0.16,
      paragraphSpacing: 2,
      align: 'justify',
      textColour: '#FFEEDD',
      backgroundColour: '#102030',
    };
    expect(normalizeSettings(more)).toEqual({ ...more, textColour: '#ffeedd' });
  });

  it('repairs anything else: unknown values fall back, numbers are clamped', () => {
    expect(
      normalizeSettings({
        theme: 'neon',
        font: 3,
        size: 500,
        lineHeight: 'x',
        width: -1,
        speechRate: 9,
        letterSpacing: 5,
        wordSpacing: -1,
        paragraphSpacing: 'wide',
        align: 'center',
        textColour: 'red',
        backgroundColour: 'url(x)',
      }),
    ).toEqual({
      ...DEFAULTS,
      size: 28,
      width: 30,
      speechRate: 2,
      letterSpacing: 0.2,
      wordSpacing: 0,
    });
  });
});
