import { readFileSync } from 'node:fs';
import { expect, test } from '../e2e/support';
import { chatLines, expectOnce, openDashboard, realUsers } from './dashboard';
import { PeerSocket, real, unique } from './real';

// Keeping and exporting what a real multistreamer sends, and featuring one of its lines.
const tokens = realUsers();

test('lines from the server are kept across a reload, exported, and featured on an overlay', async ({
  page,
}) => {
  await openDashboard(page, tokens.user);
  const peer = await PeerSocket.open(tokens.peer);
  const first = unique('kept from the real server');
  peer.send({ type: 'text', account_id: 0, cur_stream_account_id: 0, text: first });
  await expectOnce(page, first);

  // Featured: the overlay (same origin, no token) shows the server's line.
  const overlay = await page.context().newPage();
  await overlay.goto('/?featured');
  await chatLines(page, first).hover();
  await chatLines(page, first).getByRole('button', { name: 'Feature' }).click();
  await expect(overlay.getByRole('region', { name: 'Featured' })).toContainText(first);
  await expect(overlay.getByRole('region', { name: 'Featured' })).toContainText(real.peer);

  // Kept: after a reload the line is above "Earlier".
  await page.waitForTimeout(1_000);
  await page.reload();
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  const chat = page.getByRole('log', { name: 'Chat' });
  await expect(chat.getByRole('separator', { name: 'Earlier' })).toBeVisible();
  await expect(chatLines(page, first)).toHaveCount(1);
  const after = unique('after the reload');
  peer.send({ type: 'text', account_id: 0, cur_stream_account_id: 0, text: after });
  await expectOnce(page, after);

  // Exported: the text file holds both, as the server stamped them.
  await page.getByRole('button', { name: 'Export chat' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Text', exact: true }).click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text).toContain(`[irc] ${real.peer}: ${first}`);
  expect(text).toContain(`[irc] ${real.peer}: ${after}`);
  peer.close();
});
