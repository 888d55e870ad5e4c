import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../protocol/events';
import { makeAccount, makeChatEvent, makeIrcAccount } from '../../testing/factories';
import { quietNetworks } from '../../store/chat-health';
import {
  CSV_COLUMNS,
  csvCell,
  exportCsv,
  exportFileName,
  exportJson,
  exportText,
  parseCsv,
} from './export-formats';
import { computeRecap, type ExportLine } from './recap';
import { accountSegments, viewerSummary, viewerTotals } from '../../store/viewer-history';

/** The events of an exported JSON file, as kept. */
function readExportJson(text: string): ExportLine[] {
  const parsed = JSON.parse(text) as { events: Array<ChatEvent & { receivedAt: number }> };
  return parsed.events.map(({ receivedAt, ...event }) => ({ event, receivedAt }));
}

const MIN = 60_000;
const youtube = { name: 'youtube', displayName: 'YouTube' };
const accounts = [
  makeIrcAccount(),
  makeAccount({ id: 14 }),
  makeAccount({ id: 15, name: 'Chan', network: youtube }),
];

describe('viewers over time', () => {
  it('totals the latest count of each account, and never counts a stale one as zero', () => {
    const totals = viewerTotals([
      { at: 0, accountId: 14, count: 100 },
      { at: 10, accountId: 15, count: 50 },
      { at: MIN, accountId: 14, count: 120 },
      { at: 10 * MIN, accountId: 14, count: 90 },
    ]);
    expect(totals).toEqual([
      { at: 0, total: 150 },
      { at: MIN, total: 170 },
      // YouTube's last count is 10 minutes old: not in the total, and not a zero either.
      { at: 10 * MIN, total: 90 },
    ]);
    expect(viewerSummary(totals, 11 * MIN)).toEqual({
      current: 90,
      peak: 170,
      average: 137,
      change10m: -80,
    });
    expect(viewerSummary([], 0)).toBeNull();
  });

  it('breaks an account’s line where its counts stop', () => {
    const segments = accountSegments(
      [
        { at: 0, accountId: 14, count: 1 },
        { at: MIN, accountId: 14, count: 2 },
        { at: 9 * MIN, accountId: 14, count: 3 },
        { at: 9 * MIN, accountId: 15, count: 9 },
      ],
      14,
    );
    expect(segments.map((segment) => segment.map((point) => point.count))).toEqual([[1, 2], [3]]);
  });
});

describe('chat health', () => {
  const base = {
    accounts,
    viewerCounts: { 14: 100, 15: 40 },
    liveSince: 0,
    quietMs: 5 * MIN,
  };

  it('names a live network with viewers that has been silent while another talks', () => {
    expect(
      quietNetworks({ ...base, lastLineAt: { twitch: 6 * MIN, youtube: 0 }, now: 6 * MIN + 1 }),
    ).toEqual([{ accountId: 15, network: 'youtube', displayName: 'YouTube', minutes: 6 }]);
  });

  it('says nothing when all are quiet, when the network talked, or without viewers', () => {
    expect(quietNetworks({ ...base, lastLineAt: {}, now: 20 * MIN })).toEqual([]);
    expect(
      quietNetworks({ ...base, lastLineAt: { twitch: 6 * MIN, youtube: 5 * MIN }, now: 6 * MIN }),
    ).toEqual([]);
    expect(
      quietNetworks({
        ...base,
        viewerCounts: { 14: 100 },
        lastLineAt: { twitch: 6 * MIN },
        now: 6 * MIN,
      }),
    ).toEqual([]);
    expect(
      quietNetworks({ ...base, liveSince: null, lastLineAt: { twitch: 6 * MIN }, now: 6 * MIN }),
    ).toEqual([]);
  });

  it('counts from the stream going live when the network never talked', () => {
    expect(
      quietNetworks({ ...base, liveSince: MIN, lastLineAt: { twitch: 7 * MIN }, now: 7 * MIN }),
    ).toEqual([{ accountId: 15, network: 'youtube', displayName: 'YouTube', minutes: 6 }]);
  });
});

function kept(text: string, overrides: Partial<ChatEvent> = {}, receivedAt = 1_000): ExportLine {
  return { event: makeChatEvent({ text, markdown: text, ...overrides }), receivedAt };
}

describe('recap', () => {
  it('states when, viewers and lines per network, top and first-time chatters', () => {
    const lines = [
      {
        ...kept('hi', { network: 'twitch', from: { id: '1', name: 'ann' } }, 2 * MIN),
        firstTime: true as const,
      },
      kept('again', { network: 'twitch', from: { id: '1', name: 'ann' } }, 3 * MIN),
      kept('yo', { network: 'youtube', from: { id: 'UC1', name: 'Bo' } }, 3 * MIN),
      kept('fake', { network: 'twitch', from: { name: 'ann' }, viaApi: true }, 3 * MIN),
      kept('after the end', { network: 'twitch', from: { id: '9', name: 'late' } }, 30 * MIN),
    ].map((line) => ({ ...line, event: { ...line.event, timestamp: undefined } }));
    const recap = computeRecap({
      lines,
      viewerPoints: [
        { at: MIN, accountId: 14, count: 100 },
        { at: 2 * MIN, accountId: 14, count: 140 },
        { at: 2 * MIN, accountId: 15, count: 30 },
      ],
      chatMinutes: {},
      liveSince: MIN,
      liveUntil: 20 * MIN,
      accounts,
    });
    expect(recap.start).toBe(MIN);
    expect(recap.end).toBe(20 * MIN);
    expect(recap.networks).toEqual([
      {
        network: 'twitch',
        displayName: 'Twitch',
        peakViewers: 140,
        averageViewers: 120,
        messages: 3,
      },
      {
        network: 'youtube',
        displayName: 'YouTube',
        peakViewers: 30,
        averageViewers: 30,
        messages: 1,
      },
    ]);
    expect(recap.topChatters).toEqual([
      expect.objectContaining({ name: 'ann', network: 'twitch', lines: 2 }),
      expect.objectContaining({ name: 'Bo', network: 'youtube', key: 'youtube:UC1', lines: 1 }),
    ]);
    expect(recap.firstTimeChatters).toEqual({ count: 1, names: ['ann'] });
    expect(recap.messages).toBe(4);
  });
});

const chatEvent = fc.record({
  text: fc.string({ maxLength: 60 }),
  markdown: fc.option(fc.string({ maxLength: 60 }), { nil: undefined }),
  name: fc.string({ minLength: 1, maxLength: 20 }),
  id: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
  network: fc.constantFrom('twitch', 'youtube', 'irc'),
  kind: fc.constantFrom('text' as const, 'emote' as const),
  to: fc.option(fc.string({ minLength: 1, maxLength: 10 }), { nil: undefined }),
  viaApi: fc.boolean(),
  timestamp: fc.option(fc.integer({ min: 0, max: 4_000_000_000_000 }), { nil: undefined }),
  receivedAt: fc.integer({ min: 0, max: 4_000_000_000_000 }),
  accountId: fc.nat(100),
});

function lineOf(value: typeof chatEvent extends fc.Arbitrary<infer T> ? T : never): ExportLine {
  const event: ChatEvent = {
    type: 'chat',
    kind: value.kind,
    network: value.network,
    accountId: value.accountId,
    from: { name: value.name, ...(value.id !== undefined && { id: value.id }) },
    text: value.text,
    ...(value.markdown !== undefined && { markdown: value.markdown }),
    ...(value.to !== undefined && { to: { name: value.to } }),
    ...(value.timestamp !== undefined && { timestamp: value.timestamp }),
    ...(value.viaApi && { viaApi: true as const }),
  };
  return { event, receivedAt: value.receivedAt };
}

describe('export', () => {
  it('JSON read back is what was kept', () => {
    fc.assert(
      fc.property(fc.array(chatEvent, { maxLength: 20 }), (values) => {
        const lines = values.map(lineOf);
        const recap = computeRecap({
          lines,
          viewerPoints: [],
          chatMinutes: {},
          liveSince: null,
          liveUntil: null,
          accounts: [],
        });
        expect(readExportJson(exportJson(lines, { server: 's', stream: 1, recap }))).toEqual(lines);
      }),
    );
  });

  it('CSV read back holds every field that was kept, formulas defused', () => {
    fc.assert(
      fc.property(fc.array(chatEvent, { maxLength: 20 }), (values) => {
        const lines = values.map(lineOf);
        const [header, ...rows] = parseCsv(exportCsv(lines));
        expect(header).toEqual([...CSV_COLUMNS]);
        expect(rows).toHaveLength(lines.length);
        rows.forEach((row, index) => {
          const { event, receivedAt } = lines[index]!;
          expect(row).toEqual([
            new Date(event.timestamp ?? receivedAt).toISOString(),
            new Date(receivedAt).toISOString(),
            event.network,
            String(event.accountId),
            event.kind,
            event.from.name,
            event.from.id ?? '',
            event.to?.name ?? '',
            event.viaApi ? 'yes' : '',
            event.text,
            event.markdown ?? '',
          ]);
        });
      }),
    );
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('@sum')).toBe(`'@sum`);
  });

  it('text: one line each, [time] [network] name: text, actions as name text', () => {
    const text = exportText([
      kept('hello\nworld', { network: 'twitch', from: { name: 'ann' }, timestamp: undefined }),
      kept('waves', { network: 'irc', kind: 'emote', from: { name: 'bob' }, to: { name: 'me' } }),
    ]);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\] \[twitch\] ann: hello world$/);
    expect(lines[1]).toMatch(/\[irc\] bob \(private to me\) waves$/);
  });

  it('names files chatdeck-<stream>-<date>.<ext>', () => {
    expect(exportFileName(21, 'csv', new Date(2026, 10, 29, 23, 59).getTime())).toBe(
      'chatdeck-21-2026-11-29.csv',
    );
  });
});
