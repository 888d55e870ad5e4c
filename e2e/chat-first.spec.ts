import type { Page } from '@playwright/test';
import {
  SimStream,
  coveredTexts,
  expect,
  openDashboard,
  test,
  twitchLine,
  violations,
} from './support';

/** An OBS dock's widths, a phone's, and a desktop. */
const SIZES = [
  [300, 600],
  [360, 800],
  [420, 800],
  [1440, 900],
] as const;

/** Lines of every length, so rows wrap as real chat does. */
function chatter(count: number) {
  const texts = [
    'gg',
    'what keyboard is that?',
    'hey @chatdeck_live, loving the stream today, how long have you been streaming?',
    'the *italic* and **bold** chat formatting works here',
    'first time catching the stream live',
  ];
  return Array.from({ length: count }, (_, i) =>
    twitchLine(`${texts[i % texts.length]} (${i + 1})`, {
      from: { id: `u${i % 7}`, name: `chatter_${i % 7}` },
    }),
  );
}

/** A featured line with two more queued, and a poll running (started from the composer). */
async function pollAndQueue(page: Page, scope = page.locator('body')) {
  // Featured while the chat stands still (the poll's votes then come in as chat lines).
  const lines = scope.getByRole('log', { name: 'Chat' }).getByRole('article');
  const queued = page.getByRole('list', { name: 'Queued for the overlay' }).getByRole('listitem');
  for (const [n, waiting] of [
    [40, 0],
    [39, 1],
    [38, 2],
  ] as const) {
    const line = lines.filter({ hasText: `(${n})` });
    await line.hover();
    await line
      .getByRole('button', { name: 'Feature' })
      .click({ modifiers: waiting > 0 ? ['Control'] : [] });
    // Each step settles before the next: the strip it opens moves the lines.
    await expect(page.getByRole('region', { name: 'On stream' })).toContainText('(40)');
    await expect(queued).toHaveCount(waiting);
  }
  await page.mouse.move(0, 0);
  const message = scope.getByRole('textbox', { name: 'Message' });
  await message.fill('/poll Next game? | Celeste | Hades 60s');
  await message.press('Enter');
  await expect(scope.getByRole('region', { name: 'Poll' })).toContainText('Next game?');
}

/** The log is at least half the window, nothing covers any text, axe passes: light and dark. */
async function checkLayout(page: Page, height: number) {
  // Sent and skipped fates of the poll's announcement fade out (a moment's state): gone first,
  // the page's clock moved on a second at a time rather than waited for.
  const waiting = page.getByRole('list', { name: 'Waiting to send' });
  await expect
    .poll(async () => {
      await page.clock.fastForward(1_000);
      return waiting.count();
    })
    .toBe(0);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const log of await page.getByRole('log', { name: 'Chat' }).all()) {
      if (!(await log.isVisible())) continue;
      const box = (await log.boundingBox())!;
      expect(box.height, `the chat's height (${scheme})`).toBeGreaterThanOrEqual(height / 2);
    }
    expect(await coveredTexts(page), `text drawn over (${scheme})`).toEqual([]);
    // The dark scheme changes colours only: its contrast, on the page checked in full in light.
    expect(await violations(page, { colours: scheme === 'dark' }), `axe (${scheme})`).toEqual([]);
  }
}

for (const [width, height] of SIZES) {
  test.describe(`${width} x ${height}`, () => {
    test.use({ viewport: { width, height } });
    // The page's clock (flowing as usual) is the test's, to move on past a moment's state.
    test.beforeEach(({ page }) => page.clock.install());
    // Two colour schemes, each checked with axe and by hit-testing every text on the page.
    test.describe.configure({ timeout: 90_000 });

    test('the dashboard: chat first with a poll and a featured queue, nothing drawn over text', async ({
      page,
      request,
    }) => {
      const stream = await SimStream.create(request);
      await openDashboard(page, stream);
      await stream.chat(...chatter(40));
      await expect(page.getByRole('log', { name: 'Chat' })).toHaveAttribute('data-messages', '40');
      await pollAndQueue(page);
      if (width < 768) {
        // Folded: a line each, opened by its button; the total and the live badges still shown.
        for (const name of ['Viewers', 'Accounts']) {
          await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute(
            'aria-expanded',
            'false',
          );
        }
        await expect(page.getByRole('region', { name: 'Viewers' })).toContainText('1,626');
        await expect(
          page
            .getByRole('list', { name: 'Accounts' })
            .getByRole('listitem')
            .filter({ hasText: 'Live' }),
        ).toHaveCount(3);
      }
      await checkLayout(page, height);
      // A line's actions, shown by hovering it, sit beside its text, not over it.
      await page.getByRole('log', { name: 'Chat' }).getByRole('article').last().hover();
      expect(await coveredTexts(page)).toEqual([]);
      if (width < 768) {
        // Opened, the folded panels still leave the chat readable, and pass axe.
        await page.mouse.move(0, 0);
        const viewers = page.getByRole('button', { name: 'Viewers', exact: true });
        await viewers.click();
        await expect(viewers).toHaveAttribute('aria-expanded', 'true');
        await expect(page.getByRole('region', { name: 'Viewers' })).toContainText(
          'Twitch: 1,284 viewers',
        );
        expect(await coveredTexts(page), 'text drawn over (opened)').toEqual([]);
        expect(await violations(page), 'axe (opened)').toEqual([]);
      }
    });

    test('the deck: one line per column header, chat first, nothing drawn over text', async ({
      page,
      request,
    }) => {
      const first = await SimStream.create(request);
      const second = await SimStream.create(request, { accounts: 'second' });
      await page.goto(`/?stream=${first.id},${second.id}#token=demo-token`);
      const column = page.getByRole('region', { name: `Test stream ${first.id}`, exact: true });
      await expect(column.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
      await first.chat(...chatter(40));
      await expect(column.getByRole('log', { name: 'Chat' })).toHaveAttribute(
        'data-messages',
        '40',
      );
      await pollAndQueue(page, column);
      // Name, live badges and total viewers: one line over the chat.
      // The counts come with the column's first viewer poll, a little after it connects.
      await expect(column.getByRole('region', { name: 'Viewers' })).toContainText('1,626', {
        timeout: 15_000,
      });
      await expect(
        column
          .getByRole('list', { name: 'Accounts' })
          .getByRole('listitem')
          .filter({ hasText: 'Live' }),
      ).toHaveCount(3);
      const header = (await column
        .getByRole('heading', { name: `Test stream ${first.id}` })
        .locator('..')
        .boundingBox())!;
      expect(header.height).toBeLessThanOrEqual(44);
      await checkLayout(page, height);
      // The folded panels open from the header.
      const details = column.getByRole('button', { name: 'Viewers and accounts' });
      await details.click();
      await expect(details).toHaveAttribute('aria-expanded', 'true');
      await expect(column.getByRole('region', { name: 'Viewers' })).toContainText(
        'Twitch: 1,284 viewers',
      );
    });

    test('the widget: the chat is the page, nothing drawn over text', async ({ page, request }) => {
      const stream = await SimStream.create(request);
      await page.goto(stream.url('widget'));
      await expect.poll(() => stream.clients()).toBe(1);
      await stream.chat(...chatter(40));
      await expect(page.getByRole('log', { name: 'Chat' })).toHaveAttribute('data-messages', '40');
      await checkLayout(page, height);
    });
  });
}
