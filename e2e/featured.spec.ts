import AxeBuilder from '@axe-core/playwright';
import { SimStream, expect, openDashboard, test, twitchLine } from './support';

test('Feature shows a line on a ?featured overlay of the same origin; Clear, showtime, late overlays and the queue', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const overlay = await page.context().newPage();
  await overlay.goto('/?featured');
  await stream.chat(
    twitchLine('first line to feature', { from: { id: '1', name: 'alpha' } }),
    twitchLine('second line to feature', { from: { id: '2', name: 'beta' } }),
    twitchLine('third line, queued', { from: { id: '3', name: 'gamma' } }),
  );
  const lines = page.getByRole('log', { name: 'Chat' }).getByRole('article');
  await expect(lines).toHaveCount(3);

  const featured = overlay.getByRole('region', { name: 'Featured' });
  await expect(featured).toHaveCount(0);
  await lines.nth(0).hover();
  await lines.nth(0).getByRole('button', { name: 'Feature' }).click();
  await expect(featured).toContainText('alpha');
  await expect(featured).toContainText('first line to feature');
  await expect(featured.getByRole('img', { name: 'Twitch' })).toBeVisible();

  // An overlay opened after the feature asks, and shows what is featured now.
  const late = await page.context().newPage();
  await late.goto('/?featured');
  await expect(late.getByRole('region', { name: 'Featured' })).toContainText(
    'first line to feature',
  );

  // Clear removes it everywhere.
  await page.getByRole('button', { name: 'Clear featured' }).click();
  await expect(featured).toHaveCount(0);
  await expect(late.getByRole('region', { name: 'Featured' })).toHaveCount(0);

  // Ctrl+Feature queues; Next shows the queued line.
  await lines.nth(1).getByRole('button', { name: 'Feature' }).click();
  await expect(featured).toContainText('second line to feature');
  await lines
    .nth(2)
    .getByRole('button', { name: 'Feature' })
    .click({ modifiers: ['ControlOrMeta'] });
  await expect(page.getByRole('list', { name: 'Queued for the overlay' })).toContainText('gamma');
  await expect(featured).toContainText('second line to feature');
  await page.getByRole('button', { name: 'Next (1)' }).click();
  await expect(featured).toContainText('third line, queued');
  await expect(page.getByRole('list', { name: 'Queued for the overlay' })).toHaveCount(0);
  expect(
    (await new AxeBuilder({ page: overlay }).withTags(['wcag2a', 'wcag2aa']).analyze()).violations,
  ).toEqual([]);

  // showtime=2: the line leaves on its own after two seconds.
  const timed = await page.context().newPage();
  await timed.goto('/?featured&showtime=2');
  await lines.nth(0).getByRole('button', { name: 'Feature' }).click();
  const timedRegion = timed.getByRole('region', { name: 'Featured' });
  await expect(timedRegion).toContainText('first line to feature');
  await expect(timedRegion).toHaveCount(0, { timeout: 5_000 });
  await expect(featured).toContainText('first line to feature');
});

test('the featured overlay is transparent around its card', async ({ page }) => {
  await page.goto('/?featured&preview');
  await expect(page.getByRole('region', { name: 'Featured' })).toBeVisible();
  const background = await page.evaluate(() => [
    getComputedStyle(document.documentElement).backgroundColor,
    getComputedStyle(document.body).backgroundColor,
  ]);
  expect(background).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
});

test('speech= reads a featured line aloud, its connecting words in the overlay’s language', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const overlay = await page.context().newPage();
  // What the overlay would say, recorded instead of spoken.
  await overlay.addInitScript(() => {
    const spoken: { text: string; lang: string }[] = [];
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
    class FakeUtterance {
      lang = '';
      constructor(public text: string) {}
    }
    const synth = {
      speak: (utterance: FakeUtterance) =>
        spoken.push({ text: utterance.text, lang: utterance.lang }),
      cancel: () => undefined,
      getVoices: () => [],
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: FakeUtterance,
      configurable: true,
    });
  });
  await overlay.goto('/?featured&speech=de-DE&lang=de');
  await stream.chat(twitchLine('gutes Spiel heute', { from: { id: '1', name: 'alpha' } }));
  const line = page.getByRole('log', { name: 'Chat' }).getByRole('article');
  await line.hover();
  await line.getByRole('button', { name: 'Feature' }).click();
  await expect(overlay.getByRole('region', { name: 'Im Stream gezeigt' })).toContainText(
    'gutes Spiel heute',
  );
  await expect
    .poll(() => overlay.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken))
    .toEqual([{ text: 'alpha sagt: gutes Spiel heute', lang: 'de-DE' }]);
});
