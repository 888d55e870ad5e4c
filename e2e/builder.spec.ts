import type { Locator, Page } from '@playwright/test';
import { SimStream, expect, test, twitchLine } from './support';

test('the widget builder previews the options live and copies the address with the token', async ({
  page,
  context,
  request,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const stream = await SimStream.create(request);
  await page.goto(`/?builder&stream=${stream.id}#token=demo-token`);
  expect(page.url()).not.toContain('demo-token');

  const options = page.getByRole('form', { name: 'Widget options' });
  await expect(options.getByLabel('Stream')).toHaveValue(String(stream.id));
  const address = page.getByRole('textbox', { name: 'Widget URL' });
  await expect(address).toHaveValue(
    /\?widget&stream=\d+&hide_pm&from_bottom&transparent&theme=dark#token=•+$/,
  );

  await options.getByRole('checkbox', { name: 'Compact rows' }).check();
  await options.getByRole('checkbox', { name: 'Hide private messages' }).uncheck();
  await options.getByLabel('Font size (px)').fill('20');
  await expect(address).toHaveValue(/&compact&from_bottom&transparent&theme=dark&font_size=20#/);
  await expect(address).not.toHaveValue(/demo-token/);

  // The preview is the real widget with these options, live.
  const preview = page.frameLocator('iframe[title="Widget preview"]');
  await expect.poll(() => stream.clients()).toBe(1);
  await stream.chat(twitchLine('seen in the preview'));
  const line = preview.getByRole('article');
  await expect(line).toContainText('seen in the preview');
  await expect(line).toHaveCSS('font-size', '20px');
  // Compact rows keep the line's time in the page (its datetime), not on screen.
  await expect(line.locator('time')).toBeHidden();

  await page.getByRole('button', { name: 'Copy URL' }).click();
  await expect(page.getByRole('region', { name: 'Preview' }).getByRole('status')).toContainText(
    'Copied',
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(
    `${baseURL}/?widget&stream=${stream.id}&compact&from_bottom&transparent&theme=dark&font_size=20#token=demo-token`,
  );

  // The copied address is a working widget.
  const widget = await context.newPage();
  await widget.goto(copied);
  await expect.poll(() => stream.clients()).toBe(2);
  await stream.chat(twitchLine('seen in OBS'));
  await expect(widget.getByRole('log', { name: 'Chat' })).toContainText('seen in OBS');
  expect(widget.url()).not.toContain('demo-token');
});

test.describe('without a token', () => {
  // The preview tries the made-up token below; the browser logs the refusal.
  test.use({ expectedConsoleErrors: /WebSocket connection to .* failed/ });

  test('the builder asks for one instead of previewing', async ({ page }) => {
    await page.goto('/?builder');
    await expect(
      page.getByText('Enter the stream id and token to see the live preview.'),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy URL' })).toBeDisabled();
    const options = page.getByRole('form', { name: 'Widget options' });
    await options.getByLabel('Stream').fill('3');
    await options.getByLabel('Token').fill('t0ken');
    await expect(page.locator('iframe[title="Widget preview"]')).toBeAttached();
    await expect(page.getByRole('textbox', { name: 'Widget URL' })).not.toHaveValue(/t0ken/);
  });
});

test('the builder makes the featured overlay: options, a preview, Copy overlay URL', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?builder');
  const options = page.getByRole('form', { name: 'Featured overlay options' });
  await options.getByRole('textbox', { name: 'Hide after (seconds)' }).fill('8');
  await options.getByRole('textbox', { name: 'Read aloud (language)' }).fill('en-US');
  const preview = page.frameLocator('iframe[title="Featured overlay preview"]');
  await expect(preview.getByRole('region', { name: 'Featured' })).toContainText(
    'This is how a featured line looks on stream!',
  );
  await page.getByRole('button', { name: 'Copy overlay URL' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `${baseURL}/?featured&showtime=8&speech=en-US`,
  );
});

/** The mean brightness (0–255) of the top 40% of an element as drawn, and how many of its
 * 8 px cells differ from the first cell by more than 40 (a checkerboard has many). */
async function drawn(page: Page, element: Locator) {
  const png = (await element.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const height = Math.floor(image.height * 0.4);
    const pixels = context.getImageData(0, 0, image.width, height).data;
    let sum = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      sum += 0.2126 * pixels[i]! + 0.7152 * pixels[i + 1]! + 0.0722 * pixels[i + 2]!;
    }
    const at = (x: number, y: number) => pixels[(y * image.width + x) * 4]!;
    const first = at(4, 4);
    let differing = 0;
    for (let y = 4; y < height; y += 8) {
      for (let x = 4; x < image.width; x += 8) if (Math.abs(at(x, y) - first) > 40) differing += 1;
    }
    return { brightness: sum / (pixels.length / 4), differing };
  }, png);
}

test('in a dark system scheme the preview shows the scene chosen: dark, light, checkered', async ({
  page,
  request,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const stream = await SimStream.create(request);
  await page.goto(`/?builder&stream=${stream.id}#token=demo-token`);
  const frame = page.locator('iframe[title="Widget preview"]');
  await expect.poll(() => stream.clients()).toBe(1);
  // A line at the bottom (from the bottom): the top of the preview is the scene alone.
  await stream.chat(twitchLine('over the scene'));
  await expect(
    page.frameLocator('iframe[title="Widget preview"]').getByRole('article'),
  ).toHaveCount(1);

  const scenes = page.getByRole('region', { name: 'Preview' });
  await expect(scenes.getByRole('radio', { name: 'dark scene' })).toBeChecked();
  const dark = await drawn(page, frame);
  expect(dark.brightness, 'the dark scene through the transparent widget').toBeLessThan(60);

  await scenes.getByRole('radio', { name: 'light scene' }).check();
  expect((await drawn(page, frame)).brightness).toBeGreaterThan(200);

  await scenes.getByRole('radio', { name: 'checkerboard' }).check();
  const checks = await drawn(page, frame);
  expect(checks.differing, 'cells of the other colour').toBeGreaterThan(20);

  // The featured overlay's preview: its checkerboard shows through the card's page too.
  const overlay = page.locator('iframe[title="Featured overlay preview"]');
  await expect(
    page
      .frameLocator('iframe[title="Featured overlay preview"]')
      .getByRole('region', { name: 'Featured' }),
  ).toBeVisible();
  expect((await drawn(page, overlay)).differing).toBeGreaterThan(20);
});
