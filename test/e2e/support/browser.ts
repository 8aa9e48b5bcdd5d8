/**
 * Debian's Chromium driven by playwright-core. Never `npx playwright install`: it downloads a
 * browser, which this machine and CI cannot do. Playwright gives every launch a fresh temporary
 * profile, so no state leaks from one run to the next.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Whether the browser tests can run here. Without Chromium they are skipped with a message on a
 * developer's machine, but in CI (CI=true) a missing browser is a broken install step: fail.
 */
export function browserAvailable(suite: string): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === 'true' || process.env.CI === '1') {
    throw new Error(`${suite}: ${CHROMIUM_PATH} is missing in CI; .ci/run must apt-get install -y chromium`);
  }
  console.warn(`[${suite}] SKIPPED: ${CHROMIUM_PATH} not found (apt-get install -y chromium to run the browser tests)`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

/** Jest's `describe` or `describe.skip`, chosen once per file. */
export function describeIfBrowser(suite: string): jest.Describe {
  return browserAvailable(suite) ? describe : describe.skip;
}
