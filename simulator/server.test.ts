// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { parseServerEvent } from '../src/protocol/parse';
import { startSimulator, type RunningSimulator } from './server';

let sim: RunningSimulator;

beforeEach(async () => {
  sim = await startSimulator({ port: 0, scenario: 'idle' });
});

afterEach(async () => {
  await sim.close();
});

interface Peer {
  frames: Record<string, unknown>[];
  send(frame: unknown): void;
  next(predicate: (frame: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  close(): void;
}

async function connect(streamId: number, token = 'demo-token'): Promise<Peer> {
  const ws = new WebSocket(`${sim.url.replace('http', 'ws')}/ws/${streamId}?token=${token}`);
  const frames: Record<string, unknown>[] = [];
  const waiters: Array<() => void> = [];
  ws.on('message', (data) => {
    frames.push(JSON.parse(String(data)) as Record<string, unknown>);
    for (const wake of waiters.splice(0)) wake();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
  const peer: Peer = {
    frames,
    send: (frame) => ws.send(JSON.stringify(frame)),
    async next(predicate) {
      for (let i = 0; i < 100; i++) {
        const found = frames.find(predicate);
        if (found) {
          frames.splice(frames.indexOf(found), 1);
          return found;
        }
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 20);
        });
      }
      throw new Error('no matching frame');
    },
    close: () => ws.close(),
  };
  return peer;
}

async function control(path: string, body: unknown = {}): Promise<Record<string, unknown>> {
  const res = await fetch(`${sim.url}/_sim${path}`, { method: 'POST', body: JSON.stringify(body) });
  return (await res.json()) as Record<string, unknown>;
}

async function liveStream(): Promise<number> {
  const { id } = await control('/streams', { live: true });
  return Number(id);
}

describe('the simulated multistreamer', () => {
  it('answers 403 on the upgrade for a bad token or an unknown stream', async () => {
    await expect(connect(1, 'wrong')).rejects.toThrow('HTTP 403');
    await expect(connect(99)).rejects.toThrow('HTTP 403');
    await expect(connect(1, 'alice-token')).rejects.toThrow('HTTP 403');
  });

  it('sends status with string account keys that the dashboard parses', async () => {
    const id = await liveStream();
    const peer = await connect(id);
    peer.send({ type: 'status' });
    const status = await peer.next((frame) => frame.type === 'status');
    expect(Object.keys(status.accounts as object)).toEqual(['0', '14', '15', '16', '17']);
    expect(parseServerEvent(JSON.stringify(status)).ok).toBe(true);
    peer.close();
  });

  it('lists only the IRC account while the stream is offline', async () => {
    const peer = await connect(1);
    peer.send({ type: 'status' });
    const status = await peer.next((frame) => frame.type === 'status');
    expect(status.status).toEqual({
      data_pushing: false,
      data_pulling: false,
      data_incoming: false,
    });
    expect(Object.keys(status.accounts as object)).toEqual(['0']);
    peer.close();
  });

  it('answers viewcount once per live account that counts viewers; Facebook never answers', async () => {
    const id = await liveStream();
    const peer = await connect(id);
    peer.send({ type: 'viewcount' });
    const results = [
      await peer.next((f) => f.type === 'viewcountresult'),
      await peer.next((f) => f.type === 'viewcountresult'),
    ];
    expect(results.map((r) => [r.account_id, typeof r.viewer_count])).toEqual([
      [14, 'number'],
      [15, 'number'],
    ]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(peer.frames.filter((f) => f.type === 'viewcountresult')).toEqual([]);
    peer.close();
  });

  it('grants a writer to every client of the user, then republishes the line on the network', async () => {
    const id = await liveStream();
    const first = await connect(id);
    const second = await connect(id);
    first.send({ type: 'text', account_id: 17, cur_stream_account_id: 14, text: 'too early' });
    first.send({ type: 'writer', account_id: 17, cur_stream_account_id: 14 });
    const result = { type: 'writerresult', account_id: 17, cur_stream_account_id: 14 };
    expect(await first.next((f) => f.type === 'writerresult')).toEqual(result);
    expect(await second.next((f) => f.type === 'writerresult')).toEqual(result);
    first.send({ type: 'text', account_id: 17, cur_stream_account_id: 14, text: 'hi *there*' });
    const echo = await second.next((f) => f.type === 'text');
    expect(echo).toEqual({
      type: 'text',
      network: 'twitch',
      account_id: 14,
      stream_id: id,
      from: { name: 'chatdeck_alt' },
      text: 'hi *there*',
      markdown: 'hi \\*there\\*',
      timestamp: expect.any(Number),
    });
    expect(first.frames.some((f) => f.text === 'too early')).toBe(false);
    first.close();
    second.close();
  });

  it('routes /irc and IRC lines to the internal chat, and emotes as actions', async () => {
    const id = await liveStream();
    const peer = await connect(id);
    peer.send({
      type: 'text',
      account_id: 14,
      cur_stream_account_id: 14,
      text: '/irc to the mods',
    });
    expect(await peer.next((f) => f.type === 'text')).toMatchObject({
      network: 'irc',
      account_id: 0,
      from: { name: 'demo' },
      text: 'to the mods',
    });
    peer.send({ type: 'emote', account_id: 0, cur_stream_account_id: 0, text: 'waves' });
    expect(await peer.next((f) => f.type === 'emote')).toMatchObject({
      network: 'irc',
      text: 'waves',
    });
    peer.close();
  });

  it('delivers /msg to the named user and drops it silently for an unknown one', async () => {
    const id = await liveStream();
    const peer = await connect(id);
    peer.send({ type: 'text', account_id: 0, cur_stream_account_id: 0, text: '/msg nobody hello' });
    peer.send({ type: 'text', account_id: 0, cur_stream_account_id: 0, text: '/msg alice hello' });
    const pm = await peer.next((f) => f.type === 'text');
    expect(pm).toMatchObject({ to: { name: 'alice' }, text: 'hello', network: 'irc' });
    expect(pm.stream_id).toBeUndefined();
    expect(peer.frames.filter((f) => f.type === 'text')).toHaveLength(0);
    peer.close();
  });

  it('floods giveaway entries: every line just the keyword, each from a chatter of its own, over the live networks', async () => {
    const id = await liveStream();
    const peer = await connect(id);
    await control(`/streams/${id}/flood`, {
      rate: 400,
      seconds: 0.5,
      chatters: 200,
      keyword: 'cake',
    });
    const lines = () => peer.frames.filter((frame) => frame.type === 'text');
    for (let i = 0; i < 100 && lines().length < 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(lines()).toHaveLength(200);
    expect(new Set(lines().map((frame) => frame.text))).toEqual(new Set(['cake']));
    const who = lines().map((frame) => {
      const from = frame.from as { id: string | number; name: string };
      return `${String(frame.network)}:${from.id}`;
    });
    expect(new Set(who).size).toBe(200);
    expect(new Set(lines().map((frame) => frame.network))).toEqual(
      new Set(['twitch', 'youtube', 'facebook']),
    );
    // Line N comes from chatter N, whose name ends in _N (the bench follows the flood by it).
    const names = lines().map((frame) => (frame.from as { name: string }).name);
    expect(names.map((name) => Number(/_(\d+)$/.exec(name)?.[1]))).toEqual(
      Array.from({ length: 200 }, (_, n) => n),
    );
    peer.close();
  });

  it('serves the sign-in API: token for good credentials, 401 otherwise, streams by token', async () => {
    const good = await fetch(`${sim.url}/api/v1/auth`, {
      headers: { authorization: `Basic ${btoa('demo:demo')}` },
    });
    expect(await good.json()).toEqual({ token: 'demo-token' });
    const bad = await fetch(`${sim.url}/api/v1/auth`, {
      headers: { authorization: `Basic ${btoa('demo:nope')}` },
    });
    expect(bad.status).toBe(401);
    const streams = await fetch(`${sim.url}/api/v1/stream`, {
      headers: { authorization: 'Bearer demo-token' },
    });
    expect(await streams.json()).toEqual({
      streams: [{ id: 1, name: 'Chatdeck demo', slug: 'chatdeck-demo', live: false }],
    });
  });
});
