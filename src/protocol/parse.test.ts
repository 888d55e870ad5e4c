import { describe, expect, it } from 'vitest';
import seed from '../testing/seed-messages.json';
import { MAX_MESSAGE_CHARS, parseServerEvent, parseServerFrame } from './parse';

describe('parseServerEvent with the documented example frames', () => {
  it.each(seed.incoming.map((frame, index) => [index, frame.type, frame] as const))(
    'parses seed frame %i (%s)',
    (_index, _type, frame) => {
      const result = parseServerEvent(JSON.stringify(frame));
      expect(result.ok).toBe(true);
    },
  );

  it('turns the live status into numeric, sorted accounts with watch pages', () => {
    const result = parseServerFrame(seed.incoming[0]);
    expect(result).toEqual({
      ok: true,
      event: {
        type: 'status',
        streamLive: true,
        pulling: false,
        incoming: true,
        accounts: [
          {
            id: 0,
            name: 'john',
            network: { name: 'irc', displayName: 'IRC' },
            live: false,
            writable: true,
            ready: true,
          },
          {
            id: 14,
            name: 'jprjrdev',
            network: { name: 'twitch', displayName: 'Twitch' },
            live: true,
            writable: true,
            ready: true,
            watchUrl: 'https://twitch.tv/jprjrdev',
          },
          {
            id: 17,
            name: 'gamethattunedev',
            network: { name: 'twitch', displayName: 'Twitch' },
            live: false,
            writable: true,
            ready: false,
          },
        ],
      },
    });
  });

  it('reads the stream-ended status with only the IRC account', () => {
    const result = parseServerFrame(seed.incoming[1]);
    expect(result.ok && result.event.type === 'status' && result.event.streamLive).toBe(false);
    expect(result.ok && result.event.type === 'status' && result.event.accounts).toHaveLength(1);
  });

  it('reads writerresult and viewcountresult', () => {
    expect(parseServerFrame(seed.incoming[2])).toEqual({
      ok: true,
      event: { type: 'writerresult', accountId: 17, streamAccountId: 14 },
    });
    expect(parseServerFrame(seed.incoming[3])).toEqual({
      ok: true,
      event: { type: 'viewcount', accountId: 14, streamId: 21, viewerCount: 0 },
    });
  });

  it('reads IRC lines, private messages, network lines and actions', () => {
    const irc = parseServerFrame(seed.incoming[4]);
    expect(irc).toMatchObject({
      ok: true,
      event: { type: 'chat', kind: 'text', network: 'irc', from: { id: '2', name: 'test' } },
    });
    const pm = parseServerFrame(seed.incoming[5]);
    expect(pm).toMatchObject({ ok: true, event: { to: { name: 'john', id: '1' } } });
    const twitch = parseServerFrame(seed.incoming[6]);
    expect(twitch).toMatchObject({
      ok: true,
      event: {
        kind: 'text',
        streamId: 21,
        markdown: "here's a message from twitch ",
        text: "here's a message from twitch Kappa",
        from: { id: '146521877' },
      },
    });
    expect(parseServerFrame(seed.incoming[7])).toMatchObject({
      ok: true,
      event: { kind: 'emote', markdown: 'is loving this', from: { name: 'gamethattunedev' } },
    });
  });
});

describe('parseServerEvent with bad input', () => {
  it.each([
    ['not JSON', 'hello <b>', 'not-json'],
    ['a JSON array', '[1,2]', 'not-an-object'],
    ['JSON null', 'null', 'not-an-object'],
    ['a number', '42', 'not-an-object'],
    ['no type', '{"text":"x"}', 'invalid'],
    ['a status without accounts', '{"type":"status","status":{}}', 'invalid'],
    ['an account key that is not a number', statusWithKey('abc'), 'invalid'],
    [
      'a chat line without a sender',
      '{"type":"text","network":"irc","account_id":0,"text":"x"}',
      'invalid',
    ],
    [
      'a chat line without text or markdown',
      '{"type":"text","network":"irc","account_id":0,"from":{"name":"a"}}',
      'invalid',
    ],
  ])('drops %s', (_name, raw, reason) => {
    const result = parseServerEvent(raw);
    expect(result).toMatchObject({ ok: false, reason });
  });

  it('ignores frame types it does not know, as the server does', () => {
    expect(parseServerEvent('{"type":"typing","user":"a"}')).toEqual({
      ok: false,
      reason: 'ignored',
      type: 'typing',
    });
  });

  it('drops non-text frames and oversized frames unread', () => {
    expect(parseServerEvent(new ArrayBuffer(4))).toMatchObject({ ok: false, reason: 'not-json' });
    expect(parseServerEvent(`"${'x'.repeat(300_000)}"`)).toMatchObject({ reason: 'too-large' });
  });

  it('clips overlong chat lines before anything renders them', () => {
    const long = 'a'.repeat(MAX_MESSAGE_CHARS * 3);
    const result = parseServerFrame({
      type: 'text',
      network: 'irc',
      account_id: 0,
      from: { name: 'x' },
      text: long,
      markdown: long,
    });
    expect(result.ok && result.event.type === 'chat' && result.event.markdown?.length).toBe(
      MAX_MESSAGE_CHARS,
    );
  });

  it('keeps only http(s) pictures and watch pages', () => {
    const result = parseServerFrame({
      type: 'text',
      network: 'twitch',
      account_id: 1,
      from: { name: 'x', picture: 'javascript:alert(1)' },
      text: 'hi',
    });
    expect(result.ok && result.event.type === 'chat' && result.event.from.picture).toBeUndefined();
  });
});

function statusWithKey(key: string): string {
  return JSON.stringify({
    type: 'status',
    status: { data_pushing: false, data_pulling: false, data_incoming: false },
    accounts: {
      [key]: {
        name: 'n',
        network: { name: 'irc', displayName: 'IRC' },
        live: false,
        writable: true,
        ready: true,
      },
    },
  });
}

describe('numbers out of range', () => {
  const line = (extra: Record<string, unknown>) =>
    parseServerFrame({
      type: 'text',
      network: 'twitch',
      account_id: 14,
      from: { name: 'x' },
      text: 'hi',
      ...extra,
    });

  it('drops a viewer count that is infinite, negative or absurd, and says so', () => {
    for (const raw of ['1e309', '-3', '2e9']) {
      const result = parseServerEvent(
        `{"type":"viewcountresult","viewer_count":${raw},"stream_id":1,"account_id":14}`,
      );
      expect(result).toMatchObject({
        ok: true,
        event: { type: 'viewcount', accountId: 14 },
        corrected: expect.stringContaining('viewer_count'),
      });
      expect(result.ok && result.event.type === 'viewcount' && 'viewerCount' in result.event).toBe(
        false,
      );
    }
    const fine = parseServerEvent('{"type":"viewcountresult","viewer_count":12.7,"account_id":14}');
    expect(fine).toEqual({
      ok: true,
      event: { type: 'viewcount', accountId: 14, viewerCount: 12 },
    });
  });

  it('drops a timestamp outside 2000 to 2100, keeping the line', () => {
    for (const at of [1e20, -1, 1e300, 0]) {
      const result = line({ timestamp: at });
      expect(result).toMatchObject({ ok: true, corrected: expect.stringContaining('timestamp') });
      expect(result.ok && result.event.type === 'chat' && result.event.timestamp).toBeUndefined();
    }
    const now = Date.UTC(2026, 10, 29);
    expect(line({ timestamp: now })).toMatchObject({ ok: true, event: { timestamp: now } });
  });

  it('refuses account and stream ids past 2^53, and forgets inexact chatter ids', () => {
    expect(line({ account_id: 2 ** 60 })).toMatchObject({ ok: false, reason: 'invalid' });
    expect(line({ stream_id: 1e300 })).toMatchObject({ ok: false, reason: 'invalid' });
    const huge = line({ from: { id: 1e300, name: 'x' } });
    expect(huge.ok && huge.event.type === 'chat' && huge.event.from).toEqual({ name: 'x' });
    const exact = line({ from: { id: 9007199254740991, name: 'x' } });
    expect(exact.ok && exact.event.type === 'chat' && exact.event.from.id).toBe('9007199254740991');
  });

  it('reads "14" and "0014" as one account, the last listed winning', () => {
    const account = (name: string) => ({
      name,
      network: { name: 'twitch', displayName: 'Twitch' },
      live: true,
      writable: true,
      ready: true,
    });
    const result = parseServerFrame({
      type: 'status',
      status: { data_pushing: true, data_pulling: false, data_incoming: false },
      accounts: { '14': account('first'), '0014': account('second'), '0': account('irc') },
    });
    expect(
      result.ok &&
        result.event.type === 'status' &&
        result.event.accounts.map((a) => [a.id, a.name]),
    ).toEqual([
      [0, 'irc'],
      [14, 'second'],
    ]);
    expect(result).toMatchObject({ corrected: expect.stringContaining('twice') });
  });

  it('keeps a line without markdown as text only', () => {
    const result = line({});
    expect(result.ok && result.event.type === 'chat' && result.event.markdown).toBeUndefined();
  });

  it('marks a line with a top-level id as published through the REST API', () => {
    const rest = line({ id: '1', from: { name: 'streamer' } });
    expect(rest).toMatchObject({ ok: true, event: { viaApi: true } });
    const relayed = line({ timestamp: Date.UTC(2026, 0, 1) });
    expect(relayed.ok && relayed.event.type === 'chat' && 'viaApi' in relayed.event).toBe(false);
  });
});
