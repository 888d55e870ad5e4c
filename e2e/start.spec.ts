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

test('under npm start the Connect form points at the simulator: the demo account signs in', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const said: string[] = [];
  page.on('console', (message) => said.push(message.text()));
  started = await startNode('scripts/start.ts', [], {
    ready: /Simulator: (\S+)/,
    env: { PORT: '4692', SIMULATOR_PORT: '4693' },
  });
  const simulator = started.ready[1]!;
  expect(simulator).toContain('4693');
  // The dev server's own address, with nothing said: the Connect form.
  await page.goto('http://127.0.0.1:4692/');
  const form = page.getByRole('form', { name: 'Connect' });
  await expect(form.getByLabel('Server')).toHaveValue(simulator, { timeout: 30_000 });
  await form.getByLabel('Username').fill('demo');
  await form.getByLabel('Password').fill('demo');
  await form.getByRole('button', { name: 'Sign in' }).click();
  const open = form.getByRole('button', { name: /^Open / }).first();
  await expect(open).toBeVisible({ timeout: 15_000 });
  await open.click();
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected', {
    timeout: 30_000,
  });
  expect(said.filter((text) => /multiple forms|own form element/i.test(text))).toEqual([]);
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
