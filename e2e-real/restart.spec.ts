import { execSync } from 'node:child_process';
import { expect, test } from '../e2e/support';
import { dashboardPath, real, tokenFor, unique } from './real';

// Only run where the suite may stop and start the server (MULTISTREAMER_STOP and _START).
test.use({ expectedConsoleErrors: /WebSocket connection to .* failed|Failed to load resource/ });

function run(command: string): void {
  execSync(command, { stdio: 'ignore', timeout: 120_000 });
}

test('the server stopped and started mid-stream: Chatdeck reconnects, keeps the draft, sends a held line once', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const token = await tokenFor(real.user, real.password);
  await page.goto(dashboardPath(token));
  const status = page.getByRole('status', { name: 'Connection' });
  await expect(status).toHaveText('Connected');
  const message = page.getByRole('textbox', { name: 'Message' });

  try {
    run(process.env.MULTISTREAMER_STOP!);
    await expect(status).toContainText(`Cannot reach ${new URL(real.url).host}`, {
      timeout: 30_000,
    });

    const held = unique('typed while the server was down');
    await message.fill(held);
    await message.press('Enter');
    await expect(page.getByRole('list', { name: 'Waiting to send' })).toContainText(held);
    await message.fill('a draft that must survive');
  } finally {
    run(process.env.MULTISTREAMER_START!);
  }

  await expect(status).toHaveText('Connected', { timeout: 60_000 });
  const chat = page.getByRole('log', { name: 'Chat' });
  const line = chat.getByRole('article').filter({ hasText: 'typed while the server was down' });
  await expect(line).toHaveCount(1, { timeout: 15_000 });
  await page.waitForTimeout(1_000);
  await expect(line).toHaveCount(1);
  await expect(page.getByRole('list', { name: 'Waiting to send' })).toHaveCount(0);
  await expect(message).toHaveValue('a draft that must survive');
});
