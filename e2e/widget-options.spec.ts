import type { APIRequestContext, Page } from '@playwright/test';
import { SimStream, expect, test, twitchLine } from './support';

const ircLine = {
  type: 'text',
  network: 'irc',
  account_id: 0,
  from: { id: 2, name: 'alice' },
  text: 'an IRC line',
  markdown: 'an IRC line',
  timestamp: 1767268800000,
};
const privateLine = {
  ...ircLine,
  to: { id: 1, name: 'demo' },
  text: 'a whisper',
  markdown: 'a whisper',
};

/** A widget on a stream of its own, once the server counts it as connected. */
async function openWidget(page: Page, request: APIRequestContext, query: string) {
  const stream = await SimStream.create(request);
  await page.goto(stream.url(`widget&${query}`));
  const chat = page.getByRole('log', { name: 'Chat' });
  await expect(chat).toBeAttached();
  // The widget shows no connection status: it is connected once the server counts it.
  await expect.poll(() => stream.clients()).toBe(1);
  return { chat, stream };
}

test('widget: chat only, no header, accounts or composer', async ({ page, request }) => {
  const { chat, stream } = await openWidget(page, request, '');
  await stream.chat(twitchLine('hello widget'));
  await expect(chat.getByRole('article')).toHaveText(/hello widget/);
  await expect(page.getByRole('form', { name: 'Send a message' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Accounts' })).toHaveCount(0);
  await expect(page.getByRole('banner')).toHaveCount(0);
});

test('hide_irc and hide_pm leave those lines out; without them they show', async ({
  page,
  request,
}) => {
  const noIrc = await openWidget(page, request, 'hide_irc');
  await noIrc.stream.chat(ircLine, twitchLine('a twitch line'));
  await expect(noIrc.chat.getByRole('article')).toHaveCount(1);
  await expect(noIrc.chat).toContainText('a twitch line');
  await expect(noIrc.chat).not.toContainText('an IRC line');

  const noPm = await openWidget(page, request, 'hide_pm');
  await noPm.stream.chat(privateLine, ircLine);
  await expect(noPm.chat.getByRole('article')).toHaveCount(1);
  await expect(noPm.chat).toContainText('an IRC line');
  await expect(noPm.chat).not.toContainText('a whisper');

  const all = await openWidget(page, request, '');
  await all.stream.chat(privateLine, ircLine);
  await expect(all.chat.getByRole('article')).toHaveCount(2);
  await expect(all.chat).toContainText('a whisper');
});

test('compact: denser rows without the time', async ({ page, request }) => {
  const roomy = await openWidget(page, request, '');
  await roomy.stream.chat(twitchLine('one line'));
  await expect(roomy.chat.locator('time')).toHaveCount(1);
  const roomyHeight = (await roomy.chat.getByRole('article').boundingBox())!.height;

  const compact = await openWidget(page, request, 'compact');
  await compact.stream.chat(twitchLine('one line'));
  await expect(compact.chat.getByRole('article')).toBeVisible();
  await expect(compact.chat.locator('time')).toBeHidden();
  expect((await compact.chat.getByRole('article').boundingBox())!.height).toBeLessThan(roomyHeight);
});

test('fadeout=1: a line fades away after about a second', async ({ page, request }) => {
  const { chat, stream } = await openWidget(page, request, 'fadeout=1');
  await stream.chat(twitchLine('here for a moment'));
  const line = chat.getByRole('article');
  await expect(line).toBeVisible();
  await expect(line).toBeHidden({ timeout: 5_000 });
});

test('from_bottom: a lone line sits at the bottom of the widget', async ({ page, request }) => {
  const bottom = await openWidget(page, request, 'from_bottom');
  await bottom.stream.chat(twitchLine('at the bottom'));
  await expect(bottom.chat.getByRole('article')).toBeVisible();
  const log = (await bottom.chat.boundingBox())!;
  const line = (await bottom.chat.getByRole('article').boundingBox())!;
  expect(log.y + log.height - (line.y + line.height)).toBeLessThan(4);

  const top = await openWidget(page, request, '');
  await top.stream.chat(twitchLine('at the top'));
  await expect(top.chat.getByRole('article')).toBeVisible();
  const first = (await top.chat.getByRole('article').boundingBox())!;
  expect(first.y - log.y).toBeLessThan(4);
});

test('show_picture: chatters’ pictures appear only when asked', async ({
  page,
  request,
  baseURL,
}) => {
  const pictured = twitchLine('with a face', {
    from: { id: '9', name: 'face', picture: `${baseURL}/avatars/face.svg` },
  });
  const plain = await openWidget(page, request, '');
  await plain.stream.chat(pictured);
  await expect(plain.chat.getByRole('article')).toContainText('with a face');
  await expect(plain.chat.locator('img[src$="/avatars/face.svg"]')).toHaveCount(0);

  const withPictures = await openWidget(page, request, 'show_picture');
  await withPictures.stream.chat(pictured);
  await expect(withPictures.chat.locator('img[src$="/avatars/face.svg"]')).toBeVisible();
});

test('theme, night_mode and font_size set the look', async ({ page, request }) => {
  const background = () =>
    page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  await openWidget(page, request, 'theme=light');
  const light = await background();
  await openWidget(page, request, 'theme=dark');
  const dark = await background();
  expect(dark).not.toBe(light);
  await openWidget(page, request, 'night_mode=true');
  expect(await background()).toBe(dark);
  await openWidget(page, request, 'night_mode=false');
  expect(await background()).toBe(light);

  const { chat, stream } = await openWidget(page, request, 'font_size=24');
  await stream.chat(twitchLine('big text'));
  await expect(chat.getByRole('article')).toHaveCSS('font-size', '24px');
});

test('transparent: nothing behind the chat but the page below', async ({ page, request }) => {
  await openWidget(page, request, 'transparent&theme=dark');
  const backgrounds = await page.evaluate(() =>
    [document.documentElement, document.body].map(
      (element) => getComputedStyle(element).backgroundColor,
    ),
  );
  expect(backgrounds).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
});
