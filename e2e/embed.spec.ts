import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import type { Page } from '@playwright/test';
import { SimStream, expect, openDashboard, test, twitchLine } from './support';

const APP_PATH = '/tools/chatdeck/';

/**
 * A plain static host on its own origin: dist/ under a sub-path, and a page that embeds the
 * widget (from the simulator's origin) in an iframe over a coloured background.
 */
async function startStaticHost(): Promise<{ origin: string; close: () => Promise<void> }> {
  const files = sirv('dist', { dev: false });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname === '/host.html') {
      const background = url.searchParams.get('bg') ?? '#000000';
      const src = url.searchParams.get('src') ?? '';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html>
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>Someone else's page</title>
<body style="margin:0;background:${background}">
<iframe title="Chat overlay" src="${src.replaceAll('"', '&quot;')}"
  style="border:0;width:480px;height:360px;display:block"></iframe>`);
      return;
    }
    if (url.pathname.startsWith(APP_PATH)) {
      req.url = `/${url.pathname.slice(APP_PATH.length)}${url.search}`;
      files(req, res, () => {
        res.writeHead(404).end();
      });
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let host: Awaited<ReturnType<typeof startStaticHost>>;
test.beforeAll(async () => {
  host = await startStaticHost();
});
test.afterAll(async () => {
  await host.close();
});

test('dist/ works from a sub-path of a plain static host, talking to another server', async ({
  page,
  request,
  baseURL,
}) => {
  const stream = await SimStream.create(request);
  const server = encodeURIComponent(baseURL!);
  await page.goto(
    `${host.origin}${APP_PATH}?server=${server}&stream=${stream.id}#token=demo-token`,
  );
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  await stream.chat(twitchLine('hello from a static host'));
  await expect(page.getByRole('log', { name: 'Chat' })).toContainText('hello from a static host');
  expect(page.url()).toBe(`${host.origin}${APP_PATH}?server=${server}&stream=${stream.id}`);
});

/** The iframe's area, screenshotted with the overlay shown and with it hidden. */
async function overlayPixels(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
) {
  const frame = page.locator('iframe');
  const shown = await page.screenshot({ clip });
  await frame.evaluate((element) => (element.style.visibility = 'hidden'));
  const hidden = await page.screenshot({ clip });
  await frame.evaluate((element) => (element.style.visibility = 'visible'));
  return { shown, hidden };
}

for (const [name, background] of [
  ['dark', '#18181b'],
  ['light', '#f4f4f5'],
] as const) {
  test(`the widget sits transparently in another origin's iframe over a ${name} page`, async ({
    page,
    request,
    baseURL,
  }, testInfo) => {
    const stream = await SimStream.create(request);
    const src = `${baseURL}/?widget&transparent&from_bottom&theme=dark&stream=${stream.id}#token=demo-token`;
    await page.goto(
      `${host.origin}/host.html?bg=${encodeURIComponent(background)}&src=${encodeURIComponent(src)}`,
    );
    const widget = page.frameLocator('iframe[title="Chat overlay"]');
    await expect(widget.getByRole('log', { name: 'Chat' })).toBeAttached();
    // A widget shows no connection status: wait until the server has it as a client.
    await expect.poll(() => stream.clients()).toBe(1);
    await stream.chat(
      twitchLine('first line over the scene'),
      twitchLine('Kappa', { markdown: `second line ![Kappa](${baseURL}/emoticons/v1/25/1.0)` }),
    );
    const lines = widget.getByRole('article');
    await expect(lines).toHaveCount(2);
    await expect(lines.last()).toBeInViewport();
    // Widget mode: chat only, nothing to type into, no header.
    await expect(widget.getByRole('form')).toHaveCount(0);
    await expect(widget.getByRole('banner')).toHaveCount(0);

    // Lines stack from the bottom, so the top of the frame is empty: there, the host page
    // must show through pixel for pixel.
    // (Polled: the first frames after a line lands may still be painting.)
    const same = async (clip: { x: number; y: number; width: number; height: number }) => {
      const { shown, hidden } = await overlayPixels(page, clip);
      return shown.equals(hidden);
    };
    await expect.poll(() => same({ x: 0, y: 0, width: 480, height: 120 })).toBe(true);
    // And where the lines are, the overlay does draw something.
    await expect.poll(() => same({ x: 0, y: 240, width: 480, height: 120 })).toBe(false);
    await page.screenshot({ path: testInfo.outputPath(`widget-over-${name}.png`) });
  });
}

test('the token never leaves in a Referer or an address, and is gone from the address bar', async ({
  page,
  request,
  baseURL,
}) => {
  const sent: Array<{ url: string; referer?: string }> = [];
  page.on('request', (outgoing) => {
    void outgoing
      .allHeaders()
      .then((headers) => sent.push({ url: outgoing.url(), referer: headers.referer }));
  });
  const referersSeen = async () =>
    ((await (await request.get('/_sim/referers')).json()) as { referers: string[] }).referers;
  const earlier = (await referersSeen()).length;
  const stream = await SimStream.create(request);
  await openDashboard(page, stream, 'show_picture');
  expect(page.url()).not.toContain('demo-token');
  expect(await page.evaluate(() => window.location.href)).not.toContain('token');

  await stream.chat(
    twitchLine('Kappa', {
      markdown: `emote ![Kappa](${baseURL}/emoticons/v1/25/1.0) and [a link](${baseURL}/emoticons/v1/25/1.0)`,
      from: { id: '5', name: 'pictured', picture: `${baseURL}/avatars/pictured.svg` },
    }),
  );
  const line = page.getByRole('log', { name: 'Chat' }).getByRole('article').last();
  await expect(line.getByRole('img', { name: 'Kappa' })).toBeVisible();
  await expect
    .poll(() => sent.filter((entry) => entry.url.includes('/avatars/pictured.svg')).length)
    .toBeGreaterThan(0);

  expect(sent.length).toBeGreaterThan(3);
  expect(sent.filter((entry) => entry.referer !== undefined)).toEqual([]);
  expect(sent.filter((entry) => entry.url.includes('demo-token'))).toEqual([]);
  // What the server saw, WebSocket upgrades included.
  expect((await referersSeen()).slice(earlier)).toEqual([]);

  // A chat link opens in a new tab without a Referer or an opener.
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    line.getByRole('link', { name: 'a link' }).click(),
  ]);
  await popup.waitForLoadState();
  expect(await popup.evaluate(() => [document.referrer, window.opener === null])).toEqual([
    '',
    true,
  ]);
  await popup.close();
});

test('works where the browser refuses storage (blocked third-party storage, sandboxes)', async ({
  page,
  request,
}) => {
  await page.addInitScript(() => {
    for (const name of ['sessionStorage', 'localStorage']) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    }
  });
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  expect(page.url()).not.toContain('demo-token');
  await stream.chat(twitchLine('chat without storage'));
  await expect(page.getByRole('log', { name: 'Chat' })).toContainText('chat without storage');
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.fill('typing still works');
  await expect(message).toHaveValue('typing still works');
});
