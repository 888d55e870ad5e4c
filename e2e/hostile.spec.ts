import { readFileSync } from 'node:fs';
import { EMOTE_PROVIDER_HOSTS, SimStream, expect, openDashboard, test } from './support';

interface Corpus {
  canary: string;
  cases: Array<{ name: string; frame: unknown; shows?: string; maxRowPx?: number }>;
}

const corpus = JSON.parse(
  readFileSync(new URL('../src/testing/hostile-corpus.json', import.meta.url), 'utf8'),
) as Corpus;

test('no script from the hostile corpus ever runs, and every line stays in its row', async ({
  page,
  request,
  baseURL,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const offsite: string[] = [];
  page.on('request', (sent) => {
    const url = new URL(sent.url());
    // The page asks the emote providers (the mirror answers) for the channel's emotes; the
    // corpus never points at them.
    if (EMOTE_PROVIDER_HOSTS.has(url.hostname)) return;
    if (!['127.0.0.1', 'localhost'].includes(url.hostname)) offsite.push(sent.url());
  });

  // Tall enough that every corpus row is on screen at once (the chat is virtualized).
  await page.setViewportSize({ width: 1280, height: 5000 });
  const stream = await SimStream.create(request);
  await openDashboard(page, stream, 'show_picture');
  const frames = corpus.cases.map((entry) =>
    JSON.parse(JSON.stringify(entry.frame).replaceAll('{{origin}}', baseURL!)),
  );
  await stream.chat(...frames);

  const chat = page.getByRole('log', { name: 'Chat' });
  // The last case renders last; by then every line has been through the renderer.
  await expect(chat.getByRole('article').last()).toContainText(corpus.cases.at(-1)!.shows!);
  // Every link the corpus left in place is http(s); pointing at one runs nothing.
  for (const link of await chat.getByRole('link').all()) {
    await expect(link).toHaveAttribute('href', /^https?:\/\//);
    await link.hover();
  }
  for (const entry of corpus.cases) {
    if (!entry.shows) continue;
    const row = chat.getByRole('article').filter({ hasText: entry.shows }).first();
    await expect(row, entry.name).toBeVisible();
    const contained = await row.evaluate((element) => {
      const style = getComputedStyle(element);
      const log = element.closest('[role="log"]')!.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      return {
        isolated: style.unicodeBidi === 'isolate',
        clipped: style.overflow === 'hidden',
        inside: box.left >= log.left - 1 && box.right <= log.right + 1,
        height: box.height,
      };
    });
    expect(contained, entry.name).toMatchObject({ isolated: true, clipped: true, inside: true });
    if (entry.maxRowPx) expect(contained.height, entry.name).toBeLessThanOrEqual(entry.maxRowPx);
  }

  const canary = await page.evaluate(
    (name) => (window as unknown as Record<string, unknown>)[name],
    corpus.canary,
  );
  expect(canary).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(offsite).toEqual([]);
});

test.describe('images from other hosts', () => {
  test.use({
    expectedConsoleErrors: /image 'https:\/\/direct\.tracker\.example\/p\.png' violates/,
  });

  test('once connected, the page itself refuses images from hosts that are not allowed', async ({
    page,
    request,
  }) => {
    const stream = await SimStream.create(request);
    await openDashboard(page, stream);
    const refused = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve(`${event.effectiveDirective} ${event.blockedURI}`),
          );
          const image = new Image();
          image.src = 'https://direct.tracker.example/p.png';
          document.body.append(image);
        }),
    );
    expect(refused).toBe('img-src https://direct.tracker.example/p.png');
  });
});
