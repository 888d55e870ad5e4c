import { SimStream, countPageSockets, expect, openDashboard, test, twitchLine } from './support';

test('where the page cannot start a worker, the socket runs on the main thread (loaded on demand) and chat flows both ways', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  // A host whose policy refuses workers.
  const pageSockets = await countPageSockets(page, { refuseWorkers: true });
  const chatSocketFiles: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/chat-socket-[\w-]+\.js$/.test(request.url()))
      chatSocketFiles.push(request.url());
  });
  await openDashboard(page, stream);
  expect(page.workers()).toEqual([]);
  expect(await pageSockets()).toBe(1);
  expect(chatSocketFiles).toHaveLength(1);

  await stream.chat(twitchLine('on the main thread'));
  const chat = page.getByRole('log', { name: 'Chat' });
  await expect(chat).toContainText('on the main thread');
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.fill('/irc answered from the main thread');
  await message.press('Enter');
  await expect(
    chat.getByRole('article').filter({ hasText: 'answered from the main thread' }),
  ).toHaveCount(1);
});
