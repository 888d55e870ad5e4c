import { readFileSync } from 'node:fs';
import { SimStream, expect, openDashboard, test, twitchLine, violations } from './support';

const texts = async (stream: SimStream) =>
  (await stream.received()).flatMap((command) =>
    command.type === 'text' ? [String(command.text)] : [],
  );

test('/giveaway: announced on every live account, the chatters of every network enter once, Draw shows and announces the winner on every account and on a ?giveaway overlay, Draw again, the export holds it', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const overlay = await page.context().newPage();
  await overlay.goto('/?giveaway');

  const message = page.getByRole('textbox', { name: 'Message' });
  await expect(message).toBeEditable();
  await message.fill('/giveaway cake 60s');
  await message.press('Enter');
  await expect(message).toHaveValue('');
  // Twitch and YouTube can be written to (Facebook is read-only in the simulator).
  await expect
    .poll(async () =>
      (await texts(stream)).filter((text) => text.startsWith('GIVEAWAY: type cake')),
    )
    .toHaveLength(2);

  const giveaway = page.getByRole('region', { name: 'Giveaway' });
  // The simulator's six Twitch and four YouTube chatters type the keyword.
  await expect(giveaway).toContainText('10 entries', { timeout: 15_000 });
  await expect(giveaway).toContainText('Twitch 6');
  await expect(giveaway).toContainText('YouTube 4');
  await expect(overlay.getByRole('region', { name: 'Giveaway' })).toContainText('Type cake');
  // The streamer's own account never enters; a chatter who types it twice enters once.
  await stream.chat(
    twitchLine('cake', { from: { name: 'chatdeck_live' } }),
    twitchLine('cake', { from: { id: '77', name: 'newcomer' } }),
    twitchLine('cake', { from: { id: '77', name: 'newcomer' } }),
  );
  await expect(giveaway).toContainText('11 entries');
  expect(await violations(page)).toEqual([]);

  await giveaway.getByRole('button', { name: 'Draw', exact: true }).click();
  const winner = giveaway.getByRole('status');
  await expect(winner).toContainText(/^Winner: /);
  const first = ((await winner.textContent()) ?? '').replace(/^Winner: (.+?) \(.*$/, '$1');
  await expect(overlay.getByRole('region', { name: 'Giveaway' })).toContainText(`Winner: ${first}`);
  await expect
    .poll(async () =>
      (await texts(stream)).filter((text) => text.startsWith(`GIVEAWAY Winner: ${first} (`)),
    )
    .toHaveLength(2);
  await page.screenshot({ path: 'test-results/assistant-giveaway-1280.png' });

  await giveaway.getByRole('button', { name: 'Draw again' }).click();
  await expect(winner).not.toContainText(`Winner: ${first} (`);

  await page.getByRole('button', { name: 'Export chat' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'JSON', exact: true }).click(),
  ]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    giveaways: { keyword: string; entrants: unknown[]; winners: { name: string }[] }[];
  };
  expect(exported.giveaways).toHaveLength(1);
  expect(exported.giveaways[0]!.keyword).toBe('cake');
  expect(exported.giveaways[0]!.entrants).toHaveLength(11);
  expect(exported.giveaways[0]!.winners[0]!.name).toBe(first);
  expect(exported.giveaways[0]!.winners).toHaveLength(2);
});

test('Start giveaway in the panel of a narrow window', async ({ page, request }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const giveaway = page.getByRole('region', { name: 'Giveaway' });
  const fold = giveaway.getByRole('button', { name: 'Giveaway' });
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await fold.click();
  await giveaway.getByRole('textbox', { name: 'Keyword' }).fill('!enter');
  await giveaway.getByRole('button', { name: 'Start giveaway' }).click();
  await expect(giveaway).toContainText(/\d+ entries/);
  await expect(giveaway).toContainText('10 entries', { timeout: 15_000 });
  await page.screenshot({ path: 'test-results/assistant-giveaway-360.png' });
});

test.describe("the giveaway's code on its way", () => {
  // The page's files come from the server, where the test holds or fails them (a service
  // worker would answer from its cache, past page.route).
  test.use({ serviceWorkers: 'block' });

  test('a /giveaway typed before the assistant has loaded waits for it and runs as the command', async ({
    page,
    request,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 1280, height: 800 });
    const stream = await SimStream.create(request);
    // The giveaway's code is held on its way until the draft is typed.
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    await page.route('**/assets/giveaway-*.js', async (route) => {
      await arrived;
      await route.continue();
    });
    await openDashboard(page, stream);
    const message = page.getByRole('textbox', { name: 'Message' });
    await expect(message).toBeEditable();
    await message.fill('/giveaway cake 60s');
    await message.press('Enter');
    // It waits: not sent as chat text, and still in the box.
    await page.waitForTimeout(500);
    await expect(message).toHaveValue('/giveaway cake 60s');
    expect((await texts(stream)).filter((text) => /giveaway/i.test(text))).toEqual([]);

    arrive();
    await expect(message).toHaveValue('');
    await expect
      .poll(async () =>
        (await texts(stream)).filter((text) => text.startsWith('GIVEAWAY: type cake')),
      )
      .toHaveLength(2);
    expect((await texts(stream)).some((text) => text.startsWith('/giveaway'))).toBe(false);
    await expect(page.getByRole('region', { name: 'Giveaway' })).toContainText('10 entries', {
      timeout: 15_000,
    });
  });

  test.describe('unreachable', () => {
    // The browser logs the failed fetch of the file, and the panel its failed import.
    test.use({
      expectedConsoleErrors: /Failed to load resource|Failed to fetch dynamically imported module/,
    });
    test('a /giveaway whose code cannot load says so, and the draft stays', async ({
      page,
      request,
    }) => {
      const stream = await SimStream.create(request);
      // Offline, or a new deploy took the file away.
      await page.route('**/assets/giveaway-*.js', (route) => route.abort());
      await openDashboard(page, stream);
      const message = page.getByRole('textbox', { name: 'Message' });
      await expect(message).toBeEditable();
      await message.fill('/giveaway pie');
      await message.press('Enter');
      await expect(page.getByText('The giveaway could not load. Try again.')).toBeVisible();
      await expect(message).toHaveValue('/giveaway pie');
      expect((await texts(stream)).filter((text) => /pie/.test(text))).toEqual([]);
      await page.screenshot({ path: 'test-results/assistant-giveaway-could-not-load.png' });
    });
  });
});
