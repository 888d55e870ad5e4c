/**
 * Finds a Chromium for the e2e tests and the benchmark: CHROMIUM_PATH, else Playwright's own
 * browser, else a system one. `--check` exits at once with one line when there is none.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags for headless Chromium on a locked-down machine (root, no GPU, closed network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export const HOW_TO_INSTALL =
  'No Chromium found: run `npx playwright install chromium`, or `apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium binary.';

/** The browser to launch: undefined means Playwright's own (installed) browser. */
export function findChromium(): { executablePath?: string } | null {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { executablePath: fromEnv } : null;
  try {
    if (existsSync(chromium.executablePath())) return {};
  } catch {
    // Playwright has no browser of its own here; look for the system's.
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  return system ? { executablePath: system } : null;
}

if (process.argv.includes('--check')) {
  const found = findChromium();
  if (!found) {
    console.error(HOW_TO_INSTALL);
    process.exit(1);
  }
  console.log(`Chromium for the e2e tests: ${found.executablePath ?? "Playwright's own"}`);
}
