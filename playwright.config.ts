import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, HOW_TO_INSTALL, findChromium } from './scripts/find-chromium';

const browser = findChromium();
if (!browser) throw new Error(HOW_TO_INSTALL);

/** The simulator serves the built dashboard (dist/) beside the simulated multistreamer. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4610);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // Half the cores, two at least (Playwright's default gives a 2-core machine one worker).
  workers: Math.max(2, Math.ceil(availableParallelism() / 2)),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    browserName: 'chromium',
    launchOptions: { ...browser, args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'off',
  },
  webServer: {
    command: `npx tsx simulator/cli.ts --port ${E2E_PORT} --scenario idle --serve dist`,
    url: `http://127.0.0.1:${E2E_PORT}/index.html`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
