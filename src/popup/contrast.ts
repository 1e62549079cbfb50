/**
 * WCAG 2 contrast between two colours (#rrggbb): from 1 (the same colour) to 21 (black on white).
 * Text under 4.5 : 1 is hard to read for many people (WCAG 1.4.3, level AA), so the custom colour
 * pair warns below it.
 */
export const MIN_CONTRAST = 4.5;

export function isHexColour(value: unknown): value is string {
  return typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value);
}

/** Relative luminance of an sRGB colour, as WCAG defines it. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
