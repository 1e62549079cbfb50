import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus';
import { type ChromiumSession, launchChromium } from './helpers/chromium';

/**
 * The release packages: least privilege, and clean in both browsers' own checkers. The permissions
 * listed here are the ones the README documents, one line each.
 */
const DOCUMENTED = ['activeTab', 'contextMenus', 'scripting', 'storage'];
const manifest = (dir: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'dist', dir, 'manifest.json'), 'utf8'));

describe('release manifests', () => {
  it.each(['chrome', 'firefox'])(
    '%s asks only for the documented permissions and no host access',
    (browser) => {
      const m = manifest(browser);
      expect([...m.permissions].sort()).toEqual(DOCUMENTED);
      expect(m.host_permissions).toBeUndefined();
      // Asked for one site at a time, only when the reader ticks "Always open Sift on this site".
      expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
      expect(m.optional_permissions).toBeUndefined();
      expect(m.content_scripts).toBeUndefined();
      expect(m.content_security_policy.extension_pages).toContain("script-src 'self'");
    },
  );

  it('the README explains every permission', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    for (const p of DOCUMENTED) expect(readme).toMatch(new RegExp(`\\|\\s*\`${p}\`\\s*\\|`));
  });

  it('Chrome gets a service worker, Firefox an event page with its gecko settings', () => {
    expect(manifest('chrome').background).toEqual({ service_worker: 'background.js' });
    const ff = manifest('firefox');
    expect(ff.background).toEqual({ scripts: ['background.js'] });
    expect(ff.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('the store zips hold the same files as the folders', () => {
    for (const b of ['chrome', 'firefox'])
      expect(fs.statSync(path.join(ROOT, 'dist', `sift-${b}.zip`)).size).toBeGreaterThan(10_000);
  });
});

describe('web-ext lint on dist/firefox', () => {
  it('reports 0 errors and 0 warnings', () => {
    const bin = path.join(ROOT, 'node_modules/.bin/web-ext');
    const r = spawnSync(
      bin,
      ['lint', '--source-dir', 'dist/firefox', '--no-config-discovery', '--output', 'json'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    const report = JSON.parse(r.stdout);
    const list = (xs: { code: string; message: string }[]) => xs.map((x) => `${x.code}: ${x.message}`);
    expect(list(report.errors)).toEqual([]);
    expect(list(report.warnings)).toEqual([]);
  });
});

describe('Chromium loads dist/chrome', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium(path.join(ROOT, 'dist/chrome'));
  });
  afterAll(async () => session?.close());

  it('with no manifest warnings or errors', async () => {
    const page = await session.context.newPage();
    await page.goto('chrome://extensions');
    const info = await page.evaluate(async () => {
      const dev = (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate;
      await dev.updateProfileConfiguration({ inDeveloperMode: true });
      for (const e of await dev.getExtensionsInfo({ includeDisabled: true }))
        if (e.location === 'UNPACKED')
          await dev.reload(e.id, { failQuietly: true, populateErrorForUnpacked: true }).catch(() => {});
      await new Promise((r) => setTimeout(r, 1000));
      return (await dev.getExtensionsInfo({ includeDisabled: true }))
        .filter((e) => e.location === 'UNPACKED')
        .map((e) => ({
          state: e.state,
          warnings: e.installWarnings,
          errors: e.manifestErrors.map((m) => m.message),
        }));
    });
    expect(info).toEqual([{ state: 'ENABLED', warnings: [], errors: [] }]);
  });
});

interface ExtensionInfo {
  id: string;
  location: string;
  state: string;
  installWarnings: string[];
  manifestErrors: { message: string }[];
}

interface DeveloperPrivate {
  updateProfileConfiguration(c: { inDeveloperMode: boolean }): Promise<void>;
  getExtensionsInfo(o: { includeDisabled: boolean }): Promise<ExtensionInfo[]>;
  reload(id: string, o: { failQuietly: boolean; populateErrorForUnpacked: boolean }): Promise<void>;
}
