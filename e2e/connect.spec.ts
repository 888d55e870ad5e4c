import { spawn } from 'node:child_process';
import { SimStream, expect, test } from './support';

test('without a stream in the address, the Connect form joins one', async ({ page, request }) => {
  const stream = await SimStream.create(request);
  await page.goto('/');
  const form = page.getByRole('form', { name: 'Connect' });
  await expect(form.getByLabel('Server')).toHaveValue('http://127.0.0.1:4610');
  await form.getByLabel('Stream').fill(String(stream.id));
  await form.getByLabel('Token').fill('demo-token');
  await form.getByRole('button', { name: 'Connect' }).click();
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  await expect(page.getByRole('list', { name: 'Accounts' }).getByRole('listitem')).toHaveCount(5);
});

test('the Connect form says what is missing', async ({ page }) => {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'Connect' });
  await form.getByRole('button', { name: 'Connect' }).click();
  await expect(form.getByRole('alert')).toContainText('stream id');
});

test.describe('with a refused token', () => {
  test.use({ expectedConsoleErrors: /WebSocket connection to .* failed/ });

  test('it is reported plainly instead of retrying silently', async ({ page, request }) => {
    const stream = await SimStream.create(request);
    await page.goto(`/?stream=${stream.id}#token=not-a-token`);
    await expect(page.getByRole('status', { name: 'Connection' })).toContainText(
      'Refused or unreachable: check the token, your access to this stream, and the server',
      { timeout: 15_000 },
    );
  });
});

test('signs in with username and password, opens a stream, remembers only when asked', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await page.goto('/');
  const form = page.getByRole('form', { name: 'Connect' });
  await form.getByLabel('Username').fill('demo');
  await form.getByLabel('Password').fill('demo');
  await form.getByLabel('Password').press('Enter');
  const choice = form.getByRole('button', { name: `Open Test stream ${stream.id}` });
  await expect(choice).toBeVisible();
  await form.getByRole('checkbox', { name: 'Remember on this device' }).check();
  await choice.click();
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  await expect(page.getByRole('list', { name: 'Accounts' }).getByRole('listitem')).toHaveCount(5);

  // Remembered on this device: a new tab with just the stream connects at once.
  const again = await page.context().newPage();
  await again.goto(`/?stream=${stream.id}`);
  await expect(again.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  await again.close();

  // Signing out forgets it everywhere.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('form', { name: 'Connect' })).toBeVisible();
  await expect(page.getByText('A token for this server is remembered')).toHaveCount(0);
  expect(await page.evaluate(() => ({ ...localStorage, ...sessionStorage }))).not.toHaveProperty(
    'chatdeck:remembered-tokens',
  );
});

test('without "Remember", a new tab asks again', async ({ page, request }) => {
  const stream = await SimStream.create(request);
  await page.goto(`/?stream=${stream.id}`);
  const form = page.getByRole('form', { name: 'Connect' });
  await expect(form.getByLabel('Stream')).toHaveValue(String(stream.id));
  await form.getByLabel('Token').fill('demo-token');
  await form.getByLabel('Token').press('Enter');
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  // The same tab reloads connected (session storage) ...
  await page.reload();
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  // ... another tab does not know the token.
  const other = await page.context().newPage();
  await other.goto(`/?stream=${stream.id}`);
  await expect(other.getByRole('form', { name: 'Connect' })).toBeVisible();
  await other.close();
});

test.describe('sign-in failures', () => {
  test.use({ expectedConsoleErrors: /Failed to load resource|blocked by CORS policy/ });

  test('a wrong password says so', async ({ page }) => {
    await page.goto('/');
    const form = page.getByRole('form', { name: 'Connect' });
    await form.getByLabel('Username').fill('demo');
    await form.getByLabel('Password').fill('wrong');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(form.getByRole('alert')).toHaveText('Wrong username or password.');
  });

  test('an unreachable server says so', async ({ page }) => {
    await page.goto('/');
    const form = page.getByRole('form', { name: 'Connect' });
    await form.getByLabel('Server').fill('http://127.0.0.1:9');
    await form.getByLabel('Username').fill('demo');
    await form.getByLabel('Password').fill('demo');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(form.getByRole('alert')).toContainText('Could not reach http://127.0.0.1:9');
  });

  test('a server that does not allow this origin says what to do', async ({ page }) => {
    const refusing = spawn(
      process.execPath,
      ['--import', 'tsx', 'simulator/cli.ts', '--port', '4693', '--scenario', 'idle', '--no-cors'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve) => refusing.stdout.once('data', () => resolve()));
      await page.goto('/');
      const form = page.getByRole('form', { name: 'Connect' });
      await form.getByLabel('Server').fill('http://127.0.0.1:4693');
      await form.getByLabel('Username').fill('demo');
      await form.getByLabel('Password').fill('demo');
      await form.getByRole('button', { name: 'Sign in' }).click();
      const alert = form.getByRole('alert');
      await expect(alert).toContainText(
        'does not let pages from http://127.0.0.1:4610 use its API',
      );
      await expect(alert).toContainText('host Chatdeck on the same server');
    } finally {
      refusing.kill('SIGKILL');
    }
  });
});
