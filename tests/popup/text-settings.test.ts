// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { applySettings, DEFAULTS, type Settings } from '../../src/popup/settings';
import { buildSettingsPanel } from '../../src/popup/settings-panel';

vi.mock('webextension-polyfill', () => ({ default: {} }));

/** The settings form in a page, and every Settings it reports. */
function panel(initial: Settings = DEFAULTS) {
  const changes: Settings[] = [];
  const form = buildSettingsPanel(initial, (s) => changes.push(s));
  document.body.replaceChildren(form);
  const input = (id: string) => form.querySelector(`#${id}`) as HTMLInputElement & HTMLSelectElement;
  const set = (id: string, value: string, type: 'input' | 'change' = 'input') => {
    input(id).value = value;
    input(id).dispatchEvent(new Event(type, { bubbles: true }));
  };
  const last = () => changes.at(-1) as Settings;
  return { form, input, set, last };
}

describe('text settings', () => {
  it('letter, word and paragraph spacing: sliders that show their value as a share of the text size', () => {
    const { set, last, form } = panel();
    set('setting-letterSpacing', '0.12');
    set('setting-wordSpacing', '0.16');
    set('setting-paragraphSpacing', '2');
    expect(last()).toMatchObject({ letterSpacing: 0.12, wordSpacing: 0.16, paragraphSpacing: 2 });
    expect(form.querySelector('#setting-letterSpacing-value')?.textContent).toBe('12%');
    expect(form.querySelector('#setting-wordSpacing-value')?.textContent).toBe('16%');
    expect(form.querySelector('#setting-paragraphSpacing-value')?.textContent).toBe('200%');
    applySettings(document.documentElement, last());
    const style = document.documentElement.style;
    expect([
      style.getPropertyValue('--letter'),
      style.getPropertyValue('--word'),
      style.getPropertyValue('--para'),
    ]).toEqual(['0.12em', '0.16em', '2em']);
  });

  it('justified or ragged', () => {
    const { set, last, input } = panel();
    expect(input('setting-align').value).toBe('start');
    set('setting-align', 'justify', 'change');
    expect(last().align).toBe('justify');
    applySettings(document.documentElement, last());
    expect(document.documentElement.dataset.align).toBe('justify');
  });

  it('custom colours: shown with their theme, the contrast given, a warning under 4.5 : 1', () => {
    const { set, last, form } = panel();
    const box = form.querySelector('#custom-colours') as HTMLElement;
    const contrast = form.querySelector('#contrast') as HTMLElement;
    expect(box.hidden).toBe(true);
    set('setting-theme', 'custom', 'change');
    expect(box.hidden).toBe(false);
    set('setting-textColour', '#000000');
    set('setting-backgroundColour', '#ffffff');
    expect(last()).toMatchObject({ theme: 'custom', textColour: '#000000', backgroundColour: '#ffffff' });
    expect(contrast.textContent).toBe('Contrast 21.0 : 1');
    expect(contrast.dataset.low).toBe('false');
    // #777 on white is 4.48 : 1, shown rounded down so that it never reads as 4.5.
    set('setting-textColour', '#777777');
    expect(contrast.textContent).toBe('Low contrast, 4.4 : 1: text is hard to read below 4.5 : 1.');
    expect(contrast.dataset.low).toBe('true');
    expect(contrast.getAttribute('role')).toBe('status');
    applySettings(document.documentElement, last());
    expect(document.documentElement.dataset.theme).toBe('custom');
    expect(document.documentElement.style.getPropertyValue('--custom-fg')).toBe('#777777');
    expect(document.documentElement.style.getPropertyValue('--custom-bg')).toBe('#ffffff');
  });

  it('Reset puts every new setting back, and hides the custom colours', () => {
    const changed: Settings = {
      ...DEFAULTS,
      theme: 'custom',
      letterSpacing: 0.1,
      wordSpacing: 0.2,
      paragraphSpacing: 1.8,
      align: 'justify',
      textColour: '#ffffff',
      backgroundColour: '#000000',
    };
    const { form, input, last } = panel(changed);
    expect(input('setting-letterSpacing').value).toBe('0.1');
    (form.querySelector('#settings-reset') as HTMLButtonElement).click();
    expect(last()).toEqual(DEFAULTS);
    expect(input('setting-letterSpacing').value).toBe('0');
    expect(input('setting-align').value).toBe('start');
    expect(input('setting-theme').value).toBe('system');
    expect((form.querySelector('#custom-colours') as HTMLElement).hidden).toBe(true);
    expect(input('setting-textColour').value).toBe(DEFAULTS.textColour);
  });
});
