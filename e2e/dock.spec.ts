import { SimStream, coveredTexts, expect, openDashboard, test } from './support';

for (const width of [300, 320, 400, 420]) {
  test(`fits a ${width} px OBS dock: one-line header, every account reachable, nothing overlaps`, async ({
    page,
    request,
  }, testInfo) => {
    await page.setViewportSize({ width, height: 720 });
    const stream = await SimStream.create(request);
    await openDashboard(page, stream);
    const accounts = page.getByRole('list', { name: 'Accounts' }).getByRole('listitem');
    await expect(accounts).toHaveCount(5);

    // The header is one line, and nothing in it spills out of the page.
    const header = (await page.locator('header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(48);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(width);

    // Sign out is one menu away.
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();
    await page.getByLabel('More').click();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();
    await expect(page.getByLabel('More')).toBeFocused();

    // The side panel never covers the chat: it ends where the chat begins.
    const side = (await page.getByRole('complementary', { name: 'Stream' }).boundingBox())!;
    const chat = (await page.getByRole('log', { name: 'Chat' }).boundingBox())!;
    expect(side.y + side.height).toBeLessThanOrEqual(chat.y + 1);

    // Every account can be brought into view, and then is wholly inside the side panel.
    for (const account of await accounts.all()) {
      await account.scrollIntoViewIfNeeded();
      const box = (await account.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(side.y - 1);
      expect(box.y + box.height).toBeLessThanOrEqual(side.y + side.height + 1);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
    await testInfo.attach(`dock-${width}`, {
      body: await page.screenshot(),
      contentType: 'image/png',
    });
  });
}

test('a narrow dock folds the side panel, and a fade in its own space says there is more below', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 320, height: 560 });
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const side = page.getByRole('complementary', { name: 'Stream' });
  const hint = page.locator('[data-scroll-hint]');
  await expect(hint).toHaveAttribute('data-more-below', 'true');
  // Under the panel, in a strip of its own: nothing of the panel is drawn under it.
  const sideBox = (await side.boundingBox())!;
  const hintBox = (await hint.boundingBox())!;
  expect(hintBox.y).toBeGreaterThanOrEqual(sideBox.y + sideBox.height - 0.5);
  expect(await coveredTexts(page)).toEqual([]);
  // Viewers and Accounts open from their one line.
  const viewers = page.getByRole('button', { name: 'Viewers', exact: true });
  await viewers.click();
  await expect(viewers).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('region', { name: 'Viewers' })).toContainText(
    'Twitch: 1,284 viewers',
  );
  await viewers.click();
  await side.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(hint).not.toHaveAttribute('data-more-below');
});
