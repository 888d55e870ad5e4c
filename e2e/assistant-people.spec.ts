import { SimStream, expect, openDashboard, test, twitchLine } from './support';

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
