import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { SimStream, expect, openDashboard, test, twitchLine } from './support';

/** axe-core's WCAG 2.x A and AA rules; any violation fails, listed by rule and element. */
async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    where: violation.nodes.map((node) => node.target.join(' ')).slice(0, 3),
  }));
}

for (const theme of ['light', 'dark'] as const) {
  test(`the dashboard passes axe's WCAG A/AA checks (${theme})`, async ({ page, request }) => {
    const stream = await SimStream.create(request);
    await openDashboard(page, stream, `theme=${theme}`);
    await stream.chat(
      twitchLine('hello *there*'),
      twitchLine('a [link](https://example.com/) too'),
    );
    await expect(page.getByRole('log', { name: 'Chat' }).getByRole('article')).toHaveCount(2);
    expect(await violations(page)).toEqual([]);
  });
}

test("the connect form and the widget builder pass axe's WCAG A/AA checks", async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('form', { name: 'Connect' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.goto('/?builder');
  await expect(page.getByRole('form', { name: 'Widget options' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
