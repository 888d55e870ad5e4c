import { SimStream, expect, openDashboard, test, twitchLine } from './support';

test('where the page cannot start a worker, the socket runs on the main thread (loaded on demand) and chat flows both ways', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  // A host whose policy refuses workers: counts the WebSockets the page opens itself.
  await page.addInitScript(() => {
    const counted = window as unknown as { pageSockets: number };
    counted.pageSockets = 0;
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
      constructor(...args: ConstructorParameters<typeof WebSocket>) {
        super(...args);
        counted.pageSockets += 1;
      }
    };
    window.Worker = function refused() {
      throw new DOMException('Workers are refused here', 'SecurityError');
    } as unknown as typeof Worker;
  });
  const chatSocketFiles: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/chat-socket-[\w-]+\.js$/.test(request.url()))
      chatSocketFiles.push(request.url());
  });
  await openDashboard(page, stream);
  expect(page.workers()).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { pageSockets: number }).pageSockets),
  ).toBe(1);
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
