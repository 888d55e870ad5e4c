// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { chatLine, whisperLine } from './chatter';
import { startSimulator, type RunningSimulator } from './server';

/** Frames recorded from the real multistreamer 12.3.0 by `npm run record:real`. */
const DIR = new URL('../src/testing/real-frames/', import.meta.url);
const recorded = new Map(
  readdirSync(DIR).map((file) => [
    file.replace(/\.json$/, ''),
    (JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as { frames: string[] }).frames,
  ]),
);

type Shape = string | { [key: string]: Shape };

/**
 * What a frame looks like without its values: keys and value types, nested. Account lists are
 * keyed by ids, so they read as the shape of one account with every key any account has.
 */
function shapeOf(value: unknown, key = ''): Shape {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  if (key === 'accounts') {
    const merged: Record<string, Shape> = {};
    for (const account of Object.values(value as Record<string, unknown>)) {
      Object.assign(merged, shapeOf(account) as Record<string, Shape>);
    }
    return merged;
  }
  const shape: Record<string, Shape> = {};
  for (const name of Object.keys(value).sort()) {
    shape[name] = shapeOf((value as Record<string, unknown>)[name], name);
  }
  return shape;
}

let sim: RunningSimulator;
let texts: string[];
let socket: WebSocket;
let streamId: number;
const simulated = new Map<string, string>();

async function nextText(match: (frame: Record<string, unknown>) => boolean): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const found = texts.find((text) => match(JSON.parse(text) as Record<string, unknown>));
    if (found) {
      texts.splice(texts.indexOf(found), 1);
      return found;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the simulator did not send it');
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, scenario: 'idle' });
  const stream = sim.world.createStream({ live: false });
  streamId = stream.id;
  socket = new WebSocket(`${sim.url.replace('http', 'ws')}/ws/${streamId}?token=demo-token`);
  texts = [];
  socket.on('message', (data) => texts.push(String(data)));
  await new Promise((resolve) => socket.once('open', resolve));
});

afterAll(async () => {
  socket.close();
  await sim.close();
});

/** Sends what makes the simulator produce each recorded kind of frame, and returns it. */
const produce: Record<string, () => Promise<string>> = {
  'status-offline': async () => {
    socket.send('{"type":"status"}');
    return nextText((frame) => frame.type === 'status');
  },
  'status-live': async () => {
    sim.world.streams.get(streamId)!.setLive(true);
    return nextText((frame) => frame.type === 'status');
  },
  'line-websocket': async () => {
    socket.send(
      JSON.stringify({
        type: 'text',
        account_id: 0,
        cur_stream_account_id: 0,
        text: 'a *line* https://example.com/a_b (x)',
      }),
    );
    return nextText((frame) => frame.type === 'text' && frame.network === 'irc');
  },
  'emote-own-echo': async () => {
    socket.send(
      JSON.stringify({ type: 'emote', account_id: 0, cur_stream_account_id: 0, text: 'waves' }),
    );
    return nextText((frame) => frame.type === 'emote');
  },
  'private-own-echo': async () => {
    socket.send(
      JSON.stringify({
        type: 'text',
        account_id: 0,
        cur_stream_account_id: 0,
        text: '/msg alice psst',
      }),
    );
    return nextText((frame) => Boolean(frame.to));
  },
  'line-irc': async () => {
    const stream = sim.world.streams.get(streamId)!;
    let line = chatLine(stream, sim.url, () => 0.01);
    while (line.network !== 'irc') line = chatLine(stream, sim.url, Math.random);
    stream.broadcast(line);
    return nextText((frame) => frame.relay === false && !frame.to);
  },
  'private-irc': async () => {
    sim.world.streams
      .get(streamId)!
      .broadcast(whisperLine(sim.world.streams.get(streamId)!, Math.random));
    return nextText((frame) => Boolean(frame.to) && frame.relay === false);
  },
  'line-rest': async () => {
    await fetch(`${sim.url}/api/v1/stream/${streamId}/msg`, {
      method: 'POST',
      headers: { authorization: 'Bearer demo-token', 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'text',
        network: 'irc',
        account_id: 0,
        stream_id: streamId,
        from: { id: 1, name: 'demo' },
        text: 'a line through the REST API',
        markdown: 'a line through the REST API',
      }),
    });
    return nextText((frame) => 'id' in frame);
  },
};

describe('the simulator sends what the real multistreamer sends', () => {
  it('has a recording of every kind of frame it is compared on', () => {
    for (const kind of Object.keys(produce)) expect(recorded.has(kind), kind).toBe(true);
  });

  for (const [kind, make] of Object.entries(produce)) {
    it(`${kind}: the same keys, types and quirks`, async () => {
      const real = recorded.get(kind)![0]!;
      const frame = await make();
      simulated.set(kind, frame);
      expect(shapeOf(JSON.parse(frame))).toEqual(shapeOf(JSON.parse(real)));
      // multistreamer's encoder writes `/` as `\/`.
      if (real.includes('\\/')) expect(frame).toContain('\\/');
      expect(frame).not.toMatch(/[^\\]\//);
    });
  }

  it('writes a URL in chat as a link to itself and escapes the rest, as the real server does', () => {
    const link = /\[https:\/\/example\.com\/a_b\]\(https:\/\/example\.com\/a_b\)/;
    const real = JSON.parse(recorded.get('line-websocket')![0]!) as { markdown: string };
    const ours = JSON.parse(simulated.get('line-websocket')!) as { markdown: string };
    expect(real.markdown).toMatch(link);
    expect(real.markdown).toContain('\\*from\\*');
    expect(ours.markdown).toMatch(link);
    expect(ours.markdown).toContain('\\*line\\*');
    expect(ours.markdown).toContain('\\(x\\)');
  });

  it('answers no viewcount for an account without viewer counts, as the real server does for RTMP', async () => {
    expect(recorded.get('viewcount-rtmp-none')).toEqual([]);
    const stream = sim.world.streams.get(streamId)!;
    const uncounted = stream.liveAccounts().filter((account) => account.viewers === undefined);
    expect(uncounted.length).toBeGreaterThan(0);
    texts.length = 0;
    socket.send('{"type":"viewcount"}');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const answered = texts
      .map((text) => JSON.parse(text) as { type: string; account_id: number })
      .filter((frame) => frame.type === 'viewcountresult')
      .map((frame) => frame.account_id);
    expect(answered.length).toBeGreaterThan(0);
    for (const account of uncounted) expect(answered).not.toContain(account.id);
  });
});
