import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startNode, type NodeProcess } from './processes';
import { expect, test } from './support';

// One `npm start` (the dev server and the simulator) for every test here, in order: starting
// it cold takes a core for a quarter of a minute. The stream ends in the last test.
test.describe.configure({ mode: 'serial' });

const server = {} as { process: NodeProcess; url: string; simulator: string; opened: string };

test.beforeAll(async () => {
  test.setTimeout(90_000);
  // Vite runs a BROWSER ending in .js with node, the URL as its last argument.
  const dir = mkdtempSync(join(tmpdir(), 'chatdeck-open-'));
  server.opened = join(dir, 'opened.txt');
  const browser = join(dir, 'browser.js');
  writeFileSync(
    browser,
    `require('node:fs').writeFileSync(${JSON.stringify(server.opened)}, process.argv.at(-1));`,
  );
  writeFileSync(join(dir, 'package.json'), '{"type":"commonjs"}');
  // What `npm start -- --open` runs, started directly so that Ctrl-C (SIGINT) reaches it.
  server.process = await startNode('scripts/start.ts', ['--open'], {
    ready: /Open: (\S+)[\s\S]*Simulator: (\S+)/,
    env: { PORT: '4690', SIMULATOR_PORT: '4691', BROWSER: browser },
  });
  [, server.url = '', server.simulator = ''] = server.process.ready;
});

test.afterEach(async ({ page }) => {
  // The page leaves first: a dev server stopped under an open page resets its requests.
  await page.goto('about:blank');
});

test.afterAll(async () => {
  await server.process?.stop('SIGINT');
});

test('npm start prints a URL, opens it in the browser with --open, and it is connected to a live demo', async ({
  page,
}) => {
  test.setTimeout(90_000);
  expect(server.url).toContain('stream=1');
  await expect
    .poll(() => (existsSync(server.opened) ? readFileSync(server.opened, 'utf8') : ''), {
      timeout: 20_000,
    })
    .toBe(server.url);
  await page.goto(server.url);
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
  expect(server.simulator).toContain('4691');
  // The dev server's own address, with nothing said: the Connect form.
  await page.goto(new URL('/', server.url).href);
  const form = page.getByRole('form', { name: 'Connect' });
  await expect(form.getByLabel('Server')).toHaveValue(server.simulator, { timeout: 30_000 });
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

// `npm start` serves React's development build (StrictMode: every effect starts, stops and
// starts again): what a new user tries first must keep the chat as the built page does.
test('under npm start the demo chat is kept: Export as Text, Earlier after a reload, Recap', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto(server.url);
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected', {
    timeout: 30_000,
  });
  const chat = page.getByRole('log', { name: 'Chat' });
  await expect
    .poll(async () => Number(await chat.getAttribute('data-messages')), { timeout: 90_000 })
    .toBeGreaterThanOrEqual(40);
  const shown = Number(await chat.getAttribute('data-messages'));

  await page.getByRole('button', { name: 'Export chat' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Text', exact: true }).click(),
  ]);
  const exported = readFileSync((await download.path())!, 'utf8')
    .trimEnd()
    .split('\n');
  // The log folds repeats and hides bot commands; the file holds every line kept.
  expect(exported.length).toBeGreaterThanOrEqual(shown);
  for (const line of exported) expect(line).toMatch(/^\[\d{4}-\d\d-\d\d [\d:]{8}\] \[\w+\] \S/);

  // The stream ends: its recap opens by itself and names who talked most.
  const ended = await fetch(`${server.simulator}/_sim/streams/1/live`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ live: false }),
  });
  expect(ended.ok).toBe(true);
  await expectTopChatters(page, exported);
  await page.getByRole('dialog', { name: 'Recap' }).getByRole('button', { name: 'Done' }).click();

  await page.reload();
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected', {
    timeout: 30_000,
  });
  const earlier = chat.getByRole('separator', { name: 'Earlier' });
  await expect(earlier).toBeVisible({ timeout: 15_000 });
  const lastKept = chat
    .locator('.chat-row')
    .filter({ has: page.getByRole('separator', { name: 'Earlier' }) })
    .getByRole('article');
  await expect(lastKept).toBeVisible();
  expect((await lastKept.boundingBox())!.y).toBeLessThan((await earlier.boundingBox())!.y);
  // The kept lines drawn above "Earlier" include lines the export held (the newest kept
  // ones may have been said after the export, while the recap was open).
  const earlierTop = (await earlier.boundingBox())!.y;
  const keptShown: string[] = [];
  for (const row of await chat.getByRole('article').all()) {
    const box = await row.boundingBox();
    if (box && box.y < earlierTop) keptShown.push((await row.textContent()) ?? '');
  }
  const exportedTexts = exported.map((line) => line.replace(/^.*?\] \[\w+\] \S+:? /, ''));
  expect(keptShown.some((said) => exportedTexts.some((text) => said.includes(text)))).toBe(true);

  await page.getByRole('button', { name: 'Recap' }).click();
  await expectTopChatters(page, exported);
});

/** The Recap dialog is open and names top chatters, each found in the exported lines. */
async function expectTopChatters(page: Page, exported: readonly string[]): Promise<void> {
  const recap = page.getByRole('dialog', { name: 'Recap' });
  await expect(recap).toBeVisible();
  await expect(recap).not.toContainText('Nobody chatted');
  const top = recap.getByRole('region', { name: 'Top chatters' }).getByRole('listitem');
  await expect(top.first()).toBeVisible();
  // The one who talked most was already talking when the chat was exported (others named
  // further down may have said their first line since).
  for (const item of [await top.first().textContent()]) {
    const name = (item ?? '').replace(/\s*\(.*$/, '');
    expect(exported.some((line) => line.includes(`] ${name}`))).toBe(true);
  }
}
