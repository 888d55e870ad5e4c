// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseServerEvent } from '../protocol/parse';

// Frames recorded from the real multistreamer 12.3.0 (`npm run record:real`), byte for byte.
const DIR = new URL('./real-frames/', import.meta.url);
const recordings = readdirSync(DIR).map((file) => ({
  name: file.replace(/\.json$/, ''),
  frames: (JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as { frames: string[] }).frames,
}));

describe('frames recorded from the real multistreamer', () => {
  it('are all here', () => {
    expect(recordings.map((recording) => recording.name).sort()).toEqual([
      'emote-own-echo',
      'line-irc',
      'line-rest',
      'line-websocket',
      'private-irc',
      'private-own-echo',
      'status-ended',
      'status-live',
      'status-offline',
      'viewcount-rtmp-none',
      'writerresult',
    ]);
  });

  for (const { name, frames } of recordings) {
    for (const [index, raw] of frames.entries()) {
      it(`${name} #${index + 1} parses`, () => {
        expect(parseServerEvent(raw)).toMatchObject({ ok: true });
      });
    }
  }

  it('read as the server meant them: accounts, live state, the REST line marked', () => {
    const read = (name: string) => {
      const result = parseServerEvent(recordings.find((r) => r.name === name)!.frames[0]!);
      if (!result.ok) throw new Error(name);
      return result.event;
    };
    expect(read('status-offline')).toMatchObject({
      type: 'status',
      streamLive: false,
      accounts: [{ id: 0, network: { name: 'irc' }, writable: true }],
    });
    expect(read('status-live')).toMatchObject({
      streamLive: true,
      accounts: [
        { id: 0 },
        { id: 1, live: true, writable: false, watchUrl: 'http://127.0.0.1/watch' },
      ],
    });
    expect(read('line-rest')).toMatchObject({ type: 'chat', viaApi: true });
    expect(read('line-irc')).not.toHaveProperty('viaApi');
    expect(read('private-irc')).toMatchObject({ to: { name: expect.any(String) } });
    expect(read('emote-own-echo')).toMatchObject({ kind: 'emote' });
    expect(read('writerresult')).toEqual({
      type: 'writerresult',
      accountId: 1,
      streamAccountId: 1,
    });
  });
});
