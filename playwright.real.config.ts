import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, HOW_TO_INSTALL, findChromium } from './scripts/find-chromium';

/**
 * `npm run test:real`: Chatdeck, served from a static host of its own, against a real
 * multistreamer named by MULTISTREAMER_URL and friends. One stream is shared by every test,
 * so they run one at a time.
 */
const browser = findChromium();
if (!browser) throw new Error(HOW_TO_INSTALL);
const PORT = Number(process.env.REAL_E2E_PORT ?? 4620);

const ignored: string[] = [];
if (!process.env.MULTISTREAMER_IRC) ignored.push('**/irc.spec.ts', '**/assistant.spec.ts');
if (!process.env.MULTISTREAMER_STOP || !process.env.MULTISTREAMER_START) {
  ignored.push('**/restart.spec.ts');
}

export default defineConfig({
  testDir: 'e2e-real',
  testIgnore: ignored,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: { ...browser, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx tsx scripts/serve-static.ts dist ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
