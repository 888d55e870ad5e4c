import { startSimulatorProcess, type NodeProcess } from './processes';
import { SimStream, expect, openDashboard, test } from './support';

// The browser logs each refused WebSocket and each probe of a server that is down.
test.use({ expectedConsoleErrors: /WebSocket connection to .* failed|Failed to load resource/ });

test('a wrong token is "Refused", and after 3 refusals the Connect form asks for it again', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const stream = await SimStream.create(request);
  await page.goto(`/?stream=${stream.id}#token=not-the-token`);
  const status = page.getByRole('status', { name: 'Connection' });
  await expect(status).toContainText(
    'Refused by the server: check the token, and that the stream is yours or shared with you',
  );
  await expect(status).toContainText(/Retrying in \d+ s/);

  // Refused three times in a row: no more retries, the form with what is known filled in.
  const form = page.getByRole('form', { name: 'Connect' });
  await expect(form).toBeVisible({ timeout: 30_000 });
  await expect(form.getByRole('alert')).toContainText(
    `Refused by the server: check the token, and that the stream is yours or shared with you (stream ${stream.id} on 127.0.0.1:4610, refused 3 times in a row)`,
  );
  await expect(form.getByLabel('Server')).toHaveValue('http://127.0.0.1:4610');
  await expect(form.getByLabel('Stream')).toHaveValue(String(stream.id));
  await expect(form.getByLabel('Token')).toBeFocused();
  const attempts = await stream.clients();
  expect(attempts).toBe(0);

  await page.keyboard.type('demo-token');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
});

const PORT = 4694;
let simulator: NodeProcess | undefined;

test.afterEach(async () => {
  await simulator?.stop('SIGKILL');
  simulator = undefined;
});

test('a server that is down is "Cannot reach" its host, and the dashboard recovers when it is up', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto(
    `/?server=${encodeURIComponent(`http://127.0.0.1:${PORT}`)}&stream=1#token=demo-token`,
  );
  const status = page.getByRole('status', { name: 'Connection' });
  await expect(status).toContainText(`Cannot reach 127.0.0.1:${PORT}: retrying in`);
  // Down is not refused: it keeps trying, and no form interrupts.
  await page.waitForTimeout(4_000);
  await expect(page.getByRole('form', { name: 'Connect' })).toHaveCount(0);
  simulator = await startSimulatorProcess(PORT, '--scenario', 'idle');
  await page.getByRole('button', { name: 'Retry now' }).click();
  await expect(status).toHaveText('Connected', { timeout: 35_000 });
});

test('a dropped live connection says so while it reconnects', async ({ page, request }) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await stream.control('drop');
  await expect(page.getByRole('status', { name: 'Connection' })).toContainText(
    /Connection lost\. Reconnecting in \d+ s/,
  );
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected', {
    timeout: 20_000,
  });
});

test.describe('a widget', () => {
  test('keeps retrying a refused token and says why in one small line', async ({
    page,
    request,
  }) => {
    test.setTimeout(60_000);
    const stream = await SimStream.create(request);
    await page.goto(`/?stream=${stream.id}&widget#token=not-the-token`);
    const note = page.getByRole('status', { name: 'Connection' });
    await expect(note).toContainText('Refused by the server');
    await expect(note).toHaveCSS('pointer-events', 'none');
    // One small line, measured while it is drawn (between two tries it is drawn again).
    await expect.poll(async () => (await note.boundingBox())?.height ?? Infinity).toBeLessThan(24);
    // Past three refusals a widget has no form to show: it goes on trying.
    await expect(note).toContainText(/Retrying in \d+ s/, { timeout: 20_000 });
    await page.waitForTimeout(8_000);
    await expect(page.getByRole('form', { name: 'Connect' })).toHaveCount(0);
    await expect(note).toContainText('Refused by the server');
  });

  test('on a transparent overlay stays silent', async ({ page, request }) => {
    const stream = await SimStream.create(request);
    await page.goto(`/?stream=${stream.id}&widget&transparent#token=not-the-token`);
    await page.waitForTimeout(2_500);
    await expect(page.getByRole('status', { name: 'Connection' })).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText('Refused');
  });
});

test("pasting multistreamer's widget address into Server fills the form and keeps its options", async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await page.goto('/');
  const form = page.getByRole('form', { name: 'Connect' });
  await form
    .getByLabel('Server')
    .fill(
      `http://127.0.0.1:4610/stream/${stream.id}/chat?token=demo-token&widget&font_size=16&hide_irc&hide_pm&from_bottom&show_picture&night_mode=true`,
    );
  await expect(form.getByLabel('Server')).toHaveValue('http://127.0.0.1:4610');
  await expect(form.getByLabel('Stream')).toHaveValue(String(stream.id));
  await expect(form.getByLabel('Token')).toHaveValue('demo-token');
  await expect(form.getByRole('status')).toContainText(
    'its options (chat only, font size 16, hide IRC, hide private messages, from the bottom, pictures, night mode)',
  );
  await form.getByRole('button', { name: 'Connect' }).click();

  // The widget, with multistreamer's options, connected; the token never in the address.
  await expect(page.getByRole('log', { name: 'Chat' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Send a message' })).toHaveCount(0);
  await expect.poll(() => stream.clients()).toBe(1);
  const address = new URL(page.url());
  expect(address.hash).toBe('');
  expect(Object.fromEntries(address.searchParams)).toMatchObject({
    stream: String(stream.id),
    widget: '',
    font_size: '16',
    hide_irc: '',
    hide_pm: '',
    night_mode: 'true',
  });
  await expect(page.locator('html')).toHaveClass(/dark/);
});

test('opens with the stream as multistreamer names it in its own query (?id=)', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await page.goto(`/?id=${stream.id}&token=demo-token`);
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  expect(page.url()).not.toContain('demo-token');
});
