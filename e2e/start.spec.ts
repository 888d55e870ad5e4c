import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNode, type NodeProcess } from './processes';
import { expect, test } from './support';

let started: NodeProcess | undefined;

test.afterEach(async ({ page }) => {
  // The page leaves first: a dev server stopped under an open page resets its requests.
  await page.goto('about:blank');
  await started?.stop('SIGINT');
  started = undefined;
});

test('npm start prints a URL that opens already connected to a live demo', async ({ page }) => {
  test.setTimeout(90_000);
  // What `npm start` runs, started directly so that Ctrl-C (SIGINT) reaches it.
  started = await startNode('scripts/start.ts', [], {
    ready: /Open: (\S+)/,
    env: { PORT: '4690', SIMULATOR_PORT: '4691' },
  });
  const url = started.ready[1]!;
  expect(url).toContain('stream=1');
  await page.goto(url);
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected', {
    timeout: 30_000,
  });
  await expect(page.getByRole('list', { name: 'Accounts' })).toContainText('Live', {
    timeout: 15_000,
  });
  await expect(page.getByRole('log', { name: 'Chat' }).getByRole('article').first()).toBeVisible({
    timeout: 15_000,
  });
});

test('npm start -- --open opens that URL in the browser', async ({ page }) => {
  test.setTimeout(90_000);
  // Vite runs a BROWSER ending in .js with node, the URL as its last argument.
  const dir = mkdtempSync(join(tmpdir(), 'chatdeck-open-'));
  const opened = join(dir, 'opened.txt');
  const browser = join(dir, 'browser.js');
  writeFileSync(
    browser,
    `require('node:fs').writeFileSync(${JSON.stringify(opened)}, process.argv.at(-1));`,
  );
  writeFileSync(join(dir, 'package.json'), '{"type":"commonjs"}');
  started = await startNode('scripts/start.ts', ['--open'], {
    ready: /Open: (\S+)/,
    env: { PORT: '4695', SIMULATOR_PORT: '4696', BROWSER: browser },
  });
  await expect
    .poll(() => (existsSync(opened) ? readFileSync(opened, 'utf8') : ''), {
      timeout: 20_000,
    })
    .toBe(started.ready[1]);
  await page.goto(readFileSync(opened, 'utf8'));
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected', {
    timeout: 30_000,
  });
});
