import { SimStream, expect, learnChattersFor, openDashboard, test, twitchLine } from './support';

test('Same person as… links a Twitch and a YouTube chatter: one card with both lines, one poll vote, one giveaway entry; a nickname shown instead of the name and a note, kept on the device', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const youtube = { network: 'youtube', account_id: 15 };
  await stream.chat(
    twitchLine('hello from twitch', { from: { id: '501', name: 'ada_tw' } }),
    twitchLine('hello from youtube', { ...youtube, from: { id: 'UC501', name: 'Ada YT' } }),
  );
  const log = page.getByRole('log', { name: 'Chat' });
  await expect(log.getByRole('article')).toHaveCount(2);

  await log.getByRole('button', { name: 'ada_tw' }).click();
  const card = page.getByRole('dialog', { name: 'ada_tw' });
  await card.getByRole('button', { name: 'Same person as…' }).click();
  await card
    .getByRole('combobox', { name: 'Same person as' })
    .selectOption({ label: 'Ada YT (youtube)' });
  await card.getByRole('button', { name: 'Link' }).click();
  await expect(card.getByRole('list', { name: 'Same person' })).toContainText('Ada YT');
  // One card: the lines of both.
  const recent = card.getByRole('list', { name: 'Recent messages' });
  await expect(recent).toContainText('hello from twitch');
  await expect(recent).toContainText('hello from youtube');
  await card.getByRole('textbox', { name: 'Nickname' }).fill('Ada');
  await card.getByRole('textbox', { name: 'Note' }).fill('Moderator on Discord');
  await card.getByRole('button', { name: 'Close' }).click();

  // The nickname instead of the name; the real name on hover and to screen readers.
  const name = log.getByRole('article').first().locator('.author-name');
  await expect(name).toHaveText('Adaada_tw');
  await expect(name).toHaveAttribute('title', 'ada_tw');
  await expect(name).toHaveAccessibleName('ada_tw');

  // A poll: the simulator's ten Twitch and YouTube chatters vote, then both identities: one vote.
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.fill('/poll Best snack? | Cake | Pie 60s');
  await message.press('Enter');
  const poll = page.getByRole('region', { name: 'Poll' });
  await expect(poll).toContainText('10 votes', { timeout: 15_000 });
  await stream.chat(
    twitchLine('1', { from: { id: '501', name: 'ada_tw' } }),
    twitchLine('2', { ...youtube, from: { id: 'UC501', name: 'Ada YT' } }),
  );
  await expect(log.getByRole('article').last()).toContainText('2');
  await expect(poll).toContainText('11 votes');

  // A giveaway: ten entries from the simulator's chatters, then both identities: one entry.
  await message.fill('/giveaway cake');
  await message.press('Enter');
  const giveaway = page.getByRole('region', { name: 'Giveaway' });
  await expect(giveaway).toContainText('10 entries', { timeout: 15_000 });
  await stream.chat(
    twitchLine('cake', { from: { id: '501', name: 'ada_tw' } }),
    twitchLine('cake', { ...youtube, from: { id: 'UC501', name: 'Ada YT' } }),
  );
  await expect(log.getByRole('article').last()).toContainText('cake');
  await expect(giveaway).toContainText('11 entries');
  await page.screenshot({ path: 'test-results/assistant-people-1280.png' });

  // Kept on this device: after a reload the nickname and the note are still there.
  await page.waitForTimeout(300);
  await page.reload();
  const nicknamed = log.locator('.author-name', { hasText: 'Adaada_tw' }).last();
  await expect(nicknamed).toBeVisible();
  await nicknamed.click();
  const again = page.getByRole('dialog', { name: 'ada_tw' });
  await expect(again.getByRole('textbox', { name: 'Note' })).toHaveValue('Moderator on Discord');
  await expect(again.getByRole('list', { name: 'Same person' })).toContainText('Ada YT');
});

test('linked chatters get one "first" mark: the same person on a second network is not marked first again', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  // Marked from the first line (no hour of learning who chats).
  await learnChattersFor(page, 0);
  const youtube = { network: 'youtube', account_id: 15 };
  const adaTwitch = { from: { id: '601', name: 'bea_tw' } };
  const adaYouTube = { ...youtube, from: { id: 'UC601', name: 'Bea YT' } };
  const log = page.getByRole('log', { name: 'Chat' });
  const line = (text: string) => log.getByRole('article').filter({ hasText: text });

  // On one stream both chat, and the streamer links them.
  const earlier = await SimStream.create(request);
  await openDashboard(page, earlier);
  await earlier.chat(
    twitchLine('hi from twitch', adaTwitch),
    twitchLine('hi from youtube', adaYouTube),
  );
  await expect(line('hi from youtube')).toHaveCount(1);
  await log.getByRole('button', { name: 'bea_tw' }).click();
  const card = page.getByRole('dialog', { name: 'bea_tw' });
  await card.getByRole('button', { name: 'Same person as…' }).click();
  await card
    .getByRole('combobox', { name: 'Same person as' })
    .selectOption({ label: 'Bea YT (youtube)' });
  await card.getByRole('button', { name: 'Link' }).click();
  await expect(card.getByRole('list', { name: 'Same person' })).toContainText('Bea YT');
  await card.getByRole('button', { name: 'Close' }).click();

  // A new stream of the same server: nobody has chatted there yet; the link is kept.
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await stream.chat(twitchLine('back on twitch', adaTwitch));
  await expect(line('back on twitch')).toHaveAttribute('data-highlight', /\bfirst\b/);
  // The mark a user sees, and the words a screen reader hears.
  await expect(line('back on twitch').getByText('first message', { exact: true })).toBeVisible();
  await expect(line('back on twitch')).toContainText('Highlighted: first message.');
  // The link is read back on this page (the card says so) before the second network's line.
  await line('back on twitch').getByRole('button', { name: 'bea_tw' }).click();
  const again = page.getByRole('dialog', { name: 'bea_tw' });
  await expect(again.getByRole('list', { name: 'Same person' })).toContainText('Bea YT');
  await again.getByRole('button', { name: 'Close' }).click();

  await stream.chat(
    twitchLine('and on youtube', adaYouTube),
    // Someone not linked to anyone, new here: marked.
    twitchLine('new on youtube', { ...youtube, from: { id: 'UC602', name: 'Cy YT' } }),
  );
  await expect(line('new on youtube')).toHaveAttribute('data-highlight', /\bfirst\b/);
  await expect(line('and on youtube')).not.toHaveAttribute('data-highlight', /\bfirst\b/);
  await expect(line('and on youtube').getByText(/first message/)).toHaveCount(0);
  await page.screenshot({ path: 'test-results/assistant-people-first-mark.png' });
});
