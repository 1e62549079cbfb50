import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtures, ROOT } from '../helpers/corpus';
import { expectCleanArticle } from './helpers/assertions';
import { screenshotPath } from './helpers/browsers';
import { type ChromiumSession, launchChromium, readWithPopup } from './helpers/chromium';
import { serveFixtures } from './helpers/server';

/**
 * The built extension in Debian's Chromium: each fixture page is opened, the real toolbar popup is
 * opened on it, and what the popup shows is checked as a reader would see it. Uses the test build,
 * which adds host access to 127.0.0.1 only (openPopup does not grant activeTab).
 */
const EXT = path.join(ROOT, 'dist/test-chrome');
let session: ChromiumSession;
let server: Awaited<ReturnType<typeof serveFixtures>>;

beforeAll(async () => {
  if (!fs.existsSync(EXT))
    throw new Error('dist/test-chrome is missing: run `SIFT_TEST_HOST=1 node build.mjs`');
  server = await serveFixtures();
  session = await launchChromium(EXT);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe.each(fixtures())('Chromium popup on $slug', ({ slug, expected }) => {
  it('shows the article whole, once, clean, with its original source', async () => {
    const { view, consoleErrors, screenshot } = await readWithPopup(session, `${server.base}${slug}.html`);
    if (screenshot) fs.writeFileSync(screenshotPath(`chromium-${slug}`), screenshot);
    expectCleanArticle(view, expected, consoleErrors);
  });
});

describe('Chromium popup when there is no article', () => {
  it('says so and offers the page text', async () => {
    const { view, consoleErrors, screenshot } = await readWithPopup(session, `${server.base}no-article.html`);
    if (screenshot) fs.writeFileSync(screenshotPath('chromium-no-article'), screenshot);
    expect(view.state).toBe('error');
    expect(view.error).toBe('no-article');
    expect(view.message).toContain('No article found');
    expect(consoleErrors).toEqual([]);
  });

  it('explains that browser pages cannot be read', async () => {
    const { view, screenshot } = await readWithPopup(session, 'chrome://version/');
    if (screenshot) fs.writeFileSync(screenshotPath('chromium-restricted'), screenshot);
    expect(view.state).toBe('error');
    expect(view.error).toBe('restricted');
    expect(view.message).toContain('can’t read this page');
  });
});
