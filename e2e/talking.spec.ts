import AxeBuilder from '@axe-core/playwright';
import { SimStream, expect, openDashboard, test, twitchLine } from './support';

type Sent = { type?: string; account_id?: number; cur_stream_account_id?: number; text?: string };
const chatLines = (sent: Array<Record<string, unknown>>) =>
  sent.filter((command) => command.type === 'text' || command.type === 'emote') as Sent[];

test('Reply on a YouTube line sends one frame to the YouTube account with @name', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await stream.chat(
    twitchLine('where are you streaming from?', {
      network: 'youtube',
      account_id: 15,
      from: { id: 'UCdev', name: 'Dev Patel' },
    }),
  );
  const line = page.getByRole('log', { name: 'Chat' }).getByRole('article').last();
  await line.hover();
  await line.getByRole('button', { name: 'Reply' }).click();
  const message = page.getByRole('textbox', { name: 'Message' });
  await expect(message).toBeFocused();
  await expect(message).toHaveValue('@Dev Patel ');
  await expect(page.getByRole('combobox', { name: 'To' })).toHaveValue('15');
  await message.pressSequentially('Berlin!');
  await message.press('Enter');
  await expect
    .poll(async () => chatLines(await stream.received()))
    .toEqual([
      { type: 'text', account_id: 15, cur_stream_account_id: 15, text: '@Dev Patel Berlin!' },
    ]);
});

test('"All live accounts" sends one frame per live writable account and reports the read-only one', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await page.getByRole('combobox', { name: 'To' }).selectOption({ label: 'All live accounts' });
  await expect(page.getByRole('combobox', { name: 'From' })).toBeDisabled();
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.fill('hello everyone!');
  await message.press('Enter');
  await expect
    .poll(async () =>
      chatLines(await stream.received()).map((command) => [
        command.account_id,
        command.cur_stream_account_id,
        command.text,
      ]),
    )
    .toEqual([
      [14, 14, 'hello everyone!'],
      [15, 15, 'hello everyone!'],
    ]);
  const fates = page.getByRole('list', { name: 'Waiting to send' });
  await expect(fates).toContainText('Sent to Twitch · chatdeck_live');
  await expect(fates).toContainText('Sent to YouTube · Chatdeck Live');
  // The read-only network is skipped by design: a neutral line, not an alert, gone in a moment.
  const skipped = fates.getByRole('listitem').filter({ hasText: 'Facebook · Chatdeck Page' });
  await expect(skipped).toContainText('skipped: read-only');
  await expect(skipped).not.toContainText('Not sent');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(skipped).toHaveCount(0, { timeout: 10_000 });
  // Each network echoes the line once: nothing went twice.
  await expect(
    page
      .getByRole('log', { name: 'Chat' })
      .getByRole('article')
      .filter({ hasText: 'hello everyone!' }),
  ).toHaveCount(2);
});

test('an over-limit YouTube line is refused with the reason, and Up recalls the last line', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await page
    .getByRole('combobox', { name: 'From' })
    .selectOption({ label: 'YouTube · Chatdeck Live' });
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.fill('x'.repeat(210));
  await expect(page.getByRole('form', { name: 'Send a message' })).toContainText(
    '10 over for YouTube',
  );
  await message.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'Too long for YouTube by 10 characters (200 at most).',
  );
  expect(chatLines(await stream.received())).toEqual([]);

  await message.fill('a short one');
  await message.press('Enter');
  await expect.poll(async () => chatLines(await stream.received()).length).toBe(1);
  await expect(message).toHaveValue('');
  await message.press('ArrowUp');
  await expect(message).toHaveValue('a short one');
  await message.press('ArrowDown');
  await expect(message).toHaveValue('');
  // Ctrl+Enter sends and keeps the text.
  await message.fill('again and again');
  await message.press('Control+Enter');
  await expect.poll(async () => chatLines(await stream.received()).length).toBe(2);
  await expect(message).toHaveValue('again and again');
});

test('Tab completes a chatter’s name; / lists the commands', async ({ page, request }) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await stream.chat(
    twitchLine('hi', { from: { id: '1', name: 'speedrun_sam' } }),
    twitchLine('hey', { from: { id: '2', name: 'speedy' } }),
  );
  await expect(page.getByRole('log', { name: 'Chat' }).getByRole('article')).toHaveCount(2);
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.fill('thanks @spe');
  await message.press('Tab');
  await expect(message).toHaveValue('thanks @speedy ');
  await message.press('Tab');
  await expect(message).toHaveValue('thanks @speedrun_sam ');
  await message.fill('/');
  const commands = page.getByRole('listbox', { name: 'Commands' });
  await expect(commands.getByRole('option')).toHaveCount(6);
  await expect(commands).toContainText('/poll Question | Option A | Option B [60s]');
  await expect(commands).toContainText('/giveaway KEYWORD [120s]');
  await message.press('ArrowDown');
  await message.press('Enter');
  await expect(message).toHaveValue('/irc ');
  expect(
    (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze())
      .violations,
  ).toEqual([]);
});

test('a poll counts votes from two networks and shows the result in the dashboard and on ?poll', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const overlay = await page.context().newPage();
  await overlay.goto('/?poll');
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.fill('/poll Next game? | Celeste | Hades 20s');
  await message.press('Enter');
  // Announced on every live writable network.
  await expect
    .poll(async () =>
      chatLines(await stream.received()).map((command) => command.cur_stream_account_id),
    )
    .toEqual([14, 15]);
  const poll = page.getByRole('region', { name: 'Poll' });
  await expect(poll).toContainText('Next game?');
  // Votes: the simulator's chatters answer; two of our own, one per network, with one change.
  await stream.chat(
    twitchLine('2', { from: { id: 'v1', name: 'voter_twitch' } }),
    twitchLine('Celeste', {
      network: 'youtube',
      account_id: 15,
      from: { id: 'UCv2', name: 'voter_yt' },
    }),
    twitchLine('1', { from: { id: 'v1', name: 'voter_twitch' } }),
  );
  await expect(poll).toContainText(/Twitch \d+ · YouTube \d+|YouTube \d+ · Twitch \d+/);
  const overlayPoll = overlay.getByRole('region', { name: 'Poll' });
  await expect(overlayPoll).toContainText('Next game?');
  await expect(overlayPoll).toContainText('Celeste');
  expect(
    (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze())
      .violations,
  ).toEqual([]);

  await message.fill('/endpoll');
  await message.press('Enter');
  await expect(poll).toContainText('Ended');
  await expect(poll).toContainText('(winner)');
  await expect(overlayPoll).toContainText('Ended');
  await expect
    .poll(
      async () =>
        chatLines(await stream.received()).filter((command) =>
          command.text?.startsWith('POLL ENDED'),
        ).length,
    )
    .toBe(2);
});
