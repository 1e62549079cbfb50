// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindKeys as bind } from '../../src/popup/keys';

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(event);
  return event;
}

const fresh = document;
// Each test's keys are unbound after it, so no listener of an earlier test answers.
const bound: { unbind(): void }[] = [];
const bindKeys = (...args: Parameters<typeof bind>) => {
  const keys = bind(...args);
  bound.push(keys);
  return keys;
};
afterEach(() => {
  for (const b of bound.splice(0)) b.unbind();
  document.body.replaceChildren();
});

describe('reader keys', () => {
  it('runs the action of each key and keeps the browser from acting on it', () => {
    const actions = { bigger: vi.fn(), smaller: vi.fn(), theme: vi.fn(), contents: vi.fn(), print: vi.fn() };
    bindKeys(fresh, actions);
    for (const key of ['+', '=', '-', 't', 'T', 'c', 'p'])
      expect(press(key, {}, fresh.body).defaultPrevented).toBe(true);
    expect(actions.bigger).toHaveBeenCalledTimes(2);
    expect(actions.smaller).toHaveBeenCalledTimes(1);
    expect(actions.theme).toHaveBeenCalledTimes(2);
    expect(actions.contents).toHaveBeenCalledTimes(1);
    expect(actions.print).toHaveBeenCalledTimes(1);
  });

  it('leaves the browser’s own shortcuts, keys without an action here, and typing alone', () => {
    const actions = { bigger: vi.fn(), print: vi.fn(), theme: vi.fn() };
    bindKeys(fresh, actions);
    expect(press('+', { ctrlKey: true }, fresh.body).defaultPrevented).toBe(false);
    expect(press('p', { metaKey: true }, fresh.body).defaultPrevented).toBe(false);
    expect(press('t', { altKey: true }, fresh.body).defaultPrevented).toBe(false);
    // No open-in-tab here (the reader tab): O is the browser's.
    expect(press('o', {}, fresh.body).defaultPrevented).toBe(false);
    const input = fresh.createElement('input');
    const select = fresh.createElement('select');
    const range = fresh.createElement('input');
    range.type = 'range';
    fresh.body.append(input, select, range);
    expect(press('t', {}, input).defaultPrevented).toBe(false);
    expect(press('p', {}, select).defaultPrevented).toBe(false);
    expect(actions.theme).not.toHaveBeenCalled();
    expect(actions.print).not.toHaveBeenCalled();
    // A slider takes no text: the keys still work on it.
    press('t', {}, range);
    expect(actions.theme).toHaveBeenCalledTimes(1);
  });

  it('? opens the list of keys available here, Escape closes it and focus goes back', () => {
    const help = bindKeys(fresh, { bigger: vi.fn(), print: vi.fn() });
    const button = fresh.createElement('button');
    fresh.body.append(button);
    button.focus();
    expect(help.element.hidden).toBe(true);
    press('?', { shiftKey: true }, button);
    expect(help.element.hidden).toBe(false);
    expect(help.element.getAttribute('role')).toBe('dialog');
    const rows = [...help.element.querySelectorAll('dt')].map(
      (dt) => `${dt.textContent} ${dt.nextElementSibling?.textContent}`,
    );
    expect(rows).toEqual([
      '+ Bigger text',
      'P Print or save as PDF',
      '? Show this list',
      'Esc Close this list',
    ]);
    expect(fresh.activeElement?.textContent).toBe('Close');
    expect(press('Escape', {}, fresh.activeElement as Element).defaultPrevented).toBe(true);
    expect(help.element.hidden).toBe(true);
    expect(fresh.activeElement).toBe(button);
    // Escape with the list closed is the page's, not Sift's.
    expect(press('Escape', {}, fresh.body).defaultPrevented).toBe(false);
  });
});
