import type { Locator, Page } from '@playwright/test';
import { SimStream, expect, openDashboard, test, twitchLine } from './support';

function lines(from: number, to: number) {
  return Array.from({ length: to - from + 1 }, (_, i) => twitchLine(`line ${from + i}`));
}

/** The message row showing exactly "line N" (its message ends with it; Reply and Feature follow). */
function row(page: Page, n: number): Locator {
  return page
    .getByRole('log', { name: 'Chat' })
    .getByRole('article')
    .filter({ hasText: new RegExp(`line ${n}(ReplyFeature)?$`) });
}

async function scrollUpInChat(page: Page): Promise<void> {
  const chat = page.getByRole('log', { name: 'Chat' });
  await chat.hover();
  await page.mouse.wheel(0, -600);
  await settledBox(chat.getByRole('article').first());
}

/** Where a row sits once scrolling has come to rest (wheel scrolling may animate). */
async function settledBox(locator: Locator) {
  let previous = '';
  await expect
    .poll(async () => {
      const box = JSON.stringify(await locator.boundingBox());
      const settled = box === previous;
      previous = box;
      return settled;
    })
    .toBe(true);
  return locator.boundingBox();
}

test('scrolling up pauses the chat, counts what arrives; End goes to the newest line, Escape back to live', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await stream.chat(...lines(1, 80));
  await expect(row(page, 80)).toBeInViewport();

  await scrollUpInChat(page);
  const live = page.getByRole('button', { name: 'Back to live' });
  await expect(live).toBeVisible();
  await expect(row(page, 80)).not.toBeInViewport();

  // The reader's place holds while new lines arrive below.
  const reading = row(page, 55);
  await expect(reading).toBeInViewport();
  const before = await settledBox(reading);
  await stream.chat(...lines(81, 85));
  await expect(page.getByRole('button', { name: '5 new messages' })).toBeVisible();
  expect(await reading.boundingBox()).toEqual(before);
  await expect(row(page, 85)).not.toBeInViewport();

  // End takes the keyboard to the newest line, which holds the log while it has the focus.
  await page.getByRole('log', { name: 'Chat' }).press('End');
  await expect(row(page, 85)).toBeFocused();
  await expect(row(page, 85)).toBeInViewport();
  await expect(page.getByRole('button', { name: 'Back to live' })).toBeVisible();
  // Escape goes to the message box, and the log is live again.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeFocused();
  await expect(page.getByRole('button', { name: /new message|Back to live/ })).toHaveCount(0);

  // Following again: the next line shows up without any action.
  await stream.chat(twitchLine('line 86'));
  await expect(row(page, 86)).toBeInViewport();
});

test('the "new messages" button and Escape both return to the newest line', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await stream.chat(...lines(1, 60));
  await expect(row(page, 60)).toBeInViewport();
  await scrollUpInChat(page);
  await stream.chat(twitchLine('line 61'));
  await page.getByRole('button', { name: '1 new message' }).click();
  await expect(row(page, 61)).toBeInViewport();

  await scrollUpInChat(page);
  await expect(page.getByRole('button', { name: 'Back to live' })).toBeVisible();
  await page.getByRole('log', { name: 'Chat' }).press('Escape');
  await expect(row(page, 61)).toBeInViewport();
});

test('keeps the newest lines up to the history setting and drops the oldest', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream, 'history=100');
  await stream.chat(...lines(1, 150));
  await expect(row(page, 150)).toBeInViewport();

  const chat = page.getByRole('log', { name: 'Chat' });
  await chat.press('Home');
  await expect(row(page, 51)).toBeInViewport();
  await expect(row(page, 50)).toHaveCount(0);
  await expect(row(page, 1)).toHaveCount(0);
  // Only what is on screen (plus a margin) is in the page, whatever the history holds.
  expect(await chat.getByRole('article').count()).toBeLessThan(60);
});

test('while paused, lines trimmed by the history cap do not move the view', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream, 'history=100');
  await stream.chat(...lines(1, 100));
  await expect(row(page, 100)).toBeInViewport();
  await scrollUpInChat(page);
  const reading = row(page, 75);
  await expect(reading).toBeInViewport();
  const before = await settledBox(reading);

  await stream.chat(...lines(101, 120));
  await expect(page.getByRole('button', { name: '20 new messages' })).toBeVisible();
  await expect(reading).toBeInViewport();
  expect(await reading.boundingBox()).toEqual(before);
});
