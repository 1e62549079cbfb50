import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus';
import { screenshotPath } from './helpers/browsers';
import { type ChromiumSession, launchChromium, readWithPopup } from './helpers/chromium';
import { serveFixtures } from './helpers/server';

/**
 * The hostile page in the real popup: nothing from it runs or makes a request from Sift's privileged
 * page. The page's own scripts do run in its own tab (same-origin requests); only requests from the
 * extension (cross-site) count against Sift.
 */
let session: ChromiumSession;
let server: Awaited<ReturnType<typeof serveFixtures>>;

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchChromium(path.join(ROOT, 'dist/test-chrome'));
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Chromium popup on a hostile page', () => {
  it('shows the story, and nothing from the page runs or calls out from the popup', async () => {
    const { view, consoleErrors, screenshot } = await readWithPopup(session, `${server.base}hostile.html`);
    if (screenshot) fs.writeFileSync(screenshotPath('chromium-hostile'), screenshot);
    await new Promise((r) => setTimeout(r, 1000));
    expect(view.state).toBe('rendered');
    expect(view.body).toContain('Paragraph 8 of an ordinary news story');
    expect(view.source).toBeNull();
    expect(server.hits.filter((h) => h.site !== 'same-origin')).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('a page nested 5,000 levels deep gets an article or a clear message', async () => {
    const { view } = await readWithPopup(session, `${server.base}deep.html`);
    expect(['rendered', 'error']).toContain(view.state);
    if (view.state === 'rendered') expect(view.body).toContain('The committee met again');
    else expect(view.message.length).toBeGreaterThan(20);
  });

  it('a single-page app that writes its article after load: Sift waits for it and shows it', async () => {
    const { view, consoleErrors } = await readWithPopup(session, `${server.base}spa.html`);
    expect(view.state, view.message).toBe('rendered');
    expect(view.body).toContain('Paragraph 8 of a story an app wrote into the page');
    expect(consoleErrors).toEqual([]);
  });

  it('a page that keeps changing while Sift reads it: the story, once', async () => {
    const { view } = await readWithPopup(session, `${server.base}ticker.html`);
    expect(view.state, view.message).toBe('rendered');
    expect(view.body).toContain('Paragraph 8 of a story on a page that never stops changing');
    expect(view.body.split('Paragraph 1 of a story').length - 1).toBe(1);
  });
});
