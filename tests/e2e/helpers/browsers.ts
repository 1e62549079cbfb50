import fs from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** A missing browser is a failure, never a skip: `npm test` installs them first where it can. */
export function requireBrowser(bin: string) {
  if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: apt-get install -y chromium firefox-esr`);
}

export function screenshotPath(name: string): string {
  fs.mkdirSync('test-results', { recursive: true });
  return `test-results/${name.replace(/[^a-z0-9-]+/gi, '-')}.png`;
}
