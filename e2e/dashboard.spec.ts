import { readFileSync } from 'node:fs';
import { SimStream, countPageSockets, expect, openDashboard, test, twitchLine } from './support';

const seed = JSON.parse(
  readFileSync(new URL('../src/testing/seed-messages.json', import.meta.url), 'utf8'),
) as { incoming: Array<Record<string, unknown>> };

test('connects at once from the address, shows who is live and how many watch', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  expect(page.url()).not.toContain('token');

  const accounts = page.getByRole('list', { name: 'Accounts' });
  await expect(accounts.getByRole('listitem')).toHaveCount(5);
  const twitch = accounts.getByRole('listitem').filter({ hasText: 'chatdeck_live' });
  await expect(twitch).toContainText('Twitch');
  await expect(twitch).toContainText('Live');
  await expect(
    accounts.getByRole('listitem').filter({ hasText: 'chatdeck_alt' }),
  ).not.toContainText('Live');

  const viewers = page.getByRole('region', { name: 'Viewers' });
  await expect(viewers).toContainText('Twitch: 1,284 viewers');
  await expect(viewers).toContainText('YouTube: 342 viewers');
  await expect(viewers).toContainText('Facebook: unknown');
  await expect(viewers).toContainText('1,626');
  await expect(viewers.getByRole('link', { name: /Twitch/ })).toHaveAttribute(
    'href',
    'https://twitch.tv/chatdeck_live',
  );

  const sent = await stream.received();
  expect(sent.slice(0, 2)).toEqual([{ type: 'status' }, { type: 'viewcount' }]);
});

test('follows the stream going offline and live again', async ({ page, request }) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await expect(page.getByText('Live', { exact: true }).first()).toBeVisible();
  await stream.control('live', { live: false });
  await expect(page.getByText('Stream not started').first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Accounts' }).getByRole('listitem')).toHaveCount(1);
  await stream.control('live', { live: true });
  await expect(page.getByRole('region', { name: 'Viewers' })).toContainText(
    'Twitch: 1,284 viewers',
  );
});

test('renders every documented chat frame in the unified chat', async ({ page, request }) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const chatFrames = seed.incoming.filter(
    (frame) => frame.type === 'text' || frame.type === 'emote',
  );
  await stream.chat(...chatFrames);
  const chat = page.getByRole('log', { name: 'Chat' });
  const articles = chat.getByRole('article');
  await expect(articles).toHaveCount(chatFrames.length);
  await expect(articles.nth(0)).toContainText('test: yay');
  await expect(articles.nth(1)).toContainText('private to john');
  await expect(articles.nth(1)).toContainText('hey ban this guy');
  await expect(articles.nth(2)).toContainText("gamethattunedev: here's a message from twitch");
  await expect(articles.nth(3)).toContainText('gamethattunedev is loving this');
});

test('shows Twitch emotes inline at text height and keeps the newest line in view', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const emoteUrl = 'http://127.0.0.1:4610/emoticons/v1/25/1.0';
  await stream.chat(
    ...Array.from({ length: 60 }, (_, i) => twitchLine(`line ${i + 1}`)),
    twitchLine('Kappa', { markdown: `look ![Kappa](${emoteUrl})` }),
  );
  const last = page.getByRole('log', { name: 'Chat' }).getByRole('article').last();
  await expect(last).toContainText('look');
  await expect(last).toBeInViewport();
  const emote = last.getByRole('img', { name: 'Kappa' });
  await expect(emote).toBeVisible();
  const box = await emote.boundingBox();
  expect(box?.height).toBeGreaterThan(20);
  expect(box?.height).toBeLessThan(34);
});

test('sends from a live account and shows the echo once, never a local copy', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const form = page.getByRole('form', { name: 'Send a message' });
  await expect(form.getByRole('combobox', { name: 'From' })).toHaveValue('14');
  await form.getByRole('textbox', { name: 'Message' }).fill('thanks for the raid!');
  await form.getByRole('textbox', { name: 'Message' }).press('Enter');
  const chat = page.getByRole('log', { name: 'Chat' });
  await expect(chat.getByRole('article').filter({ hasText: 'thanks for the raid!' })).toHaveCount(
    1,
  );
  await expect(form.getByRole('textbox', { name: 'Message' })).toHaveValue('');
  await page.waitForTimeout(300);
  await expect(chat.getByRole('article').filter({ hasText: 'thanks for the raid!' })).toHaveCount(
    1,
  );
  await expect(chat.getByRole('article').last()).toContainText(
    'chatdeck_live: thanks for the raid!',
  );
});

test('writes from a not-ready account through the writer flow', async ({ page, request }) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const form = page.getByRole('form', { name: 'Send a message' });
  await form
    .getByRole('combobox', { name: 'From' })
    .selectOption({ label: 'Twitch · chatdeck_alt' });
  await expect(form.getByRole('combobox', { name: 'To' })).toHaveValue('14');
  const message = form.getByRole('textbox', { name: 'Message' });
  await expect(message).toBeEnabled();
  await message.fill('/me says hi from the alt');
  await form.getByRole('button', { name: 'Send' }).click();
  const chat = page.getByRole('log', { name: 'Chat' });
  await expect(chat.getByRole('article').filter({ hasText: 'says hi from the alt' })).toContainText(
    'chatdeck_alt says hi from the alt',
  );
  const sent = await stream.received();
  expect(sent).toContainEqual({ type: 'writer', account_id: 17, cur_stream_account_id: 14 });
  expect(sent).toContainEqual({
    type: 'emote',
    account_id: 17,
    cur_stream_account_id: 14,
    text: 'says hi from the alt',
  });
});

test('says so when multistreamer never answers the writer request', async ({ page, request }) => {
  const stream = await SimStream.create(request, { ignoreWriter: true });
  await openDashboard(page, stream);
  await page.clock.install();
  const form = page.getByRole('form', { name: 'Send a message' });
  await form
    .getByRole('combobox', { name: 'From' })
    .selectOption({ label: 'Twitch · chatdeck_alt' });
  await expect(form.getByText(/Asking multistreamer for a writer/)).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Message' })).toBeDisabled();
  await page.clock.fastForward(11_000);
  await expect(form.getByRole('alert')).toContainText('No writer from multistreamer after 10 s');
  await expect(form.getByRole('button', { name: 'Ask again' })).toBeVisible();
});

test('sends IRC lines and private messages through the internal chat', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.fill('/irc mods, eyes on chat');
  await message.press('Enter');
  await message.fill('/msg alice can you clip that?');
  await message.press('Enter');
  const chat = page.getByRole('log', { name: 'Chat' });
  await expect(chat.getByRole('article').filter({ hasText: 'mods, eyes on chat' })).toContainText(
    'demo: mods, eyes on chat',
  );
  await expect(chat.getByRole('article').filter({ hasText: 'clip that' })).toContainText(
    'private to alice',
  );
});

test('reconnects by itself after the server drops the connection', async ({ page, request }) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await stream.control('drop');
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText(
    /Reconnecting in \d+ s/,
  );
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected', {
    timeout: 10_000,
  });
  const statusRequests = (await stream.received()).filter((command) => command.type === 'status');
  expect(statusRequests.length).toBeGreaterThanOrEqual(2);
});

test("the WebSocket lives in Chatdeck's own worker, off the page's main thread", async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  const pageSockets = await countPageSockets(page);
  await openDashboard(page, stream);
  expect(page.workers().map((worker) => worker.url())).toEqual([
    expect.stringMatching(/\/assets\/socket-worker-[\w-]+\.js$/),
  ]);
  expect(await pageSockets()).toBe(0);
  await stream.chat(twitchLine('through the worker'));
  await expect(page.getByRole('log', { name: 'Chat' })).toContainText('through the worker');
});
