import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus';
import { screenshotPath } from './helpers/browsers';
import { type ChromiumSession, launchChromium } from './helpers/chromium';
import { type FirefoxSession, gotoExtensionPage, launchFirefox } from './helpers/firefox';
import { openPopup, openReader, type Popup } from './helpers/real-popup';

/**
 * The reader in the reader's language, and the hidden blocks as a reader's tool (issue 12), in
 * Chromium's real toolbar popup (interface in English, Spanish and Arabic) and in Firefox. Screenshots
 * in test-results/reader-locales-*.png are for a person to look at.
 */
const CHROME_EXT = path.join(ROOT, 'dist/test-chrome');
const FIREFOX_EXT = path.join(ROOT, 'dist/test-firefox');

const STORY = `<!doctype html><html lang="en"><head><title>The harbour reopens its north quay | Daily Relay</title>
<meta property="og:site_name" content="Daily Relay"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article><h1>The harbour reopens its north quay</h1><p class="byline">By Ana Ruiz</p>
<div class="share"><a href="https://twitter.com/share">Share on X</a> <a href="https://facebook.com/share">Share on Facebook</a> <a href="mailto:?">Email</a></div>
<p>The port authority said on Tuesday that the new quay would open in spring, after two years of work that closed the old fish market and moved the ferries to the north pier for a whole season.</p>
<p>Fishermen who had moved their boats to the south basin said they would return as soon as the berths were ready, though some feared the new fees would be higher than before.</p>
<p><strong>Read more:</strong> <a href="/d">Ferry fares rise for the summer as the island boats move to the new pier</a></p>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Ferry fares rise for the summer</a></li><li><a href="/b">The fish market's last morning</a></li><li><a href="/c">A new pier for the island boats</a></li></ul></aside>
<p>The works, paid for by the regional government and a European fund, cost twice the first estimate after the old foundations were found to be weaker than the engineers had thought.</p>
<p>Passengers will board from a covered terminal with a café and a waiting room, the authority said, and the ferries will leave every hour in summer and every two hours in winter.</p>
<p>The old quay will be turned into a promenade with benches and trees, and the fish market building will house a museum of the harbour's history from next year.</p>
</article></main></body></html>`;
const RTL = fs.readFileSync(path.join(ROOT, 'tests/fixtures/agg-ar-akhbar-rtl/source.html'));
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const RUN_AXE = `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) })))`;
const TEASER = 'Read more: Ferry fares rise for the summer';

let server: http.Server;
let base: string;

beforeAll(async () => {
  for (const dir of [CHROME_EXT, FIREFOX_EXT])
    if (!fs.existsSync(dir)) throw new Error(`${dir} is missing: run \`SIFT_TEST_HOST=1 node build.mjs\``);
  server = http.createServer((req, res) => {
    if (req.url === '/story.html')
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(STORY);
    else if (req.url === '/rtl.html')
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(RTL);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

/** What the popup shows in words and directions. */
const READ = `(() => {
  const q = (s) => document.querySelector(s);
  const dir = (s) => (q(s) ? getComputedStyle(q(s)).direction : null);
  return {
    state: document.body.dataset.state, lang: document.documentElement.lang, dir: document.documentElement.dir,
    bar: dir('.bar'), article: dir('#article-body'), meta: dir('.meta'), drawer: dir('#removals'),
    skip: q('.skip')?.textContent, openTab: q('#open-tab')?.textContent, byline: q('.byline')?.textContent,
    summary: q('#removals summary')?.textContent, show: q('#removals button.show')?.textContent,
  };
})()`;
interface Read {
  state: string;
  lang: string;
  dir: string;
  bar: string;
  article: string;
  meta: string;
  drawer: string;
  skip: string;
  openTab: string;
  byline: string;
  summary: string;
  show: string;
}

async function axe(popup: Popup) {
  await popup.evaluate(AXE);
  return popup.evaluate(RUN_AXE);
}

/** Waits until the popup has read the page again (after "Put back" it reloads itself). */
async function settled(popup: Popup, search: string) {
  for (let i = 0; i < 200; i++) {
    const ok = await popup
      .evaluate<boolean>(
        `location.search.includes(${JSON.stringify(search)}) && document.body?.dataset.state === 'rendered'`,
      )
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the popup did not read the page again');
}

describe('hidden blocks, a reader’s tool, in Chromium’s real popup', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(CHROME_EXT);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('with the keyboard alone: shows a block where it stood, puts it back for the site, forgets it', async () => {
    const { popup } = await openPopup(session, `${base}story.html`, 'reader-locales');
    try {
      expect((await popup.evaluate<Read>(READ)).summary).toBe('4 blocks hidden');
      const focused = () =>
        popup.evaluate<{
          tag: string;
          cls: string;
          text: string;
          visible: boolean;
          drawer: boolean;
        }>(`(() => {
          const el = document.activeElement;
          return { tag: el.tagName, cls: el.className, text: el.textContent.slice(0, 80), visible: el.matches(':focus-visible'), drawer: !!el.closest('#removals') };
        })()`);
      // Tab to the drawer and open it.
      let f = await focused();
      for (let i = 0; i < 60 && !(f.tag === 'SUMMARY' && f.drawer); i++) {
        await popup.press('Tab');
        f = await focused();
      }
      expect(f).toMatchObject({ tag: 'SUMMARY', visible: true });
      await popup.press('Enter');
      // Links to other stories are the largest group; its third block is the "Read more" teaser.
      for (let i = 0; i < 5; i++) await popup.press('Tab');
      f = await focused();
      expect(f).toMatchObject({ cls: 'show', text: 'Show in the article', visible: true });
      await popup.press('Enter');
      const shown = await popup.evaluate<{
        focused: boolean;
        before: string;
        after: string;
        text: string;
      }>(`(() => {
        const el = document.querySelector('#article-body .shown-block');
        return { focused: document.activeElement === el, before: el.previousElementSibling.textContent.slice(0, 40),
          after: el.nextElementSibling.textContent.slice(0, 40), text: el.textContent };
      })()`);
      expect(shown.focused).toBe(true);
      expect(shown.before).toContain('Fishermen who had moved');
      expect(shown.after).toContain('The works, paid for');
      expect(shown.text).toContain(TEASER);
      await popup.screenshot('drawer-shown-in-place');

      // Inside the marked block: "Put back". The popup reads the page again, keeping it.
      await popup.press('Tab');
      expect(await focused()).toMatchObject({ cls: 'put-back', text: 'Put back', visible: true });
      await popup.press('Enter');
      await settled(popup, 'restored=');
      const restored = await popup.evaluate<{
        text: string;
        focused: boolean;
        note: string;
        summary: string;
      }>(`(() => {
        const el = document.querySelector('#article-body [data-sift-restored]');
        return { text: el?.textContent ?? '', focused: document.activeElement === el,
          note: document.querySelector('.restored-note')?.textContent ?? '', summary: document.querySelector('#removals summary').textContent };
      })()`);
      expect(restored.text).toContain(TEASER);
      expect(restored.focused).toBe(true);
      expect(restored.note).toContain('127.0.0.1');
      expect(restored.summary).toBe('3 blocks hidden');
      await popup.evaluate(`document.getElementById('removals').open = true`);
      await popup.screenshot('drawer-block-restored');
      // Dark theme, the same moment: still no accessibility violation.
      await popup.evaluate(
        `(() => { const s = document.getElementById('setting-theme'); s.value = 'dark'; s.dispatchEvent(new Event('change')); })()`,
      );
      await popup.screenshot('drawer-block-restored-dark');
      expect(await axe(popup)).toEqual([]);
      await popup.evaluate(
        `(() => { const s = document.getElementById('setting-theme'); s.value = 'system'; s.dispatchEvent(new Event('change')); })()`,
      );
      // The settings list it under the site, with a button that forgets it.
      const kept = await popup.evaluate<string>(
        `document.querySelector('#kept [data-site="127.0.0.1"]')?.textContent ?? ''`,
      );
      expect(kept).toContain(TEASER);
      await popup.evaluate(`document.querySelector('#kept [data-site="127.0.0.1"] button.forget').click()`);
    } finally {
      await popup.close();
    }
    // Forgotten: the next reading hides it again.
    const { popup: again } = await openPopup(session, `${base}story.html`, 'reader-locales');
    try {
      expect((await again.evaluate<Read>(READ)).summary).toBe('4 blocks hidden');
    } finally {
      await again.close();
    }
  });

  it('puts back a list of links the page’s own reading leaves out: it shows up where the page had it', async () => {
    const { popup } = await openPopup(session, `${base}story.html`, 'reader-locales');
    try {
      // "Put back" on the related stories' list (Readability alone drops a list of links).
      await popup.evaluate(`(() => {
        document.getElementById('removals').open = true;
        const item = [...document.querySelectorAll('#removals li.hidden-block')]
          .find((li) => li.querySelector('.preview').textContent.includes('The fish market'));
        item.querySelector('.item-actions button.put-back').click();
      })()`);
      await settled(popup, 'restored=');
      const restored = await popup.evaluate<{
        tag: string;
        items: string[];
        links: string[];
        before: string;
        after: string;
        focused: boolean;
        missing: boolean;
        summary: string;
        copies: number;
      }>(`(() => {
        const el = document.querySelector('#article-body [data-sift-restored]');
        const text = (e) => (e?.textContent ?? '').slice(0, 40);
        return { tag: el?.tagName ?? '', items: [...(el?.querySelectorAll('li') ?? [])].map((li) => li.textContent),
          links: [...(el?.querySelectorAll('a') ?? [])].map((a) => a.href),
          before: text(el?.previousElementSibling?.previousElementSibling), after: text(el?.nextElementSibling),
          focused: document.activeElement === el, missing: !!document.querySelector('.restored-note[tabindex]'),
          summary: document.querySelector('#removals summary').textContent,
          copies: document.getElementById('article-body').textContent.split('last morning').length - 1 };
      })()`);
      // The list itself, once, after the paragraph it followed on the page (the note sits just before it).
      expect(restored).toMatchObject({
        tag: 'UL',
        focused: true,
        missing: false,
        summary: '3 blocks hidden',
        copies: 1,
      });
      expect(restored.items).toEqual([
        'Ferry fares rise for the summer',
        "The fish market's last morning",
        'A new pier for the island boats',
      ]);
      expect(restored.links).toEqual([`${base}a`, `${base}b`, `${base}c`]);
      expect(restored.before).toContain('Fishermen who had moved');
      expect(restored.after).toContain('The works, paid for');
      await popup.screenshot('drawer-list-restored');
      await popup.evaluate(`document.querySelector('#kept [data-site="127.0.0.1"] button.forget').click()`);
    } finally {
      await popup.close();
    }
  });
});

describe('the interface in Spanish and in Arabic, in Chromium’s real popup', () => {
  it('speaks Spanish', async () => {
    const session = await launchChromium(CHROME_EXT, { lang: 'es' });
    try {
      const { popup } = await openPopup(session, `${base}story.html`, 'reader-locales');
      try {
        await popup.evaluate(`document.getElementById('removals').open = true`);
        const r = await popup.evaluate<Read>(READ);
        expect(r).toMatchObject({
          state: 'rendered',
          lang: 'es',
          dir: 'ltr',
          skip: 'Saltar al artículo',
          openTab: 'Abrir en pestaña ↗',
          byline: 'Por Ana Ruiz',
          summary: '4 bloques ocultos',
          show: 'Mostrar en el artículo',
        });
        await popup.screenshot('popup-es');
        await popup.evaluate(`document.getElementById('settings-toggle').click()`);
        expect(
          await popup.evaluate<string>(
            `document.querySelector('label[for="setting-theme"]').firstChild.textContent`,
          ),
        ).toBe('Tema');
        await popup.screenshot('popup-es-settings');
        expect(await axe(popup)).toEqual([]);
      } finally {
        await popup.close();
      }
    } finally {
      await session.close();
    }
  });

  it('speaks Arabic right to left; an English article stays left to right inside it, and the reverse', async () => {
    const session = await launchChromium(CHROME_EXT, { lang: 'ar' });
    try {
      const { popup } = await openPopup(session, `${base}story.html`, 'reader-locales');
      try {
        await popup.evaluate(`document.getElementById('removals').open = true`);
        const r = await popup.evaluate<Read>(READ);
        expect(r).toMatchObject({
          state: 'rendered',
          lang: 'ar',
          dir: 'rtl',
          bar: 'rtl',
          article: 'ltr',
          meta: 'rtl',
          drawer: 'rtl',
          skip: 'انتقل إلى المقال',
          byline: 'بقلم Ana Ruiz',
          show: 'اعرضه في المقال',
        });
        expect(r.summary).toMatch(/^[4٤] عناصر مخفية$/);
        await popup.screenshot('popup-ar-ui-en-article');
        expect(await axe(popup)).toEqual([]);
      } finally {
        await popup.close();
      }
      // The reader tab in Arabic, its settings open: laid out right to left, still no violation.
      const { reader, errors } = await openReader(session, `${base}story.html`);
      try {
        await reader.click('#settings-toggle');
        const tab = await reader.evaluate(() => ({
          settings: getComputedStyle(document.getElementById('settings') as HTMLElement).direction,
          theme: document.querySelector('label[for="setting-theme"]')?.firstChild?.textContent,
          previous: document.getElementById('speak-previous')?.getBoundingClientRect().left ?? 0,
          next: document.getElementById('speak-next')?.getBoundingClientRect().left ?? 0,
        }));
        expect(tab).toMatchObject({ settings: 'rtl', theme: 'السمة' });
        // Right to left, "previous" comes first: on the right.
        expect(tab.previous).toBeGreaterThan(tab.next);
        await reader.screenshot({ path: screenshotPath('reader-locales-tab-ar-settings') });
        await reader.evaluate(AXE);
        expect(await reader.evaluate(RUN_AXE)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await reader.close();
      }
      const { popup: ar } = await openPopup(session, `${base}rtl.html`, 'reader-locales');
      try {
        const r = await ar.evaluate<Read>(READ);
        expect(r).toMatchObject({ state: 'rendered', dir: 'rtl', article: 'rtl', meta: 'rtl' });
        await ar.screenshot('popup-ar-ui-ar-article');
        expect(await axe(ar)).toEqual([]);
      } finally {
        await ar.close();
      }
    } finally {
      await session.close();
    }
  });
});

describe('in Firefox', () => {
  let session: FirefoxSession;
  beforeAll(async () => {
    session = await launchFirefox(FIREFOX_EXT);
  });
  afterAll(async () => {
    await session?.close();
  });

  /** The page in a tab, then Sift's popup page for it in the next tab (the context menu's way). */
  async function open(url: string): Promise<{ page: Page; popup: Page; tabId: number }> {
    const page = await session.browser.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const popup = await session.browser.newPage();
    await gotoExtensionPage(popup, `${session.base}popup.html?probe=1`);
    const tabId = (await popup.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
      const self = await ext.tabs.getCurrent();
      const tabs = await ext.tabs.query({ windowId: self?.windowId });
      return tabs.find((t) => t.index === (self?.index ?? 0) - 1)?.id ?? null;
    })) as number;
    await gotoExtensionPage(popup, `${session.base}popup.html?tabId=${tabId}`);
    await waitFor(popup, () => document.body.dataset.state !== 'loading');
    return { page, popup, tabId };
  }

  async function waitFor(page: Page, test: () => boolean) {
    for (let i = 0; i < 300; i++) {
      if (await page.evaluate(test).catch(() => false)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('timed out');
  }

  it('shows a hidden block in place and puts it back; an Arabic article reads right to left, in dark', async () => {
    const { page, popup } = await open(`${base}story.html`);
    try {
      await popup.evaluate(() => {
        (document.getElementById('removals') as HTMLDetailsElement).open = true;
        document.querySelectorAll<HTMLButtonElement>('#removals button.show')[2]?.click();
      });
      const before = await popup.evaluate(
        () => document.querySelector('#article-body .shown-block')?.previousElementSibling?.textContent ?? '',
      );
      expect(before).toContain('Fishermen who had moved');
      await popup.screenshot({ path: screenshotPath('reader-locales-firefox-drawer-shown') });
      await popup.evaluate(() =>
        document.querySelector<HTMLButtonElement>('.shown-block button.put-back')?.click(),
      );
      await waitFor(
        popup,
        () => location.search.includes('restored=') && document.body.dataset.state === 'rendered',
      );
      const restored = await popup.evaluate(() => ({
        search: location.search,
        text: document.querySelector('#article-body [data-sift-restored]')?.textContent ?? '',
        summary: document.querySelector('#removals summary')?.textContent,
      }));
      expect(restored).toMatchObject({ summary: '3 blocks hidden' });
      expect(restored.text, JSON.stringify(restored)).toContain(TEASER);
      await popup.evaluate(() => {
        (document.getElementById('removals') as HTMLDetailsElement).open = true;
      });
      await popup.screenshot({ path: screenshotPath('reader-locales-firefox-block-restored') });
    } finally {
      await popup.close();
      await page.close();
    }
    const { page: arPage, popup: ar } = await open(`${base}rtl.html`);
    try {
      await ar.evaluate(() => {
        const s = document.getElementById('setting-theme') as HTMLSelectElement;
        s.value = 'dark';
        s.dispatchEvent(new Event('change'));
      });
      const r = await ar.evaluate(() => ({
        article: getComputedStyle(document.getElementById('article-body') as HTMLElement).direction,
        meta: (document.querySelector('.meta') as HTMLElement).dir,
        bg: getComputedStyle(document.body).backgroundColor,
      }));
      expect(r).toMatchObject({ article: 'rtl', meta: 'ltr' });
      expect(r.bg).not.toBe('rgb(255, 255, 255)');
      await ar.screenshot({ path: screenshotPath('reader-locales-firefox-ar-article-dark') });
    } finally {
      await ar.close();
      await arPage.close();
    }
  });
  it('with the keyboard alone: shows the share buttons where they stood and puts them back', async () => {
    const { page, popup } = await open(`${base}story.html`);
    try {
      const focused = () =>
        popup.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const about = el.getAttribute('aria-describedby');
          return {
            tag: el.tagName,
            cls: el.className,
            inDrawer: !!el.closest('#removals'),
            about: about ? (document.getElementById(about)?.textContent ?? '') : '',
            visible: el.matches(':focus-visible'),
          };
        });
      let f = await focused();
      for (let i = 0; i < 60 && !(f.tag === 'SUMMARY' && f.inDrawer); i++) {
        await popup.keyboard.press('Tab');
        f = await focused();
      }
      expect(f).toMatchObject({ tag: 'SUMMARY', visible: true });
      const before = await popup.evaluate(() => document.querySelector('#removals summary')?.textContent);
      await popup.keyboard.press('Enter');
      for (let i = 0; i < 20 && !(f.cls === 'show' && f.about.includes('Share on X')); i++) {
        await popup.keyboard.press('Tab');
        f = await focused();
      }
      expect(f).toMatchObject({ cls: 'show', visible: true });
      await popup.keyboard.press('Enter');
      expect(await focused()).toMatchObject({ cls: 'shown-block' });
      await popup.keyboard.press('Tab');
      expect(await focused()).toMatchObject({ cls: 'put-back', visible: true });
      await popup.keyboard.press('Enter');
      await waitFor(
        popup,
        () => location.search.includes('restored=') && document.body.dataset.state === 'rendered',
      );
      const after = await popup.evaluate(() => ({
        summary: document.querySelector('#removals summary')?.textContent ?? '',
        focus: (document.activeElement as HTMLElement).className || document.activeElement?.tagName,
        note: document.querySelector('.restored-note')?.textContent ?? '',
        restored: document.querySelector('#article-body [data-sift-restored]')?.textContent ?? '',
        onRestored: document.activeElement === document.querySelector('#article-body [data-sift-restored]'),
      }));
      // One block fewer hidden; the share buttons back in the article (the page's own reading drops
      // them; restore-kept puts them back where they stood), and the focus on them.
      expect(Number.parseInt(after.summary, 10)).toBe(Number.parseInt(before ?? '', 10) - 1);
      expect(after.restored).toContain('Share on X');
      expect(after.onRestored).toBe(true);
      expect(after.note).toContain('127.0.0.1');
      await popup.screenshot({ path: screenshotPath('reader-locales-firefox-keyboard-put-back') });
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
