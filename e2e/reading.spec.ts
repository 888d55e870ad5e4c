import type { Page } from '@playwright/test';
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

const chatOf = (page: Page) => page.getByRole('log', { name: 'Chat' });

test('settings made in the dashboard apply at once to an open widget page of the same origin', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const widget = await page.context().newPage();
  await widget.goto(stream.url('widget'));
  await expect.poll(() => stream.clients()).toBe(2);
  await stream.chat(
    twitchLine('is the giveaway on?', { from: { id: '1', name: 'asker' } }),
    twitchLine('buy cheap followers', { from: { id: '2', name: 'spambot' } }),
  );
  await expect(chatOf(widget).getByRole('article')).toHaveCount(2);

  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('textbox', { name: 'Highlight words' }).fill('giveaway, hype');
  await settings.getByRole('textbox', { name: 'Hidden users' }).fill('spambot');
  await settings.getByRole('button', { name: 'Done' }).click();
  await expect(settings).toBeHidden();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();

  // The widget, open all along, follows: the hidden user's line is gone, the word stands out.
  const lines = chatOf(widget).getByRole('article');
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toContainText('is the giveaway on?');
  await expect(lines.first()).toHaveAttribute('data-highlight', /\bkeyword\b/);
  await stream.chat(twitchLine('more spam', { from: { id: '2', name: 'spambot' } }));
  await stream.chat(twitchLine('HYPE', { from: { id: '3', name: 'fan' } }));
  await expect(lines).toHaveCount(2);
  await expect(lines.last()).toHaveAttribute('data-highlight', /\bkeyword\b/);
  // The dashboard counts what it hides, and shows it on demand.
  await page.getByRole('button', { name: '2 hidden' }).click();
  await expect(chatOf(page).getByRole('article')).toHaveCount(4);
  await widget.close();
});

test('a first-time chatter is marked once, and not again after a reload', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  // This device marks from the first line (by default it first learns who chats for an hour).
  await expect(page.getByText(/^Learning who chats here: 60 min left$/)).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  const learn = settings.getByRole('spinbutton', { name: 'Learn chatters for (minutes)' });
  await expect(learn).toHaveValue('60');
  await learn.fill('0');
  await settings.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText(/Learning/)).toHaveCount(0);
  const chatter = { id: 'first-77', name: 'newcomer77' };
  await stream.chat(twitchLine('hello, first time here', { from: chatter }));
  await stream.chat(twitchLine('still me', { from: chatter }));
  const lines = chatOf(page).getByRole('article');
  await expect(lines).toHaveCount(2);
  await expect(lines.first()).toHaveAttribute('data-highlight', 'first');
  await expect(lines.first()).toContainText('first message');
  await expect(lines.last()).not.toHaveAttribute('data-highlight');

  // The device remembers (IndexedDB): after a reload the same chatter is a returning one.
  await expect
    .poll(() => keptKeys(page, 'chatters'))
    .toContainEqual(expect.stringContaining('first-77'));
  await page.reload();
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  await stream.chat(twitchLine('back again', { from: chatter }));
  await stream.chat(twitchLine('someone new', { from: { id: 'first-78', name: 'other78' } }));
  // The lines before the reload may be kept on the device too (above "Earlier"), or not yet.
  const live = lines.filter({ hasText: /back again|someone new/ });
  await expect(live).toHaveCount(2);
  await expect(live.first()).toContainText('back again');
  await expect(live.first()).not.toHaveAttribute('data-highlight');
  await expect(live.last()).toHaveAttribute('data-highlight', 'first');
});

test('while the device learns who chats here nobody is marked, and the dashboard says how long', async ({
  page,
  request,
}) => {
  // The page's clock (flowing as usual) is the test's, to move on later.
  await page.clock.install();
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const learning = page.getByText(/^Learning who chats here: \d+ min left$/);
  await expect(learning).toHaveText('Learning who chats here: 60 min left');
  await stream.chat(
    twitchLine('hello, first time here', { from: { id: 'new-1', name: 'newcomer1' } }),
    twitchLine('me too', { from: { id: 'new-2', name: 'newcomer2' } }),
  );
  const lines = chatOf(page).getByRole('article');
  await expect(lines).toHaveCount(2);
  await expect(lines.first()).not.toHaveAttribute('data-highlight');
  await expect(lines.last()).not.toHaveAttribute('data-highlight');
  await expect(chatOf(page)).not.toContainText('first message');
  // A quiet line of its own: nothing drawn over chat, nor it over anything.
  expect(await coveredTexts(page)).toEqual([]);
  expect(await violations(page)).toEqual([]);
  // The chatters seen while learning are remembered all the same.
  await expect
    .poll(() => keptKeys(page, 'chatters'))
    .toContainEqual(expect.stringContaining('new-2'));

  // Time followed counts down (the page's clock moved on a quarter of an hour).
  await page.clock.fastForward(15 * 60_000);
  await expect(learning).toHaveText('Learning who chats here: 45 min left');
});

test('search from the keyboard finds a line 5,000 lines back and shows it in the log', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await stream.chat(
    twitchLine('the needle-in-the-haystack line', { from: { id: '9', name: 'finder' } }),
  );
  await stream.control('burst', { count: 5_000 });
  const log = chatOf(page);
  await expect(log).toHaveAttribute('data-messages', '5001');
  const needle = log.getByRole('article').filter({ hasText: 'needle-in-the-haystack' });
  await expect(needle).toHaveCount(0);

  await log.focus();
  await page.keyboard.press('Control+f');
  const box = page.getByRole('searchbox', { name: 'Search chat' });
  await expect(box).toBeFocused();
  await page.keyboard.type('needle from:finder');
  const results = page.getByRole('list', { name: 'Search results' }).getByRole('listitem');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('finder');
  await expect(results.first().locator('mark')).toHaveText('needle');
  await page.keyboard.press('ArrowDown');
  await expect(results.first().getByRole('button')).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(box).toBeHidden();
  await expect(needle).toBeInViewport();
  await expect(log).toBeFocused();
  // The log is paused there: newer lines do not carry it away.
  await stream.chat(twitchLine('a newer line'));
  await expect(log).toHaveAttribute('data-messages', '5002');
  await expect(needle).toBeInViewport();
  await expect(page.getByRole('button', { name: /new message/ })).toBeVisible();
});

test('a user card opens from a name, lists their lines, and Reply answers them', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const aiko = { id: 'UCaiko', name: 'Aiko Tanaka' };
  const youtube = { network: 'youtube', account_id: 15 };
  await stream.chat(
    twitchLine('what keyboard is that?', { ...youtube, from: aiko }),
    twitchLine('unrelated', { from: { id: '4', name: 'other' } }),
    twitchLine('and which switches?', { ...youtube, from: aiko }),
  );
  // Her later line's name (by its text: both her lines carry one, and they may arrive apart).
  const name = chatOf(page)
    .getByRole('article')
    .filter({ hasText: 'and which switches?' })
    .getByRole('button', { name: 'Aiko Tanaka' });
  await name.click();
  const card = page.getByRole('dialog', { name: 'Aiko Tanaka' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('YouTube');
  await expect(card).toContainText('2 lines kept');
  const recent = card.getByRole('list', { name: 'Recent messages' }).getByRole('listitem');
  await expect(recent).toHaveText([/and which switches\?/, /what keyboard is that\?/]);

  // Escape closes it and the focus is back on the name.
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(name).toBeFocused();

  await page.keyboard.press('Enter');
  await card.getByRole('button', { name: 'Reply' }).click();
  const message = page.getByRole('textbox', { name: 'Message' });
  await expect(message).toBeFocused();
  await expect(message).toHaveValue('@Aiko Tanaka ');
  await expect(page.getByRole('form', { name: 'Send a message' })).toContainText(
    'Replying to Aiko Tanaka',
  );
  await expect(page.getByRole('combobox', { name: 'To' })).toHaveValue('15');
  await page.keyboard.type('a brown one');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await stream.received()).filter((command) => command.type === 'text'))
    .toEqual([
      expect.objectContaining({
        account_id: 15,
        cur_stream_account_id: 15,
        text: '@Aiko Tanaka a brown one',
      }),
    ]);
  await expect(page.getByText('Replying to')).toBeHidden();
});

test('streamer mode from the address hides private messages, pictures and link targets', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream, 'streamer_mode&show_picture');
  await stream.chat(
    twitchLine('psst, the password is hunter2', {
      from: { id: '5', name: 'mod' },
      to: { name: 'demo' },
    }),
    twitchLine('see https://private.example/invite/abc', {
      markdown: '[https://private.example/invite/abc](https://private.example/invite/abc)',
      from: { id: '6', name: 'linker', picture: 'http://127.0.0.1:4610/avatars/linker.svg' },
    }),
  );
  const lines = chatOf(page).getByRole('article');
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toContainText('private.example');
  await expect(lines.first()).not.toContainText('invite/abc');
  await expect(lines.first().getByRole('link')).toHaveCount(0);
  await expect(lines.first().locator('img')).toHaveCount(0);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('checkbox', { name: 'Streamer mode' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Settings' })).toContainText('streamer_mode');
});
