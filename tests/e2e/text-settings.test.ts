import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus';
import { screenshotPath } from './helpers/browsers';
import { type ChromiumSession, launchChromium, sleep } from './helpers/chromium';
import { type FirefoxSession, gotoExtensionPage, launchFirefox } from './helpers/firefox';

/**
 * The text settings (letter, word and paragraph spacing, justified or ragged, a custom colour pair with
 * its contrast warning) in the reader tab of Chromium and Firefox: what the reader sees changes, the
 * choice survives reopening the reader, and Reset undoes all of it.
 */
const paragraph = (i: number) =>
  `<p>Paragraph ${i} of the library story: the reading room on the second floor reopened on Monday after a winter of repairs, with new lamps above the long tables and a quieter heating system that no longer drowns out the pages being turned.</p>`;
const STORY = `<!doctype html><html lang="en"><head><title>The library reopens its reading room</title></head>
<body><article><h1>The library reopens its reading room</h1><p class="byline">By Ana Ruiz</p>
${Array.from({ length: 8 }, (_, i) => paragraph(i + 1)).join('')}</article></body></html>`;

/** What a reader sees, measured in the reader page. */
const MEASURE = `(() => {
  const article = getComputedStyle(document.querySelector('#main > article'));
  const p = getComputedStyle(document.querySelector('#article-body p'));
  const contrast = document.getElementById('contrast');
  return {
    size: Number.parseFloat(article.fontSize),
    letter: article.letterSpacing,
    word: article.wordSpacing,
    after: Number.parseFloat(p.marginBottom),
    align: p.textAlign,
    colour: getComputedStyle(document.body).color,
    background: getComputedStyle(document.documentElement).backgroundColor,
    contrast: contrast && contrast.checkVisibility() ? contrast.textContent : null,
    low: contrast?.dataset.low ?? null,
  };
})()`;

interface Measure {
  size: number;
  letter: string;
  word: string;
  after: number;
  align: string;
  colour: string;
  background: string;
  contrast: string | null;
  low: string | null;
}

/** Sets a form control as a person would and lets the page react. */
const set = (id: string, value: string, event: 'input' | 'change') =>
  `(() => { const el = document.getElementById('${id}'); el.value = '${value}'; el.dispatchEvent(new Event('${event}', { bubbles: true })); })()`;

/** The same steps in either browser: `evaluate` runs an expression in the reader, `reopen` loads it again. */
async function checkTextSettings(
  evaluate: <T>(expression: string) => Promise<T>,
  reopen: () => Promise<void>,
) {
  await evaluate(`document.getElementById('settings-toggle').click()`);
  const before = await evaluate<Measure>(MEASURE);
  expect(before.letter).toBe('normal');
  expect(before.align).toBe('start');
  expect(before.contrast).toBeNull();

  await evaluate(set('setting-letterSpacing', '0.12', 'input'));
  await evaluate(set('setting-wordSpacing', '0.16', 'input'));
  await evaluate(set('setting-paragraphSpacing', '2', 'input'));
  await evaluate(set('setting-align', 'justify', 'change'));
  await evaluate(set('setting-theme', 'custom', 'change'));
  await evaluate(set('setting-textColour', '#ffffff', 'input'));
  await evaluate(set('setting-backgroundColour', '#1a2b3c', 'input'));
  const after = await evaluate<Measure>(MEASURE);
  expect(Number.parseFloat(after.letter)).toBeCloseTo(after.size * 0.12, 1);
  expect(Number.parseFloat(after.word)).toBeCloseTo(after.size * 0.16, 1);
  expect(after.after).toBeCloseTo(after.size * 2, 1);
  expect(after.align).toBe('justify');
  expect(after.colour).toBe('rgb(255, 255, 255)');
  expect(after.background).toBe('rgb(26, 43, 60)');
  expect(after.contrast).toMatch(/^Contrast 1\d\.\d : 1$/);
  expect(after.low).toBe('false');
  expect(await evaluate<string>(`document.getElementById('setting-letterSpacing-value').textContent`)).toBe(
    '12%',
  );

  // A pale text on white: the warning says so.
  await evaluate(set('setting-textColour', '#aaaaaa', 'input'));
  await evaluate(set('setting-backgroundColour', '#ffffff', 'input'));
  const pale = await evaluate<Measure>(MEASURE);
  expect(pale.contrast).toBe('Low contrast, 2.3 : 1: text is hard to read below 4.5 : 1.');
  expect(pale.low).toBe('true');
  await evaluate(set('setting-textColour', '#ffffff', 'input'));
  await evaluate(set('setting-backgroundColour', '#1a2b3c', 'input'));

  // Saved with the other settings (storage.sync): the next reader opens with them.
  for (let i = 0; i < 100; i++) {
    const stored = await evaluate<string | undefined>(
      `(globalThis.browser ?? globalThis.chrome).storage.sync.get('backgroundColour').then((r) => r.backgroundColour)`,
    );
    if (stored === '#1a2b3c') break;
    await sleep(20);
  }
  await reopen();
  await evaluate(`document.getElementById('settings-toggle').click()`);
  const again = await evaluate<Measure>(MEASURE);
  expect({ ...again, contrast: null }).toEqual({ ...after, contrast: null });
  expect(await evaluate<string>(`document.getElementById('setting-align').value`)).toBe('justify');
  await evaluate(`window.scrollTo(0, 0)`);

  await evaluate(`document.getElementById('settings-reset').click()`);
  const reset = await evaluate<Measure>(MEASURE);
  expect(reset).toEqual(before);
}

const ARABIC = `<!doctype html><html lang="ar" dir="rtl"><head><title>المكتبة تعيد فتح قاعة القراءة</title></head>
<body><article><h1>المكتبة تعيد فتح قاعة القراءة</h1>${Array.from(
  { length: 8 },
  (_, i) =>
    `<p>الفقرة ${i + 1}: أعيد فتح قاعة القراءة في الطابق الثاني يوم الاثنين بعد شتاء من الإصلاحات، مع مصابيح جديدة فوق الطاولات الطويلة ونظام تدفئة أهدأ لم يعد يغطي على صوت الصفحات وهي تقلب.</p>`,
).join('')}</article></body></html>`;

let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    if (req.url === '/story.html')
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(STORY);
    else if (req.url === '/arabic.html')
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARABIC);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

describe('text settings in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    const ext = path.join(ROOT, 'dist/test-chrome');
    if (!fs.existsSync(ext)) throw new Error('run `SIFT_TEST_HOST=1 node build.mjs`');
    session = await launchChromium(ext);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('spacing, alignment and a custom colour pair change the reader, persist, and Reset undoes them', async () => {
    const page = await session.context.newPage();
    await page.goto(`${base}story.html`);
    const tabId = await session.worker.evaluate(
      async (u) => (await chrome.tabs.query({ url: u }))[0]?.id,
      `${base}story.html`,
    );
    const reader = await session.context.newPage();
    const errors: string[] = [];
    reader.on('pageerror', (e) => errors.push(String(e)));
    const open = async () => {
      await reader.goto(`chrome-extension://${session.extensionId}/reader.html?tabId=${tabId}`);
      await reader.waitForFunction(() => document.body.dataset.state === 'rendered');
    };
    await open();
    await checkTextSettings((e) => reader.evaluate(e), open);
    // The settings as a person sees them, with a custom pair, for a look.
    await reader.evaluate(set('setting-theme', 'custom', 'change'));
    await reader.evaluate(set('setting-textColour', '#f5e6c8', 'input'));
    await reader.evaluate(set('setting-backgroundColour', '#2b2118', 'input'));
    await reader.evaluate(set('setting-letterSpacing', '0.05', 'input'));
    fs.writeFileSync(screenshotPath('text-settings-chromium'), await reader.screenshot());
    await reader.evaluate(`document.getElementById('settings-reset').click()`);
    expect(errors).toEqual([]);
    await reader.close();
    await page.close();
  });
});

describe('letter spacing and joined scripts, in Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(path.join(ROOT, 'dist/test-chrome'));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('an Arabic article keeps its letters joined; word spacing still applies', async () => {
    const page = await session.context.newPage();
    await page.goto(`${base}arabic.html`);
    const tabId = await session.worker.evaluate(
      async (u) => (await chrome.tabs.query({ url: u }))[0]?.id,
      `${base}arabic.html`,
    );
    const reader = await session.context.newPage();
    await reader.goto(`chrome-extension://${session.extensionId}/reader.html?tabId=${tabId}`);
    await reader.waitForFunction(() => document.body.dataset.state === 'rendered');
    await reader.evaluate(set('setting-letterSpacing', '0.12', 'input'));
    await reader.evaluate(set('setting-wordSpacing', '0.16', 'input'));
    const m = await reader.evaluate<Measure>(MEASURE);
    expect(m.letter).toBe('normal');
    expect(Number.parseFloat(m.word)).toBeCloseTo(m.size * 0.16, 1);
    await reader.evaluate(`document.getElementById('settings-reset').click()`);
    await reader.close();
    await page.close();
  });
});

describe('text settings in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    const ext = path.join(ROOT, 'dist/test-firefox');
    if (!fs.existsSync(ext)) throw new Error('run `SIFT_TEST_HOST=1 node build.mjs`');
    session = await launchFirefox(ext);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('spacing, alignment and a custom colour pair change the reader, persist, and Reset undoes them', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${base}story.html`, { waitUntil: 'domcontentloaded' });
    const reader = await session.browser.newPage();
    const errors: string[] = [];
    reader.on('pageerror', (e) => errors.push(String(e)));
    await gotoExtensionPage(reader, `${session.base}reader.html?probe=1`);
    const tabId = await reader.evaluate(async (u) => {
      const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await ext.tabs.query({})).find((t) => t.url === u)?.id ?? null;
    }, `${base}story.html`);
    expect(tabId).toBeTypeOf('number');
    let n = 0;
    const open = async () => {
      // A new address each time, so that the page is loaded again.
      await gotoExtensionPage(reader, `${session.base}reader.html?tabId=${tabId}&n=${n++}`);
      for (let i = 0; i < 300; i++) {
        if (await reader.evaluate(() => document.body.dataset.state === 'rendered')) return;
        await sleep(50);
      }
      throw new Error('the reader did not render');
    };
    await open();
    await checkTextSettings(<T>(e: string) => reader.evaluate(e) as Promise<T>, open);
    fs.writeFileSync(screenshotPath('text-settings-firefox'), Buffer.from(await reader.screenshot()));
    expect(errors).toEqual([]);
    await reader.close();
    await page.close();
  });
});
