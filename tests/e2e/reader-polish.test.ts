import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus';
import { screenshotPath } from './helpers/browsers';
import { type ChromiumSession, launchChromium } from './helpers/chromium';
import { openPopup, openReader } from './helpers/real-popup';

/**
 * The reader, polished (issue 12), in Chromium's real toolbar popup and in the reader tab: proportions,
 * a toolbar in reach mid-article, settings that work, images and tables. Screenshots in test-results/
 * (reader-polish-*.png) are for a person to look at.
 */
const EXT = path.join(ROOT, 'dist/test-chrome');
const SOURCE = 'https://www.bbc.com/news/articles/c0harbour';

const paragraph = (i: number) =>
  `<p>Paragraph ${i} of the harbour story: the port authority said on Tuesday that the new quay would open in spring, after two years of work that closed the old fish market and moved the ferries to the north pier for a whole season.</p>`;
const paragraphs = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => paragraph(from + i)).join('');

const TABLE = `<table><caption>Ferry departures</caption><thead><tr><th>Route</th><th>Morning departures</th><th>Afternoon departures</th><th>Evening departures</th><th>Operator</th><th>Notes for passengers</th></tr></thead>
<tbody><tr><td>North pier to Isla Grande</td><td>06:40, 08:15, 09:30</td><td>13:00, 15:20</td><td>19:45, 21:10</td><td>Naviera Atlántica</td><td>Boarding closes fifteen minutes before departure</td></tr>
<tr><td>North pier to Cabo Sur</td><td>07:10</td><td>14:30</td><td>20:00</td><td>Transportes Marítimos</td><td>Bicycles travel free on weekdays</td></tr></tbody></table>`;

/** A republished story: summary line, subheadings, a large photo with caption and credit, a wide table. */
const STORY = `<!doctype html><html lang="en"><head><title>The harbour reopens its north quay | Daily Relay</title>
<meta property="og:site_name" content="Daily Relay"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><h1>The harbour reopens its north quay</h1><p class="byline">By Ana Ruiz</p>
<h2>After two years of work, ferries return to the north pier in spring, the port authority said.</h2>
${paragraphs(1, 3)}
<figure><img src="/photo.svg" alt="The north quay at dawn"><figcaption>The north quay at dawn, before the ferries returned. <small>Photo: Port Authority</small></figcaption></figure>
${paragraphs(4, 6)}<h2>What changes for passengers</h2>${paragraphs(7, 10)}
<h3>The timetable</h3>${TABLE}${paragraphs(11, 14)}<h2>The old fish market</h2>${paragraphs(15, 20)}
<p>Source: <a href="${SOURCE}">BBC News</a></p></article></main></body></html>`;

const RTL = fs.readFileSync(path.join(ROOT, 'tests/fixtures/agg-ar-akhbar-rtl/source.html'));
// axe-core's own source, run inside Sift's pages (a dev dependency: the accessibility check of the tests).
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const RUN_AXE = `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) })))`;

let server: http.Server;
let base: string;

beforeAll(async () => {
  if (!fs.existsSync(EXT))
    throw new Error('dist/test-chrome is missing: run `SIFT_TEST_HOST=1 node build.mjs`');
  // A large photo (1600 × 900), drawn as SVG so that no image file is needed.
  const photo = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 16 9"><rect width="16" height="9" fill="#3a6ea5"/><circle cx="12" cy="3" r="1.5" fill="#f2c14e"/><rect y="6" width="16" height="3" fill="#1d3557"/></svg>`;
  server = http.createServer((req, res) => {
    if (req.url === '/story.html')
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(STORY);
    else if (req.url === '/rtl.html')
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(RTL);
    else if (req.url === '/photo.svg') res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(photo);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

/** Font sizes and boxes a reader notices, read in the page. */
const MEASURE = `(() => {
  const px = (s) => { const el = document.querySelector(s); return el ? Number.parseFloat(getComputedStyle(el).fontSize) : null; };
  const box = (s) => { const r = document.querySelector(s)?.getBoundingClientRect(); return r ? { top: r.top, bottom: r.bottom, width: r.width, height: r.height } : null; };
  return {
    state: document.body.dataset.state,
    title: px('#title'), h2: px('#article-body h2'), h3: px('#article-body h3'), p: px('#article-body p'),
    head: box('.article-head'), viewport: innerHeight, article: box('#main > article'),
  };
})()`;

interface Measure {
  state: string;
  title: number;
  h2: number;
  h3: number;
  p: number;
  head: { top: number; bottom: number; height: number };
  viewport: number;
  article: { width: number };
}

let session: ChromiumSession;

describe('the reader polished, in Chromium', () => {
  beforeAll(async () => {
    session = await launchChromium(EXT);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('popup: the title is the largest heading, the header is compact, the toolbar stays in reach', async () => {
    const { popup } = await openPopup(session, `${base}story.html`);
    try {
      const m = await popup.evaluate<Measure>(MEASURE);
      expect(m.state).toBe('rendered');
      // h1 title > subheading (the summary line is an h2 on this page) > h3 > paragraph.
      expect(m.title).toBeGreaterThan(m.h2);
      expect(m.h2).toBeGreaterThan(m.h3);
      expect(m.h3).toBeGreaterThan(m.p);
      // Title, one meta line and the source: at most about a third of the popup's first screen.
      expect(m.head.height).toBeLessThanOrEqual(Math.min(m.viewport, 600) / 3);
      await popup.screenshot('popup-top');

      // Deep in the article, "Aa" and "Open in tab" are still on screen and on top.
      const reach = await popup.evaluate<{ scrolled: number; aa: boolean; tab: boolean }>(`(() => {
        const main = document.getElementById('main');
        document.querySelectorAll('#article-body p')[14].scrollIntoView();
        const onTop = (id) => { const r = document.getElementById(id).getBoundingClientRect();
          return r.top >= 0 && document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === document.getElementById(id); };
        return { scrolled: main.scrollTop, aa: onTop('settings-toggle'), tab: onTop('open-tab') };
      })()`);
      expect(reach.scrolled).toBeGreaterThan(800);
      expect(reach).toMatchObject({ aa: true, tab: true });
      await popup.screenshot('popup-mid-article');
      expect(popup.errors).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  it('popup: the width slider narrows the column, the sliders show their values, Reset restores', async () => {
    const { popup } = await openPopup(session, `${base}story.html`);
    try {
      await popup.evaluate(`document.getElementById('settings-toggle').click()`);
      const width = () =>
        popup.evaluate<number>(`document.querySelector('#main > article').getBoundingClientRect().width`);
      const before = await width();
      const shown = await popup.evaluate<string>(`(() => {
        const el = document.getElementById('setting-width');
        el.value = '36';
        el.dispatchEvent(new Event('input', { bubbles: true }));
        return document.getElementById('setting-width-value').textContent;
      })()`);
      expect(shown).toBe('36 characters');
      const after = await width();
      expect(after).toBeLessThan(before - 40);
      expect(await popup.evaluate<string>(`document.getElementById('setting-size-value').textContent`)).toBe(
        '18 px',
      );
      await popup.screenshot('popup-settings-narrow');
      await popup.evaluate(`document.getElementById('settings-reset').click()`);
      expect(await popup.evaluate<string>(`document.getElementById('setting-width').value`)).toBe('66');
      expect(await width()).toBeCloseTo(before, 0);
    } finally {
      await popup.close();
    }
  });

  it('tab: line width counts characters of the article font, at any text size; Escape closes the settings', async () => {
    const { reader, errors } = await openReader(session, `${base}story.html`);
    try {
      await reader.setViewportSize({ width: 1400, height: 900 });
      // Characters a line holds: the column's width over the width of the article font's "0".
      const perLine = () =>
        reader.evaluate(() => {
          const article = document.querySelector('#main > article') as HTMLElement;
          const probe = document.createElement('span');
          probe.style.cssText = 'display:inline-block;white-space:nowrap;position:absolute';
          probe.textContent = '0'.repeat(50);
          article.append(probe);
          const ch = probe.getBoundingClientRect().width / 50;
          probe.remove();
          return article.getBoundingClientRect().width / ch;
        });
      expect(await perLine()).toBeCloseTo(66, -1);
      await reader.click('#settings-toggle');
      await reader.$eval('#setting-size', (el) => {
        (el as HTMLInputElement).value = '28';
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
      // Large text keeps its characters per line (it was ~30 when the width followed the interface font).
      expect(await perLine()).toBeCloseTo(66, -1);
      expect(await reader.$eval('#setting-size-value', (o) => o.textContent)).toBe('28 px');
      await reader.screenshot({ path: screenshotPath('reader-polish-tab-large-text') });
      await reader.keyboard.press('Escape');
      expect(await reader.$eval('#settings', (s) => (s as HTMLElement).hidden)).toBe(true);
      expect(await reader.evaluate(() => document.activeElement?.id)).toBe('settings-toggle');
      await reader.click('#settings-toggle');
      await reader.click('#settings-reset');
      expect(await reader.$eval('#main > article', (a) => getComputedStyle(a).fontSize)).toBe('18px');
      expect(errors).toEqual([]);
    } finally {
      await reader.close();
    }
  });

  it('tab: the photo fits with its caption and a quieter credit; the table scrolls in its own box', async () => {
    const { reader } = await openReader(session, `${base}story.html`);
    try {
      await reader.$eval('#article-body figure', (f) => f.scrollIntoView());
      await reader.waitForFunction(
        () => (document.querySelector('#article-body img') as HTMLImageElement).complete,
      );
      const r = await reader.evaluate(() => {
        const body = document.getElementById('article-body') as HTMLElement;
        const img = body.querySelector('img') as HTMLImageElement;
        const caption = body.querySelector('figcaption') as HTMLElement;
        const credit = caption.querySelector('small') as HTMLElement;
        const table = body.querySelector('table') as HTMLElement;
        const scroller = table.closest('.table-box') ?? table;
        const cells = [...table.querySelectorAll('td, th')].map((c) => c.getBoundingClientRect().width);
        const main = body.closest('main') as HTMLElement;
        const pageMain = body.querySelector('main');
        return {
          img: img.getBoundingClientRect().width,
          ratio: img.getBoundingClientRect().height / img.getBoundingClientRect().width,
          bodyWidth: body.getBoundingClientRect().width,
          caption: Number.parseFloat(getComputedStyle(caption).fontSize),
          credit: Number.parseFloat(getComputedStyle(credit).fontSize),
          text: Number.parseFloat(getComputedStyle(body.querySelector('p') as HTMLElement).fontSize),
          narrowestCell: Math.min(...cells),
          scrolls: scroller.scrollWidth > scroller.clientWidth,
          scrollerWidth: scroller.getBoundingClientRect().width,
          overflow: getComputedStyle(scroller).overflowX,
          pagePadding: pageMain ? getComputedStyle(pageMain).paddingLeft : '0px',
          ourMain: getComputedStyle(main).paddingLeft,
        };
      });
      expect(r.img).toBeLessThanOrEqual(r.bodyWidth);
      expect(r.img).toBeGreaterThan(r.bodyWidth * 0.9);
      expect(r.ratio).toBeCloseTo(900 / 1600, 2);
      expect(r.caption).toBeLessThan(r.text);
      expect(r.credit).toBeLessThan(r.caption);
      // No cell squeezed to a letter or two: the table scrolls sideways inside the column instead.
      expect(r.narrowestCell).toBeGreaterThan(50);
      expect(r.overflow).toBe('auto');
      expect(r.scrollerWidth).toBeLessThanOrEqual(r.bodyWidth + 1);
      // The page's own <main> (kept as article markup) does not get the reader's padding.
      expect(r.pagePadding).toBe('0px');
      expect(r.ourMain).not.toBe('0px');
      await reader.$eval('#article-body figure', (f) => f.scrollIntoView());
      await reader.screenshot({ path: screenshotPath('reader-polish-tab-image') });
      await reader.$eval('#article-body table', (t) => t.scrollIntoView({ block: 'center' }));
      await reader.screenshot({ path: screenshotPath('reader-polish-tab-table') });
    } finally {
      await reader.close();
    }
  });
});

describe('the reader for every reader, in Chromium', () => {
  beforeAll(async () => {
    session = await launchChromium(EXT);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('axe-core finds no violation in the popup (light and dark) or in the reader tab', async () => {
    const { popup } = await openPopup(session, `${base}story.html`);
    try {
      await popup.evaluate(AXE);
      expect(await popup.evaluate(RUN_AXE)).toEqual([]);
      await popup.evaluate(`(() => { document.getElementById('settings-toggle').click();
        const t = document.getElementById('setting-theme'); t.value = 'dark'; t.dispatchEvent(new Event('change', { bubbles: true })); })()`);
      expect(await popup.evaluate(RUN_AXE)).toEqual([]);
      await popup.screenshot('popup-dark-settings');
      await popup.evaluate(`document.getElementById('settings-reset').click()`);
    } finally {
      await popup.close();
    }
    const { reader } = await openReader(session, `${base}story.html`);
    try {
      await reader.evaluate(AXE);
      expect(await reader.evaluate(RUN_AXE)).toEqual([]);
    } finally {
      await reader.close();
    }
  });

  it('popup: an Arabic article reads right to left, the interface stays as it is', async () => {
    const { popup } = await openPopup(session, `${base}rtl.html`);
    try {
      const r = await popup.evaluate<{
        dir: string;
        align: string;
        ui: string;
        meta: string;
        byline: string;
        drawer: string;
        summary: string;
      }>(`(() => ({
        dir: getComputedStyle(document.getElementById('article-body')).direction,
        align: getComputedStyle(document.getElementById('title')).textAlign,
        ui: getComputedStyle(document.querySelector('.bar')).direction,
        meta: getComputedStyle(document.querySelector('.meta')).direction,
        byline: document.querySelector('.byline bdi')?.textContent ?? '',
        drawer: getComputedStyle(document.getElementById('removals')).direction,
        summary: document.querySelector('#removals summary').textContent,
      }))()`);
      expect(r.dir).toBe('rtl');
      expect(r.ui).toBe('ltr');
      // The interface's lines keep their order: "By <name>", "10 blocks hidden", not scrambled.
      expect(r).toMatchObject({ meta: 'ltr', drawer: 'ltr', byline: 'فريق التحرير' });
      expect(r.summary).toMatch(/^\d+ blocks hidden$/);
      await popup.screenshot('popup-rtl-article');
      await popup.evaluate(AXE);
      expect(await popup.evaluate(RUN_AXE)).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  it('popup: every control is reached and used with the keyboard alone, focus always drawn', async () => {
    const { popup } = await openPopup(session, `${base}story.html`);
    try {
      const focused = () =>
        popup.evaluate<{ id: string; tag: string; visible: boolean; outline: string }>(`(() => {
          const el = document.activeElement;
          return { id: el.id, tag: el.tagName, visible: el.matches(':focus-visible'), outline: getComputedStyle(el).outlineStyle };
        })()`);
      const seen: string[] = [];
      for (let i = 0; i < 8; i++) {
        await popup.press('Tab');
        const f = await focused();
        expect(f).toMatchObject({ visible: true, outline: 'solid' });
        seen.push(f.id || f.tag);
        if (f.id === 'settings-toggle') break;
      }
      expect(seen).toContain('open-tab');
      expect(seen).toContain('settings-toggle');
      await popup.press('Enter');
      expect(await popup.evaluate<boolean>(`document.getElementById('settings').hidden`)).toBe(false);
      await popup.press('Tab');
      expect((await focused()).id).toBe('setting-theme');
      await popup.screenshot('popup-keyboard-focus');
      // Through the form to Reset, every control with its focus drawn (12 controls with the text settings).
      for (let i = 0; i < 16; i++) {
        await popup.press('Tab');
        const f = await focused();
        expect(f).toMatchObject({ visible: true, outline: 'solid' });
        if (f.id === 'settings-reset') break;
      }
      expect((await focused()).id).toBe('settings-reset');
      await popup.press('Escape');
      expect(await popup.evaluate<boolean>(`document.getElementById('settings').hidden`)).toBe(true);
      expect((await focused()).id).toBe('settings-toggle');
    } finally {
      await popup.close();
    }
  });
});
