// Set-up that `npm start` and `npm test` run first: dependencies, then (for tests) the browsers
// and GnuPG.
// Uses only Node's built-ins, so it works on a fresh clone before `npm ci`.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserPaths } from './browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const needBrowsers = process.argv.includes('--browsers');
const run = (cmd) => execSync(cmd, { cwd: root, stdio: 'inherit' });

if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) {
  console.log('[afterword] installing dependencies (npm ci)…');
  run('npm ci --no-audit --no-fund');
}

if (needBrowsers) {
  const { chrome, firefox } = browserPaths();
  // The sealed-tip tests use GnuPG as a journalist would (Debian's `gnupg`).
  const gpg = (process.env.PATH ?? '')
    .split(':')
    .some((dir) => dir && existsSync(join(dir, 'gpg')));
  const missing = [!chrome && 'chromium', !firefox && 'firefox-esr', !gpg && 'gnupg'].filter(
    Boolean,
  );
  if (missing.length) {
    const isRoot = process.getuid?.() === 0;
    const hasApt = existsSync('/usr/bin/apt-get');
    if (isRoot && hasApt) {
      console.log(`[afterword] installing ${missing.join(' and ')} from apt…`);
      run('apt-get update -qq');
      run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`);
    } else {
      console.error(
        `[afterword] the tests need ${missing.join(' and ')}: install them (Debian/Ubuntu: sudo apt-get install ${missing.join(' ')}), or point CHROME_PATH / FIREFOX_PATH at your own.`,
      );
      process.exit(1);
    }
  }
}
