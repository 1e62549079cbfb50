// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Removal } from '../../src/extract/types';
import { buildDrawer, findByStart, markRestored } from '../../src/popup/drawer';

/** The "blocks hidden" drawer as a reader's tool: see a block in place, put it back. */
const removal = (over: Partial<Removal>): Removal => ({
  step: 'remove-related-lists',
  rule: 'related-heading',
  reason: 'other-stories',
  data: {},
  preview: 'More from the harbour · The ferry timetable',
  key: '40:2:2',
  after: 'The port authority said on Tuesday',
  ...over,
});

let body: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '';
  body = document.createElement('div');
  body.id = 'article-body';
  // Readability wraps the article in one element that starts as its first paragraph does.
  body.innerHTML =
    '<div class="page"><p>The port authority said on Tuesday that the quay would open.</p><p>Second <b>paragraph</b> of the story.</p></div>';
  document.body.append(body);
});

describe('the drawer', () => {
  it('shows a hidden block in the article after the paragraph it followed, marked and focused', () => {
    const drawer = buildDrawer([removal({})], body) as HTMLElement;
    document.body.append(drawer);
    const show = drawer.querySelector<HTMLButtonElement>('button.show') as HTMLButtonElement;
    expect(show.textContent).toBe('Show in the article');
    expect(show.getAttribute('aria-describedby')).toBe('hidden-1-preview');
    show.click();
    const shown = body.querySelector('.shown-block') as HTMLElement;
    expect(shown.previousElementSibling?.textContent).toContain('The port authority said');
    expect(shown.nextElementSibling?.textContent).toContain('Second paragraph');
    expect(shown.textContent).toContain('Hidden by Sift: Links to other stories');
    expect(shown.textContent).toContain('The ferry timetable');
    expect(document.activeElement).toBe(shown);
    expect(show.getAttribute('aria-pressed')).toBe('true');
    // "Hide again" takes it out and gives the focus back to the drawer.
    shown.querySelector<HTMLButtonElement>('button.hide')?.click();
    expect(body.querySelector('.shown-block')).toBeNull();
    expect(document.activeElement).toBe(show);
    expect(show.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows a block that came first at the start of the article', () => {
    const drawer = buildDrawer([removal({ after: null })], body) as HTMLElement;
    drawer.querySelector<HTMLButtonElement>('button.show')?.click();
    expect(body.firstElementChild?.className).toBe('shown-block');
  });

  it('offers "Put back" only when the site can remember it, and hands over the block', () => {
    const none = buildDrawer([removal({})], body) as HTMLElement;
    expect(none.querySelector('button.put-back')).toBeNull();
    const putBack = vi.fn();
    const drawer = buildDrawer([removal({}), removal({ key: '9:1:1', preview: 'Share this story' })], body, {
      putBack,
    }) as HTMLElement;
    const buttons = drawer.querySelectorAll<HTMLButtonElement>('.item-actions button.put-back');
    expect(buttons).toHaveLength(2);
    buttons[1]?.click();
    expect(putBack).toHaveBeenCalledWith(expect.objectContaining({ key: '9:1:1' }));
  });
});

describe('finding a block by its first words', () => {
  it('finds the paragraph, not the wrapper that starts the same way', () => {
    expect(findByStart(body, 'The port authority said on Tuesday…')?.tagName).toBe('P');
    expect(findByStart(body, 'Second paragraph of')?.textContent).toBe('Second paragraph of the story.');
    expect(findByStart(body, 'Nowhere in this article')).toBeNull();
  });

  it('marks a block put back, says it stays on the site, and moves the focus to it', () => {
    const block = markRestored(body, 'Second paragraph', 'www.bbc.com');
    expect(block?.hasAttribute('data-sift-restored')).toBe(true);
    expect(document.activeElement).toBe(block);
    const note = block?.previousElementSibling as HTMLElement;
    expect(note.getAttribute('role')).toBe('status');
    expect(note.querySelector('bdi')?.textContent).toBe('www.bbc.com');
  });

  it('says so when the article leaves out a block that was put back', () => {
    expect(markRestored(body, 'Ferry fares rise for the summer', 'www.bbc.com')).toBeNull();
    const note = body.querySelector('.restored-note') as HTMLElement;
    expect(note.textContent).toContain('leaves it out');
    expect(document.activeElement).toBe(note);
  });
});
