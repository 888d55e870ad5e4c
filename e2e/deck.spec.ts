import type { Page } from '@playwright/test';
import { SimStream, expect, test, twitchLine } from './support';

// A dropped stream's reconnect may be refused for a moment; the browser logs that.
test.use({ expectedConsoleErrors: /WebSocket connection to .* failed/ });

async function openDeck(page: Page, ids: number[]) {
  await page.goto(`/?stream=${ids.join(',')}#token=demo-token`);
}

test('stream=A,B shows a column per stream, each with its own connection, accounts and chat', async ({
  page,
  request,
}) => {
  const first = await SimStream.create(request);
  const second = await SimStream.create(request, { accounts: 'second' });
  await openDeck(page, [first.id, second.id]);
  const one = page.getByRole('region', { name: `Test stream ${first.id}` });
  const two = page.getByRole('region', { name: `Test stream ${second.id}` });
  // Each column shows its own stream's accounts.
  await expect(one.getByRole('list', { name: 'Accounts' }).getByRole('listitem')).toHaveCount(5);
  await expect(one.getByRole('list', { name: 'Accounts' })).toContainText('chatdeck_live');
  await expect(two.getByRole('list', { name: 'Accounts' }).getByRole('listitem')).toHaveCount(3);
  await expect(two.getByRole('list', { name: 'Accounts' })).toContainText('chatdeck_games');
  await expect(two.getByRole('region', { name: 'Viewers' })).toContainText('605');
  for (const column of [one, two]) {
    await expect(column.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
    await expect(column.getByRole('region', { name: 'Viewers' })).toBeVisible();
    await expect(column.getByRole('log', { name: 'Chat' })).toBeVisible();
    await expect(column.getByRole('form', { name: 'Send a message' })).toBeVisible();
  }
  await first.chat(twitchLine('only in the first stream'));
  await second.chat(twitchLine('only in the second stream'));
  await expect(one.getByRole('log', { name: 'Chat' })).toContainText('only in the first stream');
  await expect(two.getByRole('log', { name: 'Chat' })).toContainText('only in the second stream');
  await expect(one.getByRole('log', { name: 'Chat' })).not.toContainText('second stream');
  await expect(two.getByRole('log', { name: 'Chat' })).not.toContainText('first stream');

  // Each column sends through its own stream.
  const message = two.getByRole('textbox', { name: 'Message' });
  await message.fill('/irc hello from the second column');
  await message.press('Enter');
  await expect(two.getByRole('log', { name: 'Chat' })).toContainText(
    'hello from the second column',
  );
  expect(
    (await second.received()).some((command) =>
      String(command.text).includes('hello from the second column'),
    ),
  ).toBe(true);
  expect(
    (await first.received()).some((command) =>
      String(command.text).includes('hello from the second column'),
    ),
  ).toBe(false);
});

test('one stream losing its connection leaves the other connected', async ({ page, request }) => {
  const first = await SimStream.create(request);
  const second = await SimStream.create(request);
  await openDeck(page, [first.id, second.id]);
  const one = page.getByRole('region', { name: `Test stream ${first.id}` });
  const two = page.getByRole('region', { name: `Test stream ${second.id}` });
  await expect(one.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  await expect(two.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  await first.control('drop');
  await expect(one.getByRole('status', { name: 'Connection' })).toContainText('Connection lost');
  await expect(two.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  await second.chat(twitchLine('the second stream talks on'));
  await expect(two.getByRole('log', { name: 'Chat' })).toContainText('the second stream talks on');
  await expect(one.getByRole('status', { name: 'Connection' })).toHaveText('Connected', {
    timeout: 15_000,
  });
});

test('a narrow dock shows one stream at a time, with tabs; Ctrl+2 switches', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 400, height: 720 });
  const first = await SimStream.create(request);
  const second = await SimStream.create(request);
  await openDeck(page, [first.id, second.id]);
  const tabs = page.getByRole('tablist', { name: 'Streams' });
  await expect(tabs.getByRole('tab')).toHaveCount(2);
  await expect(tabs.getByRole('tab', { name: `Test stream ${first.id}` })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByRole('region', { name: `Test stream ${first.id}` })).toBeVisible();
  await expect(page.getByRole('region', { name: `Test stream ${second.id}` })).toBeHidden();
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('region', { name: `Test stream ${second.id}` })).toBeVisible();
  await expect(page.getByRole('region', { name: `Test stream ${first.id}` })).toBeHidden();
  // Both stay connected while hidden: a line sent once the second is connected (and listed
  // by the simulator, a moment after the page says so) shows in it.
  await expect(
    page
      .getByRole('region', { name: `Test stream ${second.id}` })
      .getByRole('status', { name: 'Connection' }),
  ).toHaveText('Connected');
  await expect.poll(() => second.clients()).toBe(1);
  await second.chat(twitchLine('seen after switching'));
  await expect(
    page
      .getByRole('region', { name: `Test stream ${second.id}` })
      .getByRole('log', { name: 'Chat' }),
  ).toContainText('seen after switching');
  // Arrow keys move between tabs too.
  await tabs.getByRole('tab', { name: `Test stream ${second.id}` }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.getByRole('tab', { name: `Test stream ${first.id}` })).toBeFocused();
  await expect(page.getByRole('region', { name: `Test stream ${first.id}` })).toBeVisible();
});

test('a single stream looks and works exactly as before: no deck', async ({ page, request }) => {
  const stream = await SimStream.create(request);
  await page.goto(stream.url());
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  await expect(page.getByRole('region', { name: `Test stream ${stream.id}` })).toHaveCount(0);
  await expect(page.getByRole('tablist')).toHaveCount(0);
});

test('a filter column shows only its network; columns are added, moved and removed, and the deck survives a reload', async ({
  page,
  request,
}) => {
  const first = await SimStream.create(request);
  const second = await SimStream.create(request);
  await openDeck(page, [first.id, second.id]);
  await expect(
    page
      .getByRole('region', { name: `Test stream ${first.id}`, exact: true })
      .getByRole('status', { name: 'Connection' }),
  ).toHaveText('Connected');

  // Add a YouTube-only view of the first stream, from the keyboard.
  await page.getByRole('button', { name: 'Add column' }).click();
  const form = page.getByRole('form', { name: 'Add column' });
  await form.getByRole('combobox').selectOption(String(first.id));
  await form.getByLabel('Filter').fill('network:youtube');
  await form.getByLabel('Filter').press('Enter');
  const filtered = page.getByRole('region', { name: `Test stream ${first.id}: network:youtube` });
  await expect(filtered).toBeVisible();
  await expect(filtered.getByRole('form', { name: 'Send a message' })).toHaveCount(0);

  await first.chat(
    twitchLine('a twitch line'),
    twitchLine('a youtube line', {
      network: 'youtube',
      account_id: 15,
      from: { id: 'UCx', name: 'Aiko' },
    }),
  );
  const whole = page
    .getByRole('region', { name: `Test stream ${first.id}`, exact: true })
    .getByRole('log', { name: 'Chat' });
  await expect(whole).toContainText('a twitch line');
  await expect(whole).toContainText('a youtube line');
  await expect(filtered.getByRole('log', { name: 'Chat' })).toContainText('a youtube line');
  await expect(filtered.getByRole('log', { name: 'Chat' })).not.toContainText('a twitch line');
  // One connection per stream, however many columns show it.
  expect(await first.clients()).toBe(1);

  // Move the filtered column to the front, then take the second stream away.
  // Column actions sit in each column's menu ("Column options"), keyboard included.
  await filtered.getByLabel('Column options').click();
  await filtered.getByRole('button', { name: 'Move left' }).click();
  await filtered.getByLabel('Column options').focus();
  await page.keyboard.press('Enter');
  await filtered.getByRole('button', { name: 'Move left' }).press('Enter');
  const regions = page.getByRole('region', { name: /^Test stream/ });
  await expect(regions.first()).toHaveAccessibleName(`Test stream ${first.id}: network:youtube`);
  const secondColumn = page.getByRole('region', { name: `Test stream ${second.id}`, exact: true });
  await secondColumn.getByLabel('Column options').click();
  await secondColumn.getByRole('button', { name: 'Remove column' }).click();
  await expect(
    page.getByRole('region', { name: `Test stream ${second.id}`, exact: true }),
  ).toHaveCount(0);
  await expect.poll(() => second.clients()).toBe(0);

  // The layout is in the address: a reload (or a dock with this URL) shows the same deck.
  expect(new URL(page.url()).searchParams.get('deck')).toBe(
    `${first.id}:network%3Ayoutube,${first.id}`,
  );
  await page.reload();
  await expect(regions).toHaveCount(2);
  await expect(regions.first()).toHaveAccessibleName(`Test stream ${first.id}: network:youtube`);
  await expect(
    page
      .getByRole('region', { name: `Test stream ${first.id}`, exact: true })
      .getByRole('status', { name: 'Connection' }),
  ).toHaveText('Connected');

  // Signing out leaves the deck for the Connect form.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('form', { name: 'Connect' })).toBeVisible();
  expect(new URL(page.url()).searchParams.has('deck')).toBe(false);
});
