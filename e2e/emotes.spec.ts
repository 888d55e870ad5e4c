import type { Locator, Page } from '@playwright/test';
import { SimStream, expect, openDashboard, test, twitchLine } from './support';

/**
 * Third-party emotes against the simulator's mirror of FrankerFaceZ, BetterTTV and 7TV
 * (`emote_api`): each provider's channel emote for chatdeck_live, then its global one.
 */
const CODES = {
  ffz: ['LULW', 'CatBag'],
  bttv: ['catJAM', 'FeelsBadMan'],
  seventv: ['KEKW', 'EZ'],
};
const ALL = [...CODES.ffz, ...CODES.bttv, ...CODES.seventv];
const CDN = String.raw`cdn\.(frankerfacez\.com|betterttv\.net|7tv\.app)/emote/`;

const youtubeLine = (text: string) =>
  twitchLine(text, {
    network: 'youtube',
    account_id: 15,
    from: { id: 'UC123', name: 'Lena Fischer' },
  });

function row(page: Page, index: number): Locator {
  return page.getByRole('log', { name: 'Chat' }).getByRole('article').nth(index);
}

/** Each code shows as its image, from the provider's CDN under `base` (the mirror, or `https:/`). */
async function expectImages(line: Locator, codes: readonly string[], base: string) {
  const source = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/${CDN}`);
  for (const code of codes) {
    const image = line.getByRole('img', { name: code, exact: true }).first();
    await expect(image, code).toHaveAttribute('src', source);
    // Drawn, not only placed: the image loaded.
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth), code)
      .toBeGreaterThan(0);
  }
}

async function expectText(line: Locator, codes: readonly string[]) {
  for (const code of codes) {
    await expect(line, code).toContainText(code);
    await expect(line.getByRole('img', { name: code, exact: true }), code).toHaveCount(0);
  }
}

test('channel and global emotes of FrankerFaceZ, BetterTTV and 7TV show in Twitch lines only', async ({
  page,
  request,
  baseURL,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream, `emote_api=${encodeURIComponent(baseURL!)}`);
  await stream.chat(
    twitchLine(`so ${ALL.join(' ')} KEKW SteerR`),
    twitchLine('x', {
      text: 'in code KEKW, a link KEKW and KEKW',
      markdown: 'in code `KEKW`, a link [KEKW](https://example.com/KEKW) and KEKW',
    }),
    youtubeLine(`youtube ${ALL.join(' ')}`),
    // Published through the API: it says Twitch, but anyone could have written it.
    { ...twitchLine(`api ${ALL.join(' ')}`), id: String(stream.id) },
  );
  await expectImages(row(page, 0), ALL, baseURL!);
  // The zero-width 7TV emote sits over the emote before it.
  const stack = row(page, 0).locator('.emote-stack');
  await expect(stack.getByRole('img')).toHaveCount(2);
  await expect(stack.getByRole('img').nth(1)).toHaveAttribute('alt', 'SteerR');
  const stacked = await stack.getByRole('img').evaluateAll((images) =>
    images.map((image) => {
      const box = image.getBoundingClientRect();
      return [Math.round(box.left), Math.round(box.top)];
    }),
  );
  expect(stacked[1]).toEqual(stacked[0]);

  // Not inside code or links.
  await expect(row(page, 1).locator('img.emote')).toHaveCount(1);
  await expect(row(page, 1).locator('code')).toHaveText('KEKW');
  await expect(row(page, 1).getByRole('link', { name: 'KEKW' })).toBeVisible();
  // Not in lines from other networks, nor in lines of unknown origin.
  await expectText(row(page, 2), ALL);
  await expectText(row(page, 3), ALL);
  await page.screenshot({ path: 'test-results/emotes-dashboard.png' });
});

test("without emote_api the providers' own hosts are asked, and the page's policy lets their images in", async ({
  page,
  request,
}) => {
  const asked: string[] = [];
  page.on('request', (sent) => asked.push(new URL(sent.url()).host));
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await stream.chat(twitchLine(`hi ${ALL.join(' ')}`));
  // (The tests' fixture has the simulator's mirror answer for those hosts.)
  await expectImages(row(page, 0), ALL, 'https:/');
  expect(new Set(asked)).toEqual(
    new Set([
      new URL(page.url()).host,
      'api.frankerfacez.com',
      'api.betterttv.net',
      '7tv.io',
      'cdn.frankerfacez.com',
      'cdn.betterttv.net',
      'cdn.7tv.app',
    ]),
  );
});

test('Settings turn the emotes, or one provider, off and on', async ({
  page,
  request,
  baseURL,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream, `emote_api=${encodeURIComponent(baseURL!)}`);
  await stream.chat(twitchLine(`hi ${ALL.join(' ')}`));
  await expectImages(row(page, 0), ALL, baseURL!);

  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('checkbox', { name: '7TV', exact: true }).uncheck();
  await expectText(row(page, 0), CODES.seventv);
  await expectImages(row(page, 0), [...CODES.ffz, ...CODES.bttv], baseURL!);
  await dialog.getByRole('checkbox', { name: '7TV, BTTV and FFZ emotes' }).uncheck();
  await expectText(row(page, 0), ALL);
  await expect(dialog.getByRole('checkbox', { name: 'BetterTTV' })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: '7TV, BTTV and FFZ emotes' }).check();
  await dialog.getByRole('checkbox', { name: '7TV', exact: true }).check();
  await expectImages(row(page, 0), ALL, baseURL!);
});

/** What each misbehaving provider leaves: which codes still show, which stay words. */
const FAILURES = [
  {
    name: 'BetterTTV answering 500',
    spec: 'bttv=500',
    shown: [...CODES.ffz, ...CODES.seventv],
    words: CODES.bttv,
  },
  {
    name: '7TV never answering',
    spec: '7tv=slow',
    shown: [...CODES.ffz, ...CODES.bttv],
    words: CODES.seventv,
  },
  {
    // The room lookup is where the Twitch id comes from: without it, no channel sets at all.
    name: 'FrankerFaceZ answering a malformed body',
    spec: 'ffz=malformed',
    shown: [CODES.bttv[1]!, CODES.seventv[1]!],
    words: [...CODES.ffz, CODES.bttv[0]!, CODES.seventv[0]!],
  },
  {
    // javascript: and data: URLs, other hosts and look-alikes, 50,000 emotes, an 7 MB answer.
    name: 'every provider answering hostile bodies',
    spec: 'all=hostile',
    shown: ['HonestFFZ', 'Spam7'],
    words: [
      'EvilScript',
      'EvilHost',
      'EvilLookAlike',
      'EvilData',
      'EvilScript7',
      'EvilHost7',
      'EvilLookAlike7',
      'Spam49999',
      ...CODES.seventv,
    ],
  },
] as const;

for (const failure of FAILURES) {
  test.describe(failure.name, () => {
    // (The lookups run in a worker: a 500 there is not logged in the page's console.)
    test('leaves chat working and fetches nothing else', async ({ page, request, baseURL }) => {
      const mirror = `${baseURL}/_sim/emotes/${failure.spec}`;
      const elsewhere: string[] = [];
      const mirrored: string[] = [];
      page.on('request', (sent) => {
        const url = sent.url();
        if (url.startsWith(`${mirror}/`)) mirrored.push(url.slice(mirror.length));
        else if (!url.startsWith(`${baseURL}/`)) elsewhere.push(url);
      });
      const stream = await SimStream.create(request);
      await openDashboard(page, stream, `emote_api=${encodeURIComponent(mirror)}`);
      const codes = [...failure.shown, ...failure.words];
      await stream.chat(twitchLine(`first ${codes.join(' ')}`));
      // The line is there at once, whatever the providers do.
      await expect(row(page, 0)).toContainText('first');
      await expectImages(row(page, 0), failure.shown, mirror);
      await expectText(row(page, 0), failure.words);

      await stream.chat(twitchLine('still talking'));
      await expect(row(page, 1)).toContainText('still talking');
      expect(elsewhere).toEqual([]);
      // Each lookup once (a failure is not retried at once), and only the images shown.
      const lookups = mirrored.filter((path) => !path.startsWith('/cdn.'));
      expect(lookups).toEqual([...new Set(lookups)]);
      expect(
        lookups.every((path) =>
          /^\/(api\.frankerfacez\.com|api\.betterttv\.net|7tv\.io)\//.test(path),
        ),
      ).toBe(true);
      const images = mirrored.filter((path) => path.startsWith('/cdn.'));
      const shownSources = await row(page, 0)
        .locator('img.emote')
        .evaluateAll((all) => all.map((image) => (image as HTMLImageElement).currentSrc));
      expect(new Set(images.map((path) => `${mirror}${path}`))).toEqual(new Set(shownSources));
    });
  });
}
