/**
 * Starts Debian's chromium through playwright-core for the browser tests and the screenshot
 * script. Never downloads a browser: when chromium is missing the error says how to install it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian's chromium package puts the browser (override with CITAT_CHROMIUM). */
export const CHROMIUM_PATH = process.env.CITAT_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for a quiet, offline, container-friendly headless run. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches headless chromium.
 * @throws Error with install instructions when the browser is not there
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `chromium not found at ${CHROMIUM_PATH}: the browser tests need Debian's chromium. ` +
        'Install it with `sudo apt-get install -y chromium` (.ci/run does this in CI), or set CITAT_CHROMIUM to a Chromium binary.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
