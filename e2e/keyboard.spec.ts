import type { Page } from '@playwright/test';
import { SimStream, expect, openDashboard, test, twitchLine } from './support';

/**
 * Chat answered by keyboard alone while it moves (issue 21's "Done when"): from the page's top
 * to the log, to a line, its Reply, typed, sent, with 50 lines arriving meanwhile. After every
 * key the focus is somewhere (never the page's body), and no focus falls there between keys.
 */

/** What has the focus: its role-ish tag and name, for the test's messages. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const name = element.getAttribute('aria-label') ?? element.textContent?.slice(0, 40) ?? '';
    return `${element.tagName.toLowerCase()}[role=${element.getAttribute('role') ?? ''}] ${name}`;
  });
}

/** Records every moment the focus fell to the body (between keys too: a row recycled). */
async function watchFallsToBody(page: Page) {
  await page.addInitScript(() => {
    const falls: string[] = [];
    (window as unknown as { focusFalls: string[] }).focusFalls = falls;
    document.addEventListener(
      'focusout',
      (event) => {
        const from = event.target as Element;
        const label = `${from.tagName} ${from.getAttribute('aria-label') ?? ''}`;
        setTimeout(() => {
          if (document.hasFocus() && document.activeElement === document.body) falls.push(label);
        }, 0);
      },
      true,
    );
  });
}

const falls = (page: Page) =>
  page.evaluate(() => (window as unknown as { focusFalls: string[] }).focusFalls);

for (const [width, height] of [
  [360, 800],
  [1440, 900],
] as const) {
  test(`by keyboard alone at ${width} x ${height}: to a line, Reply, type, send, while 50 lines arrive`, async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width, height });
    await watchFallsToBody(page);
    const stream = await SimStream.create(request);
    await openDashboard(page, stream);
    await stream.chat(
      ...Array.from({ length: 20 }, (_, i) =>
        twitchLine(`earlier line ${i + 1}`, { from: { id: `e${i % 5}`, name: `early_${i % 5}` } }),
      ),
    );
    const log = page.getByRole('log', { name: 'Chat' });
    await expect(log).toHaveAttribute('data-messages', '20');

    let arrived = 0;
    /** Three more lines (fifty in all), in the middle of the typing. */
    const moreLines = async () => {
      if (arrived >= 50) return;
      const frames = Array.from({ length: Math.min(3, 50 - arrived) }, (_, i) =>
        twitchLine(`meanwhile ${arrived + i + 1}`, {
          from: { id: `m${(arrived + i) % 9}`, name: `passer_${(arrived + i) % 9}` },
        }),
      );
      arrived += frames.length;
      await stream.chat(...frames);
    };
    /** One key, lines arriving, and the focus never on the body. */
    const press = async (key: string) => {
      await page.keyboard.press(key);
      await moreLines();
      expect(await focused(page), `the focus after ${key}`).not.toBe('body');
    };

    // From the page's top, Tab to the log (the page's controls on the way each take one).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let tabsToLog = 0;
    while (!(await log.evaluate((element) => element === document.activeElement))) {
      await page.keyboard.press('Tab');
      tabsToLog += 1;
      expect(await focused(page)).not.toBe('body');
      expect(tabsToLog, 'Tab presses from the top to the log').toBeLessThan(30);
    }
    console.log(`${width} x ${height}: ${tabsToLog} Tab presses from the top to the log`);

    // To a line two up from the newest: it keeps the focus while lines arrive.
    await press('ArrowUp');
    await press('ArrowUp');
    await press('ArrowUp');
    await expect(log.locator('article:focus')).toHaveCount(1);

    // Tab from the log reaches the message box in at most 3 presses.
    const message = page.getByRole('textbox', { name: 'Message' });
    let tabsToMessage = 0;
    while (!(await message.evaluate((element) => element === document.activeElement))) {
      await press('Tab');
      tabsToMessage += 1;
      expect(
        tabsToMessage,
        'Tab presses from a line of the log to the message box',
      ).toBeLessThanOrEqual(3);
    }
    console.log(`${width} x ${height}: ${tabsToMessage} Tab presses from a line to the message`);
    // Back to the log, and to a line again.
    const inLog = () => log.evaluate((element) => element.contains(document.activeElement));
    for (let back = 1; !(await inLog()); back++) {
      await press('Shift+Tab');
      expect(back, 'Shift+Tab presses from the message box back to the log').toBeLessThanOrEqual(3);
    }
    await press('ArrowUp');
    await press('ArrowUp');
    const again = page.locator('article:focus');
    await expect(again).toHaveCount(1);
    const replyTo = (await again.textContent())!;

    // Enter on the focused line opens its actions; Enter on Reply answers it.
    await press('Enter');
    await expect(
      page.getByRole('button', { name: 'Reply' }).and(page.locator(':focus')),
    ).toHaveCount(1);
    await press('Enter');
    await expect(message).toBeFocused();
    const name = /@(\w+) $/.exec(await message.inputValue())?.[1];
    expect(name).toBeTruthy();
    expect(replyTo).toContain(name!);
    for (const key of 'thanks!') await press(key);
    await expect(message).toHaveValue(`@${name} thanks!`);
    await press('Enter');
    await expect(message).toHaveValue('');
    while (arrived < 50) await moreLines();
    await expect(log.getByRole('article').filter({ hasText: 'meanwhile 50' })).toHaveCount(1);
    await expect
      .poll(async () => (await stream.received()).filter((command) => command.type === 'text'))
      .toContainEqual(expect.objectContaining({ text: `@${name} thanks!` }));
    expect(await falls(page), 'moments the focus fell to the page body').toEqual([]);
  });
}
