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

/**
 * Headless Chromium's flags here: root needs --no-sandbox, and this closed network needs the
 * background-networking flags, or Chromium tries to reach the internet at every start.
 */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
