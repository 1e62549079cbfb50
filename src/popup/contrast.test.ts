import { describe, expect, it } from 'vitest';
import { contrastRatio, isHexColour, MIN_CONTRAST } from './contrast';

describe('contrast', () => {
  it('gives the ratios WCAG gives', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // The same pair either way round.
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(contrastRatio('#767676', '#ffffff'), 10);
    // #767676 on white is the lightest grey that passes AA; #777777 just fails it.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(MIN_CONTRAST);
  });

  it('accepts only #rrggbb', () => {
    expect(isHexColour('#1D1d1f')).toBe(true);
    for (const bad of ['#fff', 'red', '#12345g', 'url(x)', 3, null]) expect(isHexColour(bad)).toBe(false);
  });
});
