import { SimStream, expect, openDashboard, test, twitchLine, violations } from './support';

test('Questions: lines that ask gather newest first; Answer later pins; Answered, Reply; kept after a reload; the Recap lists the unanswered', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await stream.chat(
    twitchLine('what keyboard is that?', { from: { id: '1', name: 'ada' } }),
    twitchLine('nice play', { from: { id: '2', name: 'bob' } }),
    twitchLine('Q: when is the next stream', { from: { id: '3', name: 'cy' } }),
    twitchLine('!uptime?', { from: { id: '4', name: 'dee' } }),
    // The streamer's own (the Twitch account's name) never counts.
    twitchLine('any questions?', { from: { name: 'chatdeck_live' } }),
  );
  const lines = page.getByRole('log', { name: 'Chat' }).getByRole('article');
  await expect(lines).toHaveCount(5);
  const questions = page.getByRole('region', { name: 'Questions' });
  const items = questions.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('Q: when is the next stream');
  await expect(items.nth(1)).toContainText('what keyboard is that?');

  // Answer later pins any line on top.
  await lines.nth(1).hover();
  await lines.nth(1).getByRole('button', { name: 'Answer later' }).click();
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('nice play');

  expect(await violations(page)).toEqual([]);

  // Reply fills the composer; Answered takes it off the list.
  await items.nth(2).getByRole('button', { name: 'Reply' }).click();
  await expect(page.getByRole('textbox', { name: 'Message' })).toHaveValue('@ada ');
  await items.nth(2).getByRole('button', { name: 'Answered' }).click();
  await expect(items).toHaveCount(2);

  // Kept on the device with the chat: after a reload the list is the same.
  await page.waitForTimeout(600);
  await page.reload();
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('nice play');

  await page.getByRole('button', { name: 'Recap', exact: true }).click();
  const recap = page.getByRole('dialog', { name: 'Recap' });
  await expect(recap).toContainText('Unanswered questions: 2');
  await expect(recap).toContainText('cy: Q: when is the next stream');
});

test("Questions from the simulator's chatters; folded to one line in a narrow window", async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const stream = await SimStream.create(request, { chatter: 'demo' });
  await openDashboard(page, stream);
  const questions = page.getByRole('region', { name: 'Questions' });
  const fold = questions.getByRole('button', { name: 'Questions' });
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await expect(questions.getByRole('listitem').first()).toContainText('?', { timeout: 20_000 });
  await page.screenshot({ path: 'test-results/assistant-questions-360.png' });
});

test('The sending pace: a burst to one account goes one line a second; the composer says how many wait', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const message = page.getByRole('textbox', { name: 'Message' });
  await expect(message).toBeEditable();
  for (const text of ['one', 'two', 'three']) {
    await message.fill(text);
    await message.press('Enter');
  }
  await expect(page.getByText(/lines? wait(s)? (its|their) turn/)).toBeVisible();
  const texts = async () =>
    (await stream.received()).flatMap((command) =>
      command.type === 'text' ? [String(command.text)] : [],
    );
  await expect.poll(texts, { timeout: 5_000 }).toEqual(['one', 'two', 'three']);
  await expect(page.getByText(/lines? wait(s)? (its|their) turn/)).toHaveCount(0);
});
