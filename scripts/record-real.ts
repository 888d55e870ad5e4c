/**
 * `npm run record:real`: records what a real multistreamer sends, as it sends it, into
 * src/testing/real-frames/*.json (the text of each frame, byte for byte). The simulator's parity
 * test compares its frames with these. Needs the same variables as `npm run test:real`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import WebSocket from 'ws';
import { IrcClient, publish, real, setLive, tokenFor } from '../e2e-real/real';

const OUT = 'src/testing/real-frames';

/** A WebSocket client that keeps every frame's text as it came. */
async function rawClient(token: string): Promise<{ texts: string[]; socket: WebSocket }> {
  const socket = new WebSocket(
    `${real.url.replace(/^http/, 'ws')}/ws/${real.stream}?token=${token}`,
  );
  const texts: string[] = [];
  socket.on('message', (data) => texts.push(String(data)));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  return { texts, socket };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function nextFrame(
  texts: string[],
  from: number,
  match: (frame: Record<string, unknown>) => boolean,
) {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const found = texts
      .slice(from)
      .find((text) => match(JSON.parse(text) as Record<string, unknown>));
    if (found) return found;
    await pause(50);
  }
  throw new Error('a frame did not come');
}

const user = await tokenFor(real.user, real.password);
const peer = await tokenFor(real.peer, real.peerPassword);
await setLive(user, false);
const mine = await rawClient(user);
const theirs = await rawClient(peer);
const recorded: Record<string, string> = {};

mine.socket.send('{"type":"status"}');
recorded['status-offline'] = await nextFrame(mine.texts, 0, (f) => f.type === 'status');
await pause(700);

let mark = mine.texts.length;
await setLive(user, true);
recorded['status-live'] = await nextFrame(mine.texts, mark, (f) => f.type === 'status');

mark = mine.texts.length;
mine.socket.send('{"type":"viewcount"}');
await pause(1_500);
recorded['viewcount-rtmp-none'] = JSON.stringify(
  mine.texts.slice(mark).filter((text) => text.includes('viewcountresult')),
);

mark = mine.texts.length;
theirs.socket.send(
  JSON.stringify({
    type: 'text',
    account_id: 0,
    cur_stream_account_id: 0,
    text: 'a line *from* the socket https://example.com/a_b (x)',
  }),
);
recorded['line-websocket'] = await nextFrame(mine.texts, mark, (f) => f.type === 'text');

mark = mine.texts.length;
mine.socket.send(
  JSON.stringify({ type: 'emote', account_id: 0, cur_stream_account_id: 0, text: 'waves' }),
);
recorded['emote-own-echo'] = await nextFrame(mine.texts, mark, (f) => f.type === 'emote');

mark = mine.texts.length;
mine.socket.send(
  JSON.stringify({
    type: 'text',
    account_id: 0,
    cur_stream_account_id: 0,
    text: `/msg ${real.peer} psst`,
  }),
);
recorded['private-own-echo'] = await nextFrame(mine.texts, mark, (f) => Boolean(f.to));

mark = mine.texts.length;
const live = Object.entries(
  (JSON.parse(recorded['status-live']) as { accounts: Record<string, { live: boolean }> }).accounts,
).find(([, account]) => account.live)![0];
mine.socket.send(
  JSON.stringify({ type: 'writer', account_id: Number(live), cur_stream_account_id: Number(live) }),
);
recorded.writerresult = await nextFrame(mine.texts, mark, (f) => f.type === 'writerresult');

if (real.irc) {
  const irc = await IrcClient.connect(real.peer, real.peerPassword);
  await irc.join(`#${real.user}-test-stream`);
  mark = mine.texts.length;
  irc.say(`#${real.user}-test-stream`, 'a line from IRC');
  recorded['line-irc'] = await nextFrame(mine.texts, mark, (f) => f.text === 'a line from IRC');
  mark = mine.texts.length;
  irc.say(real.user, 'a private line from IRC');
  recorded['private-irc'] = await nextFrame(mine.texts, mark, (f) => Boolean(f.to));
  irc.close();
}

mark = mine.texts.length;
await publish(peer, {
  type: 'text',
  network: 'irc',
  account_id: 0,
  from: { id: 1, name: real.user },
  text: 'a line through the REST API',
  markdown: 'a line through the REST API',
});
recorded['line-rest'] = await nextFrame(
  mine.texts,
  mark,
  (f) => f.text === 'a line through the REST API',
);

mark = mine.texts.length;
await setLive(user, false);
recorded['status-ended'] = await nextFrame(mine.texts, mark, (f) => f.type === 'status');

mine.socket.close();
theirs.socket.close();
mkdirSync(OUT, { recursive: true });
for (const [name, text] of Object.entries(recorded)) {
  const frames = name === 'viewcount-rtmp-none' ? (JSON.parse(text) as string[]) : [text];
  writeFileSync(
    `${OUT}/${name}.json`,
    `${JSON.stringify({ recordedFrom: 'multistreamer 12.3.0', frames }, null, 2)}\n`,
  );
  console.log(`${OUT}/${name}.json`);
}
