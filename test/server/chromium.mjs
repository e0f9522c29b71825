// Debian's Chromium driven by puppeteer-core, for the node tests that load a page from a running inbox.
import puppeteer from 'puppeteer-core';
import { browserPaths, CHROME_FLAGS } from '../../scripts/browsers.mjs';

/** The Chromium the tests use (CHROME_PATH, else Debian's), or undefined where there is none. */
export const { chrome } = browserPaths();

/** Starts headless Chromium with the flags this closed network needs; a cold start may be slow. */
export function launchChromium() {
  return puppeteer.launch({
    executablePath: chrome,
    headless: true,
    timeout: 120000,
    args: CHROME_FLAGS,
  });
}
