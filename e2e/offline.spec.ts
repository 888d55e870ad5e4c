import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import sirv from 'sirv';
import {
  SimStream,
  coveredTexts,
  expect,
  keptKeys,
  openDashboard,
  test,
  twitchLine,
  violations,
} from './support';

/** Resolves once the page's service worker has installed (every file cached) and controls it. */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 20_000,
  });
}

test('index.html links the manifest: Chatdeck, standalone, relative start, icons of their sizes', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await expect(page.getByRole('form', { name: 'Connect' })).toBeVisible();
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('./manifest.webmanifest');
  const manifestUrl = new URL(href!, page.url()).href;
  const manifest = (await (await request.get(manifestUrl)).json()) as {
    name: string;
    short_name: string;
    display: string;
    start_url: string;
    scope: string;
    theme_color: string;
    icons: Array<{ src: string; sizes: string; purpose: string }>;
  };
  expect(manifest).toMatchObject({
    name: 'Chatdeck',
    short_name: 'Chatdeck',
    display: 'standalone',
    start_url: './',
    scope: './',
  });
  expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
    '192x192 any',
    '512x512 any',
    '512x512 maskable',
  ]);
  for (const icon of manifest.icons) {
    const src = new URL(icon.src, manifestUrl).href;
    const size = await page.evaluate(async (url) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      return `${image.naturalWidth}x${image.naturalHeight}`;
    }, src);
    expect(size, icon.src).toBe(icon.sizes);
  }
  // The browser bar's colour follows the scheme.
  const themes = await page
    .locator('meta[name="theme-color"]')
    .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('media')));
  expect(themes).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
});

test.describe('with no network', () => {
  // The browser logs each request that cannot leave.
  test.use({ expectedConsoleErrors: /ERR_INTERNET_DISCONNECTED/ });

  test('opened again with no network: the app loads, says Offline, shows the kept chat, exports; back online it connects', async ({
    page,
    context,
    request,
  }) => {
    const stream = await SimStream.create(request);
    await openDashboard(page, stream);
    await stream.chat(
      twitchLine('said before the network went', { from: { id: '1', name: 'early_bird' } }),
      twitchLine('kept on this device', { from: { id: '2', name: 'keeper' } }),
    );
    const chat = page.getByRole('log', { name: 'Chat' });
    await expect(chat.getByRole('article')).toHaveCount(2);
    await expect.poll(async () => (await keptKeys(page, 'lines')).length).toBeGreaterThanOrEqual(2);
    await controlledByServiceWorker(page);

    await context.setOffline(true);
    await page.reload();
    const connection = page.getByRole('status', { name: 'Connection' });
    await expect(connection).toContainText('Offline');
    await expect(chat.getByRole('article')).toHaveCount(2);
    await expect(chat.getByRole('article').nth(0)).toContainText('said before the network went');
    await expect(chat.getByRole('article').nth(1)).toContainText('kept on this device');
    // No countdown to a retry that cannot work: it stays Offline.
    await page.waitForTimeout(1_500);
    await expect(connection).toContainText('Offline');
    await expect(connection).not.toContainText(/\d+ s/);

    // The multistreamer's API is never answered from the cache: offline, it is unreachable.
    const api = await page.evaluate(() =>
      fetch('./api/v1/streams').then(
        (response) => `answered ${response.status}`,
        () => 'failed',
      ),
    );
    expect(api).toBe('failed');

    // Export and Recap work from the kept lines.
    await page.getByRole('button', { name: 'Export chat' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Text', exact: true }).click(),
    ]);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(exported).toContain('said before the network went');
    expect(exported).toContain('kept on this device');
    await page.getByRole('button', { name: 'Recap' }).click();
    const recap = page.getByRole('dialog', { name: 'Recap' });
    await expect(recap).toBeVisible();
    await expect(recap).toContainText('early_bird');
    await recap.getByRole('button', { name: 'Done' }).click();

    await context.setOffline(false);
    await expect(connection).toHaveText('Connected');
    await stream.chat(twitchLine('live again', { from: { id: '3', name: 'returning' } }));
    await expect(chat.getByRole('article').last()).toContainText('live again');
  });
});

test('a new build deployed over the old one is offered as "New version", and Reload loads it', async ({
  page,
  request,
  baseURL,
}, testInfo) => {
  test.setTimeout(150_000);
  // Build B: the same sources built with another default server, so its files differ.
  const buildB = mkdtempSync(join(tmpdir(), 'chatdeck-build-b-'));
  const server: { current: Server | null } = { current: null };
  try {
    await promisify(execFile)(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--outDir', buildB, '--emptyOutDir'],
      { env: { ...process.env, VITE_CHATDECK_SERVER: 'http://build-b.invalid' } },
    );
    const entryOf = (html: string) => /<script type="module"[^>]* src="([^"]+)"/.exec(html)![1]!;
    const entryA = entryOf(readFileSync('dist/index.html', 'utf8'));
    const entryB = entryOf(readFileSync(join(buildB, 'index.html'), 'utf8'));
    expect(entryB).not.toBe(entryA);

    // A static host serving build A in a sub-folder, then B deployed over it.
    const folder = '/apps/chatdeck/';
    let serve = sirv('dist', { dev: false, etag: true });
    // (Answered 200: the browser logs every 404 it loads as an error.)
    const hostsOwn = (res: ServerResponse) => res.writeHead(200).end('a page of the host');
    server.current = createServer((req, res) => {
      if (!req.url?.startsWith(folder)) return hostsOwn(res);
      req.url = req.url.slice(folder.length - 1);
      serve(req, res, () => {
        hostsOwn(res);
      });
    });
    await new Promise<void>((resolve) => server.current!.listen(0, '127.0.0.1', resolve));
    const host = `http://127.0.0.1:${(server.current.address() as AddressInfo).port}${folder}`;

    const stream = await SimStream.create(request);
    const address = `${host}?server=${encodeURIComponent(baseURL!)}&stream=${stream.id}#token=demo-token`;
    const connection = page.getByRole('status', { name: 'Connection' });
    const entry = page.locator('script[type="module"]');
    await page.goto(address);
    await expect(connection).toHaveText('Connected');
    await expect(entry).toHaveAttribute('src', entryA);
    await controlledByServiceWorker(page);
    // In the app's folder, only the app's page is the app: any other address is the host's.
    await page.goto(`${host}api/v1/streams`);
    await expect(page.locator('body')).toHaveText('a page of the host');
    await page.goto(address);
    await expect(connection).toHaveText('Connected');

    serve = sirv(buildB, { dev: false, etag: true });
    await stream.chat(twitchLine('mid-stream', { from: { id: '1', name: 'viewer' } }));
    // Opened again: still build A (from the cache) while B installs, then the notice.
    await page.reload();
    await expect(connection).toHaveText('Connected');
    await expect(entry).toHaveAttribute('src', entryA);
    const notice = page.getByRole('status').filter({ hasText: 'New version' });
    await expect(notice).toBeVisible({ timeout: 20_000 });
    await expect(notice).toContainText(/New version:\s*Reload/);
    // It never reloads by itself.
    await page.waitForTimeout(1_000);
    await expect(entry).toHaveAttribute('src', entryA);

    // Quiet: one line under the header, over nothing, in a desktop window and a narrow dock.
    for (const [width, height] of [
      [1280, 800],
      [360, 640],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: testInfo.outputPath(`update-notice-${width}.png`) });
      expect(await coveredTexts(page), `text drawn over at ${width} px`).toEqual([]);
      const log = (await page.getByRole('log', { name: 'Chat' }).boundingBox())!;
      expect(log.height, `the chat's height at ${width} px`).toBeGreaterThanOrEqual(height / 2);
    }
    expect(await violations(page)).toEqual([]);

    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(entry).toHaveAttribute('src', entryB);
    await expect(connection).toHaveText('Connected');
    await expect(page.getByRole('status').filter({ hasText: 'New version' })).toHaveCount(0);
  } finally {
    await page.goto('about:blank');
    server.current?.closeAllConnections();
    server.current?.close();
    rmSync(buildB, { recursive: true, force: true });
  }
});
