// Makes sure the browser tests have a Chromium: finds one, or on Debian as
// root installs Debian's package. Never runs `playwright install`, whose
// download is not reachable on closed networks.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

let path = findChromium();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log("kohu: no Chromium found; installing Debian's chromium package (apt-get)…");
    try {
      execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
        stdio: ['ignore', 'inherit', 'inherit'],
      });
    } catch {
      /* reported below */
    }
    path = findChromium();
  }
}
if (!path) {
  console.error(
    [
      'kohu: the browser tests need Chromium and none was found.',
      '  - set CHROMIUM_PATH to a Chromium or Chrome binary, or',
      '  - on Debian/Ubuntu: sudo apt-get install -y chromium, or',
      '  - where downloads are allowed: npx playwright install chromium',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`kohu: browser tests use ${path}`);
