import { startSimulatorProcess, type NodeProcess } from './processes';
import { SimStream, expect, openDashboard, test } from './support';

// The browser logs each refused or dropped WebSocket; those are the story here, not faults.
test.use({ expectedConsoleErrors: /WebSocket connection to .* failed|Failed to load resource/ });

test('rides out a flaky server and recovers with accounts, chat and the draft intact', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.fill('draft typed in the storm');

  // Drops, refused reconnects and junk frames, a few a second, until junk has been counted
  // and the dashboard has had to reconnect (every open sends `status`).
  await stream.control('flaky', { everyMs: 400 });
  const diagnostics = page.getByText(/Diagnostics: \d+ unreadable frames? dropped/);
  await expect(diagnostics).toBeVisible({ timeout: 30_000 });
  const status = page.getByRole('status', { name: 'Connection' });
  const statusRequests = async () =>
    (await stream.received()).filter((command) => command.type === 'status').length;
  await expect
    .poll(
      async () => (await statusRequests()) > 1 || (await status.textContent()) !== 'Connected',
      {
        timeout: 30_000,
      },
    )
    .toBe(true);
  await stream.control('flaky', { everyMs: 0 });

  // Backoff is capped at 30 s (plus jitter): recovery comes by itself within that.
  await expect(status).toHaveText('Connected', { timeout: 45_000 });
  expect(await statusRequests()).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole('list', { name: 'Accounts' }).getByRole('listitem')).toHaveCount(5);
  await expect(page.getByRole('region', { name: 'Viewers' })).toContainText(
    'Twitch: 1,284 viewers',
  );
  await expect(message).toHaveValue('draft typed in the storm');
  expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');

  await stream.chat({
    type: 'text',
    network: 'twitch',
    account_id: 14,
    stream_id: stream.id,
    from: { id: '1', name: 'calm_viewer' },
    text: 'after the storm',
    markdown: 'after the storm',
  });
  await expect(page.getByRole('log', { name: 'Chat' })).toContainText('after the storm');
});

const PORT = 4692;
let simulator: NodeProcess | undefined;

async function startSimulator(): Promise<void> {
  simulator = await startSimulatorProcess(PORT, '--scenario', 'idle');
}

async function killSimulator(): Promise<void> {
  await simulator?.stop('SIGKILL');
  simulator = undefined;
}

test.afterEach(killSimulator);

test('survives the server being killed and restarted: nothing typed is lost or sent twice', async ({
  page,
}) => {
  test.setTimeout(60_000);
  const server = `http://127.0.0.1:${PORT}`;
  await startSimulator();
  // The dashboard (served by the shared simulator) talks to a server we can kill.
  await page.goto(`/?server=${encodeURIComponent(server)}&stream=1#token=demo-token`);
  const status = page.getByRole('status', { name: 'Connection' });
  await expect(status).toHaveText('Connected');
  const chat = page.getByRole('log', { name: 'Chat' });
  const message = page.getByRole('textbox', { name: 'Message' });

  await message.fill('/irc before the crash');
  await message.press('Enter');
  await expect(chat.getByRole('article').filter({ hasText: 'before the crash' })).toHaveCount(1);

  await killSimulator();
  await expect(status).toHaveText(/Reconnecting in \d+ s|Cannot reach 127\.0\.0\.1:4692/);

  // Typed while the server is gone: held where the streamer can see it.
  await message.fill('/irc typed while it was down');
  await message.press('Enter');
  const waiting = page.getByRole('list', { name: 'Waiting to send' });
  await expect(waiting).toContainText('typed while it was down');
  await message.fill('an unsent draft');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue('an unsent draft');

  await startSimulator();
  await expect(status).toHaveText('Connected', { timeout: 35_000 });
  await expect(
    chat.getByRole('article').filter({ hasText: 'typed while it was down' }),
  ).toHaveCount(1);
  await expect(waiting).toHaveCount(0);
  await expect(message).toHaveValue('an unsent draft');

  // Sent exactly once: the restarted server received it once and echoed it once.
  const received = (await (await page.request.get(`${server}/_sim/streams/1/received`)).json()) as {
    commands: Array<{ type: string; text?: string }>;
  };
  expect(received.commands.filter((c) => c.text?.includes('typed while it was down'))).toHaveLength(
    1,
  );
});
