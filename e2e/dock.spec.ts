import { SimStream, expect, openDashboard, test } from './support';

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

test('a narrow dock with more than fits says there is more below', async ({ page, request }) => {
  await page.setViewportSize({ width: 320, height: 560 });
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const hint = page.getByText('More below ↓ scroll');
  await expect(hint).toBeVisible();
  const side = page.getByRole('complementary', { name: 'Stream' });
  await side.evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(hint).toBeHidden();
});
