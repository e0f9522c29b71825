// Where the test browsers live: CHROME_PATH / FIREFOX_PATH, else Debian's and common locations.
import { existsSync } from 'node:fs';

const CHROMES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];
const FIREFOXES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function browserPaths() {
  const chrome = process.env.CHROME_PATH || CHROMES.find((p) => existsSync(p));
  const firefox = process.env.FIREFOX_PATH || FIREFOXES.find((p) => existsSync(p));
  return { chrome, firefox };
}
