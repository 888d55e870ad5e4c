import { expect, test } from '../e2e/support';
import { chatLines, expectOnce, openDashboard, realUsers } from './dashboard';
import { IrcClient, PeerSocket, real, unique } from './real';

// Only run where the multistreamer has its IRC server (MULTISTREAMER_IRC): see the config.
const tokens = realUsers();

test("shows another user's lines from the WebSocket and from IRC, each once", async ({ page }) => {
  await openDashboard(page, tokens.user);
  const peer = await PeerSocket.open(tokens.peer);
  const fromSocket = unique('hello from the peer socket');
  peer.send({ type: 'text', account_id: 0, cur_stream_account_id: 0, text: fromSocket });
  await expectOnce(page, fromSocket);
  await expect(chatLines(page, fromSocket)).toContainText(`${real.peer}: ${fromSocket}`);

  const irc = await IrcClient.connect(real.peer, real.peerPassword);
  await irc.join(`#${real.user}-test-stream`);
  const fromIrc = unique('hello from IRC');
  irc.say(`#${real.user}-test-stream`, fromIrc);
  await expectOnce(page, fromIrc);
  irc.close();
  peer.close();
});

test('sends a line, an action and private messages both ways, each shown once', async ({
  page,
}) => {
  const irc = await IrcClient.connect(real.peer, real.peerPassword);
  await irc.join(`#${real.user}-test-stream`);
  const peer = await PeerSocket.open(tokens.peer);
  await openDashboard(page, tokens.user);
  const message = page.getByRole('textbox', { name: 'Message' });

  const line = unique('a line from Chatdeck');
  await message.fill(line);
  await message.press('Enter');
  await expectOnce(page, line);
  await peer.waitFor((frame) => frame.text === line);
  await irc.waitFor(new RegExp(`PRIVMSG #${real.user}-test-stream :${line}`));

  const action = unique('waves');
  await message.fill(`/me ${action}`);
  await message.press('Enter');
  await expectOnce(page, action);
  await expect(chatLines(page, action)).toHaveAttribute('data-kind', 'emote');
  await expect(chatLines(page, action)).toContainText(`${real.user} ${action}`);

  const whisper = unique('psst');
  await message.fill(`/msg ${real.peer} ${whisper}`);
  await message.press('Enter');
  await irc.waitFor(new RegExp(`PRIVMSG ${real.peer} :${whisper}`));
  await expectOnce(page, whisper);
  await expect(chatLines(page, whisper)).toContainText(`private to ${real.peer}`);

  const answer = unique('psst back');
  irc.say(real.user, answer);
  await expectOnce(page, answer);
  await expect(chatLines(page, answer)).toContainText(`private to ${real.user}`);
  irc.close();
  peer.close();
});
