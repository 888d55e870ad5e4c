import { SimStream, expect, openDashboard, test, twitchLine } from './support';

const texts = async (stream: SimStream) =>
  (await stream.received()).flatMap((command) =>
    command.type === 'text' ? [`${String(command.account_id)} ${String(command.text)}`] : [],
  );

test('Auto-replies answer a !command on its own network once per 30 s; the header says Bot on and pauses it; timed messages go to every live account when chat is not silent', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  await page.clock.install();
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog
    .getByRole('textbox', { name: 'Auto-replies' })
    .fill('!discord Join us at https://discord.gg/x');
  await dialog.getByRole('textbox', { name: 'Timed messages' }).fill('1 Follow on YouTube too!');
  await dialog.getByRole('button', { name: 'Done' }).click();
  const bot = page.getByRole('switch', { name: 'Bot on' });
  await expect(bot).toHaveAttribute('aria-checked', 'true');

  // A YouTube chatter's !discord is answered on YouTube (account 15), once within 30 s.
  await stream.chat(
    twitchLine('!discord', {
      network: 'youtube',
      account_id: 15,
      from: { id: 'UC1', name: 'Lena' },
    }),
  );
  await expect.poll(() => texts(stream)).toContain('15 Join us at https://discord.gg/x');
  await stream.chat(twitchLine('!discord', { from: { id: '5', name: 'again' } }));
  await page.clock.runFor(2_000);
  expect((await texts(stream)).filter((text) => text.endsWith('discord.gg/x'))).toHaveLength(1);

  // Paused: nothing is answered.
  await bot.click();
  await expect(page.getByRole('switch', { name: 'Bot paused' })).toHaveAttribute(
    'aria-checked',
    'false',
  );
  await page.clock.runFor(31_000);
  await stream.chat(twitchLine('!discord', { from: { id: '6', name: 'paused' } }));
  await page.clock.runFor(2_000);
  expect((await texts(stream)).filter((text) => text.endsWith('discord.gg/x'))).toHaveLength(1);
  await page.getByRole('switch', { name: 'Bot paused' }).click();

  // A timed message: five lines of chat, then its minute.
  await stream.chat(
    ...Array.from({ length: 5 }, (_, i) =>
      twitchLine(`chat ${i}`, { from: { id: `${i}`, name: `c${i}` } }),
    ),
  );
  await expect(page.getByRole('log', { name: 'Chat' })).toContainText('chat 4');
  await page.clock.runFor(61_000);
  await expect
    .poll(async () =>
      (await texts(stream)).filter((text) => text.endsWith('Follow on YouTube too!')),
    )
    .toHaveLength(2);
  await page.screenshot({ path: 'test-results/assistant-bot-1280.png' });
});
