import { expect, test } from '../e2e/support';
import { openDashboard, realUsers } from './dashboard';
import { IrcClient, PeerSocket, real, setLive, unique } from './real';

// The streamer's assistant against the real server: the peer user enters a giveaway over the
// WebSocket and over IRC, and gets an auto-reply to a !command. Needs MULTISTREAMER_IRC.
const tokens = realUsers();

test('a giveaway entered by the peer over the WebSocket and over IRC, drawn with the winner shown', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await setLive(tokens.user, true);
  await openDashboard(page, tokens.user);
  const keyword = unique('cake').replace(' ', '_');
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.fill(`/giveaway ${keyword} 120s`);
  await message.press('Enter');
  const giveaway = page.getByRole('region', { name: 'Giveaway' });
  await expect(giveaway).toContainText(`Keyword ${keyword}`);

  const peer = await PeerSocket.open(tokens.peer);
  peer.send({ type: 'text', account_id: 0, cur_stream_account_id: 0, text: keyword });
  await expect(giveaway).toContainText('1 entry');
  // The same person again, over IRC: still one entry (the same IRC user).
  const irc = await IrcClient.connect(real.peer, real.peerPassword);
  await irc.join(`#${real.user}-test-stream`);
  irc.say(`#${real.user}-test-stream`, keyword);
  await expect(
    page.getByRole('log', { name: 'Chat' }).getByRole('article').filter({ hasText: keyword }),
  ).toHaveCount(2);
  await expect(giveaway).toContainText('1 entry');

  await giveaway.getByRole('button', { name: 'Draw', exact: true }).click();
  await expect(giveaway.getByRole('status')).toContainText(`Winner: ${real.peer}`);
  irc.close();
  peer.close();
  await setLive(tokens.user, false);
});

test("an auto-reply answers the peer's !command on IRC, once", async ({ page }) => {
  await openDashboard(page, tokens.user);
  const command = `!${unique('rules').replace(' ', '')}`;
  const answer = unique('Be kind');
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('textbox', { name: 'Auto-replies' }).fill(`${command} ${answer}`);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('switch', { name: 'Bot on' })).toBeVisible();

  const peer = await PeerSocket.open(tokens.peer);
  peer.send({ type: 'text', account_id: 0, cur_stream_account_id: 0, text: command });
  await peer.waitFor((frame) => frame.text === answer);
  await expect(
    page.getByRole('log', { name: 'Chat' }).getByRole('article').filter({ hasText: answer }),
  ).toHaveCount(1);
  peer.close();
});
