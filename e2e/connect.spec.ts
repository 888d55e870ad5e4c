import { startSimulatorProcess } from './processes';
import type { Page } from '@playwright/test';
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

test('the Connect form is one form per way in: no browser warning about mixed forms', async ({
  page,
}) => {
  // Chromium says "Multiple forms should be contained in their own form elements" (a verbose
  // [DOM] message) when one form holds both password fields.
  const said: string[] = [];
  page.on('console', (message) => said.push(message.text()));
  await page.goto('/');
  const connect = page.getByRole('form', { name: 'Connect' });
  await connect.getByLabel('Username').fill('demo');
  await connect.getByLabel('Password').fill('demo');
  await connect.getByLabel('Token').fill('demo-token');
  await expect(connect.locator('form')).toHaveCount(2);
  // Each password field in a form of its own, with only its own way's fields.
  for (const form of await connect.locator('form').all()) {
    await expect(form.locator('input[type=password]')).toHaveCount(1);
  }
  await page.reload();
  await expect(connect).toBeVisible();
  expect(said.filter((text) => /multiple forms|own form element/i.test(text))).toEqual([]);
});

test('the Connect form says what is missing', async ({ page }) => {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'Connect' });
  await form.getByRole('button', { name: 'Connect' }).click();
  await expect(form.getByRole('alert')).toContainText('stream id');
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
  // Signed in, the keyboard is on the first stream to open.
  await expect(form.getByRole('button', { name: /^Open / }).first()).toBeFocused();
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

async function signInWith(page: Page, username: string, password: string, server?: string) {
  await page.goto('/');
  const form = page.getByRole('form', { name: 'Connect' });
  if (server) await form.getByLabel('Server').fill(server);
  await form.getByLabel('Username').fill(username);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  return form.getByRole('alert');
}

test.describe('sign-in failures', () => {
  test.use({ expectedConsoleErrors: /Failed to load resource|blocked by CORS policy/ });

  test('a wrong password says so', async ({ page }) => {
    const alert = await signInWith(page, 'demo', 'wrong');
    await expect(alert).toHaveText('Wrong username or password.');
  });

  test('an unreachable server says so', async ({ page }) => {
    const alert = await signInWith(page, 'demo', 'demo', 'http://127.0.0.1:9');
    await expect(alert).toContainText('Could not reach http://127.0.0.1:9');
  });

  test('a server that does not allow this origin says what to do', async ({ page }) => {
    const refusing = await startSimulatorProcess(4693, '--scenario', 'idle', '--no-cors');
    try {
      const alert = await signInWith(page, 'demo', 'demo', 'http://127.0.0.1:4693');
      await expect(alert).toContainText(
        'does not let pages from http://127.0.0.1:4610 use its API',
      );
      await expect(alert).toContainText('host Chatdeck on the same server');
    } finally {
      await refusing.stop();
    }
  });
});
