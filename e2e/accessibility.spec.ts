import {
  SimStream,
  expect,
  learnChattersFor,
  openDashboard,
  test,
  twitchLine,
  violations,
} from './support';

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

for (const theme of ['light', 'dark'] as const) {
  test(`the reading tools pass axe's WCAG A/AA checks: Settings, search, a user card, highlights (${theme})`, async ({
    page,
    request,
  }) => {
    // Four full axe runs (Settings now holds the voice and emote groups too): each takes
    // several seconds on a busy 2-core machine.
    test.setTimeout(90_000);
    // First-time chatters marked from the first line: their highlight is checked too.
    await learnChattersFor(page, 0);
    const stream = await SimStream.create(request);
    await openDashboard(page, stream, `theme=${theme}`);
    await stream.chat(
      twitchLine('hello @chatdeck_live', { from: { id: '1', name: 'fan' } }),
      twitchLine('hello again, giveaway?', { from: { id: '1', name: 'fan' } }),
      twitchLine('GG', { from: { id: '2', name: 'other' } }),
      twitchLine('!discord', { from: { id: '3', name: 'botter' } }),
    );
    const chat = page.getByRole('log', { name: 'Chat' });
    await expect(chat.getByRole('article')).toHaveCount(4);

    await page.getByRole('button', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await settings.getByRole('textbox', { name: 'Highlight words' }).fill('giveaway, /(a)\\1/');
    await settings.getByRole('checkbox', { name: 'Hide bot commands' }).check();
    await expect(settings).toContainText('back-references');
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(settings).toBeHidden();
    await expect(page.getByRole('button', { name: '1 hidden' })).toBeVisible();
    await expect(chat.locator('[data-highlight]')).toHaveCount(3);
    expect(await violations(page)).toEqual([]);

    await page.keyboard.press('Control+f');
    await page.getByRole('searchbox', { name: 'Search chat' }).fill('hello');
    await expect(
      page.getByRole('list', { name: 'Search results' }).getByRole('listitem'),
    ).toHaveCount(2);
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await chat.getByRole('button', { name: 'fan' }).first().click();
    await expect(page.getByRole('dialog', { name: 'fan' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test("the connect form and the widget builder pass axe's WCAG A/AA checks", async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('form', { name: 'Connect' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.goto('/?builder');
  await expect(page.getByRole('form', { name: 'Widget options' })).toBeVisible();
  // The featured overlay's preview is checked once its card has come in (it fades in).
  const card = page
    .frameLocator('iframe[title="Featured overlay preview"]')
    .getByRole('region', { name: 'Featured' });
  await expect(card).toBeVisible();
  await card.evaluate((element) =>
    Promise.all(element.getAnimations().map((animation) => animation.finished)),
  );
  expect(await violations(page)).toEqual([]);
});

test("the deck passes axe's WCAG A/AA checks, wide and as tabs in a narrow dock", async ({
  page,
  request,
}) => {
  const first = await SimStream.create(request);
  const second = await SimStream.create(request);
  await page.goto(`/?stream=${first.id},${second.id}#token=demo-token`);
  for (const id of [first.id, second.id]) {
    await expect(
      page
        .getByRole('region', { name: `Test stream ${id}` })
        .getByRole('status', { name: 'Connection' }),
    ).toHaveText('Connected');
  }
  expect(await violations(page)).toEqual([]);
  await page.setViewportSize({ width: 400, height: 720 });
  await expect(page.getByRole('tablist', { name: 'Streams' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test.describe('errors and marks', () => {
  test.use({ expectedConsoleErrors: /WebSocket connection to .* failed/ });

  test("the refused Connect form and a 'via API' line pass axe's WCAG A/AA checks", async ({
    page,
    request,
  }) => {
    const stream = await SimStream.create(request);
    await openDashboard(page, stream);
    await page.request.post(`/api/v1/stream/${stream.id}/msg`, {
      headers: { authorization: 'Bearer demo-token' },
      data: {
        type: 'text',
        network: 'irc',
        account_id: 0,
        from: { name: 'demo' },
        text: 'claimed',
        markdown: 'claimed',
      },
    });
    const marker = page.getByRole('button', { name: 'via API' });
    await marker.focus();
    expect(await violations(page)).toEqual([]);

    // (A query that differs, so the page loads again rather than moving to a fragment.)
    await page.goto(`/?stream=${stream.id}&compact#token=not-the-token`);
    await expect(page.getByRole('form', { name: 'Connect' })).toBeVisible({ timeout: 20_000 });
    expect(await violations(page)).toEqual([]);
  });
});
