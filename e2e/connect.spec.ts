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
  test.use({ expectedConsoleErrors: [/WebSocket connection to .* failed/] });

  test('it is reported plainly instead of retrying silently', async ({ page, request }) => {
    const stream = await SimStream.create(request);
    await page.goto(`/?stream=${stream.id}#token=not-a-token`);
    await expect(page.getByRole('status', { name: 'Connection' })).toContainText(
      'Refused or unreachable: check the token, your access to this stream, and the server',
      { timeout: 15_000 },
    );
  });
});
