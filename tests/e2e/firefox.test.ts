import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, ROOT } from '../helpers/corpus';
import { expectCleanArticle } from './helpers/assertions';
import { screenshotPath } from './helpers/browsers';
import { type FirefoxSession, launchFirefox, readWithPopupTab } from './helpers/firefox';
import { serveFixtures } from './helpers/server';

/** The built add-on in Firefox ESR: each fixture through Sift's popup page, checked as a reader sees it. */
const EXT = path.join(ROOT, 'dist/test-firefox');
let session: FirefoxSession;
let server: Awaited<ReturnType<typeof serveFixtures>>;

beforeAll(async () => {
  if (!fs.existsSync(EXT))
    throw new Error('dist/test-firefox is missing: run `SIFT_TEST_HOST=1 node build.mjs`');
  server = await serveFixtures();
  session = await launchFirefox(EXT);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe.each(fixtures())('Firefox popup on $slug', ({ slug, expected }) => {
  it('shows the article whole, once, clean, with its original source', async () => {
    const { view, consoleErrors, screenshot } = await readWithPopupTab(session, `${server.base}${slug}.html`);
    fs.writeFileSync(screenshotPath(`firefox-${slug}`), screenshot);
    expectCleanArticle(view, expected, consoleErrors);
  });
});

describe('Firefox popup when there is no article', () => {
  it('says so', async () => {
    const { view, screenshot } = await readWithPopupTab(session, `${server.base}no-article.html`);
    fs.writeFileSync(screenshotPath('firefox-no-article'), screenshot);
    expect(view.state).toBe('error');
    expect(view.error).toBe('no-article');
  });

  it('explains that browser pages cannot be read', async () => {
    const { view, screenshot } = await readWithPopupTab(session, 'about:robots');
    fs.writeFileSync(screenshotPath('firefox-restricted'), screenshot);
    expect(view.state, view.message).toBe('error');
    expect(view.error, view.message).toBe('restricted');
  });
});

describe('Firefox popup on hostile and changing pages', () => {
  it('a hostile page: the story, and nothing from the page runs or calls out from Sift', async () => {
    const { view, consoleErrors, screenshot } = await readWithPopupTab(session, `${server.base}hostile.html`);
    fs.writeFileSync(screenshotPath('firefox-hostile'), screenshot);
    await new Promise((r) => setTimeout(r, 1000));
    expect(view.state, view.message).toBe('rendered');
    expect(view.body).toContain('Paragraph 8 of an ordinary news story');
    // The page's own scripts run in its own tab (same-origin); a request from Sift's page would not be.
    expect(server.hits.filter((h) => h.site !== 'same-origin')).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('a single-page app that writes its article after load: Sift waits for it and shows it', async () => {
    const { view } = await readWithPopupTab(session, `${server.base}spa.html`);
    expect(view.state, view.message).toBe('rendered');
    expect(view.body).toContain('Paragraph 8 of a story an app wrote into the page');
  });
});
