// Before the tests: Debian's Chromium and Firefox ESR must be installed (the real-browser tests need
// them, and a missing browser is a failure, never a skip). As root on Debian this installs them;
// elsewhere it says what to run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const NEEDED = [
  ['/usr/bin/chromium', 'chromium'],
  ['/usr/bin/firefox-esr', 'firefox-esr'],
];
const missing = NEEDED.filter(([bin]) => !fs.existsSync(bin)).map(([, pkg]) => pkg);
if (missing.length > 0) {
  const canInstall = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `missing browsers: ${missing.join(', ')}\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  console.log(`installing ${missing.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', ...missing, 'fonts-dejavu-core'], { stdio: 'inherit', env });
}

// The extension asks for Firefox 142 or later (strict_min_version in build.mjs). A machine whose package
// lists were not updated installs an older ESR (140 was seen), and every Firefox test then fails with
// "Add-on … is not compatible with application version": update it first, or say what to run.
const MIN_FIREFOX = 142;
const firefoxMajor = () =>
  Number(
    /Firefox (\d+)/.exec(execFileSync('/usr/bin/firefox-esr', ['--version'], { encoding: 'utf8' }))?.[1] ?? 0,
  );
if (firefoxMajor() < MIN_FIREFOX) {
  const canInstall = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(
      `firefox-esr is older than ${MIN_FIREFOX}, which Sift needs\n  sudo apt-get update && sudo apt-get install -y firefox-esr`,
    );
    process.exit(1);
  }
  console.log(`firefox-esr is older than ${MIN_FIREFOX}: updating it with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', 'firefox-esr'], { stdio: 'inherit', env });
  if (firefoxMajor() < MIN_FIREFOX) {
    console.error(`firefox-esr is still older than ${MIN_FIREFOX} after the update`);
    process.exit(1);
  }
}
