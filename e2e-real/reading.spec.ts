import { expect, learnChattersFor, test } from '../e2e/support';
import { chatLines, expectOnce, openDashboard, realUsers } from './dashboard';
import { PeerSocket, real, unique } from './real';

// The reading tools on what a real multistreamer sends: lines from another user of the stream.
const tokens = realUsers();

test('highlights a mention of the stream’s own name and a first-time chatter, hides a hidden user, and a card replies', async ({
  page,
}) => {
  // First-time marks from the first line (the default learns who chats for an hour first).
  await learnChattersFor(page, 0);
  await openDashboard(page, tokens.user);
  const peer = await PeerSocket.open(tokens.peer);
  const say = (text: string) =>
    peer.send({ type: 'text', account_id: 0, cur_stream_account_id: 0, text });

  const mention = unique(`hey ${real.user}, a question`);
  say(mention);
  await expectOnce(page, mention);
  // This browser has never seen the peer: first-time, and it mentions the stream's account.
  await expect(chatLines(page, mention)).toHaveAttribute('data-highlight', 'mention first');
  const later = unique('a second line');
  say(later);
  await expectOnce(page, later);
  await expect(chatLines(page, later)).not.toHaveAttribute('data-highlight');
  // The server stamps its lines: the time shown is the server's.
  const datetime = await chatLines(page, later).locator('time').getAttribute('datetime');
  expect(Math.abs(Date.parse(datetime!) - Date.now())).toBeLessThan(120_000);

  // The card: the peer's lines, and Reply writes to the internal chat with @name.
  await chatLines(page, later).getByRole('button', { name: real.peer }).click();
  const card = page.getByRole('dialog', { name: real.peer });
  await expect(
    card.getByRole('list', { name: 'Recent messages' }).getByRole('listitem'),
  ).toHaveCount(2);
  await card.getByRole('button', { name: 'Reply' }).click();
  const message = page.getByRole('textbox', { name: 'Message' });
  await expect(message).toHaveValue(`@${real.peer} `);
  const answer = unique('here is the answer');
  await message.pressSequentially(answer);
  await message.press('Enter');
  await peer.waitFor((frame) => frame.text === `@${real.peer} ${answer}`);
  await expectOnce(page, answer);

  // Hidden in Settings: the peer's next line is not shown, and counted.
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('textbox', { name: 'Hidden users' }).fill(real.peer);
  await page.getByRole('button', { name: 'Done' }).click();
  const hidden = unique('you will not see this');
  say(hidden);
  await expect(page.getByRole('button', { name: '3 hidden' })).toBeVisible();
  await page.waitForTimeout(700);
  await expect(chatLines(page, hidden)).toHaveCount(0);
  peer.close();
});
