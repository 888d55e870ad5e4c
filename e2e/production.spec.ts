import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import {
  SimStream,
  expect,
  keptKeys,
  learnChattersFor,
  openDashboard,
  test,
  twitchLine,
} from './support';

test('the viewer chart has its text alternative and the peak once counts arrive', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const viewers = page.getByRole('region', { name: 'Viewers' });
  const chart = viewers.getByRole('img', { name: 'Viewers over time' });
  await expect(chart).toBeVisible();
  // The simulator's demo counts: Twitch 1,284 and YouTube 342 (Facebook sends none).
  await expect(chart).toHaveAccessibleDescription(
    'Now 1,626 viewers in total, peak 1,626, average 1,626 since the stream went live.',
  );
  await expect(viewers).toContainText('Peak 1,626');
});

test('a reload shows the kept lines above "Earlier", then the live ones', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await stream.chat(
    twitchLine('kept line one', { from: { id: '1', name: 'keeper' } }),
    twitchLine('kept line two', { from: { id: '2', name: 'keeper2' } }),
  );
  const chat = page.getByRole('log', { name: 'Chat' });
  await expect(chat.getByRole('article')).toHaveCount(2);
  await expect(chat.getByRole('separator', { name: 'Earlier' })).toHaveCount(0);
  // Written in batches: wait until the device has them.
  await expect.poll(async () => (await keptKeys(page, 'lines')).length).toBeGreaterThanOrEqual(2);

  await page.reload();
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  await stream.chat(
    twitchLine('a live line after the reload', { from: { id: '3', name: 'live' } }),
  );
  const lines = chat.getByRole('article');
  await expect(lines).toHaveCount(3);
  await expect(lines.nth(0)).toContainText('kept line one');
  await expect(lines.nth(1)).toContainText('kept line two');
  await expect(lines.nth(2)).toContainText('a live line after the reload');
  const earlier = chat.getByRole('separator', { name: 'Earlier' });
  await expect(earlier).toHaveText('Earlier');
  const [above, divider, below] = await Promise.all([
    lines.nth(1).boundingBox(),
    earlier.boundingBox(),
    lines.nth(2).boundingBox(),
  ]);
  expect(above!.y).toBeLessThan(divider!.y);
  expect(divider!.y).toBeLessThan(below!.y);
});

test('a line that came just before a reload is kept: the page writes it as it goes', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const chat = page.getByRole('log', { name: 'Chat' });
  await stream.chat(
    twitchLine('said right before the reload', { from: { id: '1', name: 'last' } }),
  );
  await expect(chat.getByRole('article')).toHaveCount(1);
  // At once: lines are written in batches half a second apart, and this one's batch is not due.
  await page.reload();
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  await expect(chat.getByRole('separator', { name: 'Earlier' })).toBeVisible();
  await expect(chat.getByRole('article')).toHaveCount(1);
  await expect(chat.getByRole('article')).toContainText('said right before the reload');
});

test('Export chat downloads Text, JSON and CSV, named for the stream and the day', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await stream.chat(
    twitchLine('exported, with a comma, and "quotes"', { from: { id: '1', name: 'writer' } }),
    twitchLine('=1+2 is not a formula here', { from: { id: '2', name: 'sneaky' } }),
  );
  const chat = page.getByRole('log', { name: 'Chat' });
  await expect(chat.getByRole('article')).toHaveCount(2);
  const shown = await chat.getByRole('article').allTextContents();

  const day = await page.evaluate(() => {
    const now = new Date();
    const pad = (value: number) => String(value).padStart(2, '0');
    return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  });
  const files: Record<string, string> = {};
  for (const [label, ext] of [
    ['Text', 'txt'],
    ['JSON', 'json'],
    ['CSV', 'csv'],
  ] as const) {
    await page.getByRole('button', { name: 'Export chat' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: label, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`chatdeck-${stream.id}-${day}.${ext}`);
    files[ext] = readFileSync((await download.path())!, 'utf8');
  }

  const text = files.txt!.trimEnd().split('\n');
  expect(text).toHaveLength(2);
  expect(text[0]).toMatch(
    /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\] \[twitch\] writer: exported, with a comma, and "quotes"$/,
  );
  expect(text[1]).toMatch(/\[twitch\] sneaky: =1\+2 is not a formula here$/);
  for (const [index, line] of text.entries()) {
    // What the file holds is what the log showed (the log adds the time and the icon's name).
    expect(shown[index]).toContain(line.replace(/^\[[^\]]+\] \[twitch\] /, ''));
  }
  const json = JSON.parse(files.json!) as {
    stream: number;
    events: Array<{ text: string; receivedAt: number }>;
    recap: { messages: number };
  };
  expect(json.stream).toBe(stream.id);
  expect(json.events.map((event) => event.text)).toEqual([
    'exported, with a comma, and "quotes"',
    '=1+2 is not a formula here',
  ]);
  expect(files.csv!.split('\r\n')[0]).toBe(
    'time,received,network,account_id,kind,author,author_id,to,via_api,text,markdown',
  );
  expect(files.csv).toContain(`"exported, with a comma, and ""quotes"""`);
  // A spreadsheet never runs chat as a formula.
  expect(files.csv).toContain(`'=1+2 is not a formula here`);
});

test('the Recap dialog opens when the stream ends, and passes axe', async ({ page, request }) => {
  // First-time chatters counted from the first line (no hour of learning who chats first).
  await learnChattersFor(page, 0);
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await stream.chat(
    twitchLine('hello', { from: { id: '1', name: 'regular' } }),
    twitchLine('hello again', { from: { id: '1', name: 'regular' } }),
  );
  await expect(page.getByRole('log', { name: 'Chat' }).getByRole('article')).toHaveCount(2);
  await stream.control('live', { live: false });
  const recap = page.getByRole('dialog', { name: 'Recap' });
  await expect(recap).toBeVisible();
  await expect(recap).toContainText('Twitch');
  await expect(recap).toContainText('1,284');
  await expect(recap).toContainText('regular');
  await expect(recap).toContainText('First-time chatters: 1');
  expect(
    (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze())
      .violations,
  ).toEqual([]);
  await recap.getByRole('button', { name: 'Done' }).click();
  await expect(recap).toBeHidden();
});
