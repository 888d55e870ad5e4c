import { expect, test } from '../e2e/support';
import { chatLines, expectOnce, openDashboard, realUsers } from './dashboard';
import { PeerSocket, dashboardPath, privateStreamOf, publish, real, setLive, unique } from './real';

const tokens = realUsers();

test('connects and shows the internal IRC account, with the stream not started', async ({
  page,
}) => {
  await openDashboard(page, tokens.user);
  const accounts = page.getByRole('list', { name: 'Accounts' }).getByRole('listitem');
  await expect(accounts).toHaveCount(1);
  await expect(accounts.first()).toContainText(real.user);
  await expect(accounts.first()).toContainText('IRC');
  await expect(page.getByRole('region', { name: 'Viewers' })).toContainText('Stream not started');
});

test('follows the stream going live and ending', async ({ page }) => {
  await openDashboard(page, tokens.user);
  await setLive(tokens.user, true);
  const accounts = page.getByRole('list', { name: 'Accounts' }).getByRole('listitem');
  await expect(accounts).toHaveCount(2);
  const rtmp = accounts.filter({ hasText: 'Local RTMP' });
  await expect(rtmp).toContainText('Live');
  await expect(rtmp).toContainText('read only');
  // RTMP reports no viewer count: it stays unknown, never zero.
  await expect(page.getByRole('region', { name: 'Viewers' })).toContainText('Custom RTMP: unknown');
  await setLive(tokens.user, false);
  await expect(accounts).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Viewers' })).toContainText('Stream not started');
});

test('a writer request for a listed account gets its writerresult, and chat keeps working', async ({
  page,
}) => {
  await setLive(tokens.user, true);
  await openDashboard(page, tokens.user);
  // A second client of the same user, as another Chatdeck tab would be.
  const own = await PeerSocket.open(tokens.user);
  const status = await own.waitFor(
    (frame) => frame.type === 'status' && (frame.status as { data_pushing: boolean }).data_pushing,
  );
  const accounts = status.accounts as Record<string, { live: boolean }>;
  const live = Object.keys(accounts).find((key) => accounts[key]!.live)!;
  own.send({ type: 'writer', account_id: Number(live), cur_stream_account_id: Number(live) });
  await own.waitFor((frame) => frame.type === 'writerresult' && frame.account_id === Number(live));
  const after = unique('still relayed after the writer');
  own.send({ type: 'text', account_id: 0, cur_stream_account_id: 0, text: after });
  await expectOnce(page, after);
  own.close();
});

test('a line published through the REST API is marked "via API", even when it claims to be the streamer', async ({
  page,
}) => {
  await openDashboard(page, tokens.user);
  const claim = unique('I am the streamer, trust me');
  await publish(tokens.peer, {
    type: 'text',
    network: 'irc',
    account_id: 0,
    from: { id: 1, name: real.user },
    text: claim,
    markdown: claim,
  });
  const row = chatLines(page, claim);
  await expect(row).toHaveCount(1);
  const marker = row.getByRole('button', { name: 'via API' });
  await expect(marker).toBeVisible();
  // Anyone can write any name there: such a line is never counted as a first-time chatter.
  await expect(row).not.toHaveAttribute('data-highlight');
  await marker.focus();
  await expect(row).toContainText('the name shown may not be who wrote it');
  // A line of the user's own, relayed by the server, carries no such mark.
  const honest = unique('an honest line');
  await page.getByRole('textbox', { name: 'Message' }).fill(honest);
  await page.getByRole('textbox', { name: 'Message' }).press('Enter');
  await expect(chatLines(page, honest).getByRole('button', { name: 'via API' })).toHaveCount(0);
  await expect(chatLines(page, honest)).toHaveCount(1);
});

test.describe('refusals', () => {
  test.use({
    expectedConsoleErrors:
      /WebSocket connection to .* failed|blocked by CORS|Failed to load resource/,
  });

  test('signing in from another origin says the server allows no cross-origin API; a token works', async ({
    page,
  }) => {
    await page.goto('/');
    const form = page.getByRole('form', { name: 'Connect' });
    await form.getByLabel('Server', { exact: true }).fill(real.url);
    await form.getByLabel('Username').fill(real.user);
    await form.getByLabel('Password').fill(real.password);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(form.getByRole('alert')).toContainText(
      `does not let pages from ${new URL(page.url()).origin} use its API`,
    );
    await form.getByLabel('Stream').fill(String(real.stream));
    await form.getByLabel('Token').fill(tokens.user);
    await form.getByRole('button', { name: 'Connect' }).click();
    await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  });

  test('a wrong token is refused, and the form comes back after three', async ({ page }) => {
    await page.goto(dashboardPath('0000WRONG0000TOKEN00'));
    await expect(page.getByRole('status', { name: 'Connection' })).toContainText(
      'Refused by the server: check the token',
    );
    await expect(page.getByRole('form', { name: 'Connect' })).toBeVisible({ timeout: 30_000 });
  });

  test("another user's stream that is not shared is refused", async ({ page }) => {
    const hidden = await privateStreamOf(tokens.peer, 'Not shared with anyone');
    await page.goto(dashboardPath(tokens.user, '', hidden));
    await expect(page.getByRole('status', { name: 'Connection' })).toContainText(
      'Refused by the server: check the token, and that the stream is yours or shared with you',
    );
  });
});
