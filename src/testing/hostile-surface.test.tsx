import { act, render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FeaturedOverlay } from '../features/featured/featured-overlay';
import { PollOverlay } from '../features/poll/poll-overlay';
import { readSettings } from '../config/settings';
import { exportCsv, exportJson, exportText, parseCsv } from '../features/kept-chat/export-formats';
import { FEATURED_CHANNEL, readFeaturedMessage } from '../features/featured/featured-store';
import { parseSearch, MAX_QUERY_CHARS } from '../features/reading/line-filter';
import { POLL_CHANNEL, readPollMessage } from '../features/poll/poll-channel';
import { computeRecap } from '../features/kept-chat/recap';
import { loadRegexEngine, type UserRegex } from '../features/reading/regex-engine';
import { checkRegex, compileWords } from '../features/reading/word-pattern';
import { readKeptLine } from '../features/kept-chat/kept-history';
import { expandHostile, hostileText } from './hostile-values';
import { said } from './said';

interface Corpus {
  patterns: Array<{
    name: string;
    pattern: string;
    line?: unknown;
    matches?: boolean;
    refused?: string;
  }>;
  searches: Array<{ name: string; query: unknown; clippedTo: number }>;
  pageMessages: {
    poll: Array<{ name: string; message: unknown }>;
    featured: Array<{ name: string; message: unknown }>;
    featuredForeignImage: { message: unknown };
  };
  keptRecords: Array<{ name: string; record: unknown; kept: boolean; shows?: string }>;
  addresses: Array<{ name: string; query: string; notice: string | null }>;
}

// Read as JSON (not imported as a module): a `__proto__` key stays a key.
const corpus = JSON.parse(
  readFileSync(resolve(process.cwd(), 'src/testing/hostile-corpus.json'), 'utf8'),
) as Corpus;

/** Bytes the engine reads to test a line: its work, counted (not timed). */
function bytesRead(regex: UserRegex, text: string): number {
  let reads = 0;
  const bytes = Array.from(new TextEncoder().encode(text));
  const counted = new Proxy(bytes, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  regex.compiled.test(counted);
  const matcher = regex.compiled.matcher(counted);
  while (matcher.find());
  return reads;
}

describe('hostile patterns', () => {
  beforeAll(() => loadRegexEngine());

  it.each(corpus.patterns.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const words = compileWords([entry.pattern]);
    if (entry.refused) {
      expect(words.refused).toHaveLength(1);
      expect(said(words.refused[0]!.reason)).toContain(entry.refused);
      expect(said(parseSearch(entry.pattern).problem?.reason)).toContain(entry.refused);
      return;
    }
    expect(words.refused).toEqual([]);
    const line = hostileText(entry.line);
    expect(words.test(line)).toBe(entry.matches);
    const regex = checkRegex(entry.pattern.slice(1, -1)) as UserRegex;
    // Linear: each byte read at most a few times per instruction, never again and again.
    const bytes = new TextEncoder().encode(line).length;
    const size = regex.compiled.programSize();
    expect(bytesRead(regex, line)).toBeLessThanOrEqual(2 * (size + 2) * (bytes + 1));
    const search = parseSearch(entry.pattern);
    expect(search.problem).toBeUndefined();
    expect(search.marks(line).length > 0).toBe(entry.matches);
  });
});

describe('hostile search queries', () => {
  it.each(corpus.searches.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const query = parseSearch(hostileText(entry.query));
    expect(query.clipped).toBe(true);
    expect(entry.clippedTo).toBe(MAX_QUERY_CHARS);
  });
});

/** A page of the same origin posting to an overlay's channel. */
async function post(channel: string, ...messages: unknown[]) {
  const sender = new BroadcastChannel(channel);
  for (const message of messages) sender.postMessage(message);
  // Delivered in order, in later tasks; a round trip through the channel waits for them.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
  sender.close();
}

const validPoll = (question: string) => {
  const now = Date.now();
  return {
    type: 'poll',
    poll: {
      id: now,
      question,
      options: ['Chips', 'Fruit'],
      startedAt: now,
      endsAt: now + 60_000,
      endedAt: null,
      votes: { 'twitch:1': { option: 1, network: 'twitch' } },
    },
  };
};

const validFeatured = (text: string) => ({
  type: 'show',
  shownAt: Date.now(),
  line: {
    id: text,
    name: 'good_viewer',
    network: 'twitch',
    networkName: 'Twitch',
    kind: 'text',
    text,
    at: Date.now(),
  },
});

describe('overlay messages', () => {
  const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
  afterEach(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeNames);
  });

  it.each(corpus.pageMessages.poll.map((entry) => [entry.name, entry] as const))(
    'poll: %s is refused by the schema',
    (_name, entry) => {
      expect(readPollMessage(expandHostile(entry.message))).toBeNull();
    },
  );

  it.each(corpus.pageMessages.featured.map((entry) => [entry.name, entry] as const))(
    'featured: %s is refused by the schema',
    (_name, entry) => {
      expect(readFeaturedMessage(expandHostile(entry.message))).toBeNull();
    },
  );

  it('the poll overlay ignores every hostile message and shows the next good poll', async () => {
    render(<PollOverlay />);
    await post(POLL_CHANNEL, validPoll('First question?'));
    expect(await screen.findByRole('region', { name: 'Poll' })).toHaveTextContent(
      'First question?',
    );
    await post(
      POLL_CHANNEL,
      ...corpus.pageMessages.poll.map((entry) => expandHostile(entry.message)),
    );
    const poll = screen.getByRole('region', { name: 'Poll' });
    expect(poll).toHaveTextContent('First question?');
    expect(poll).toHaveTextContent(/\d+ s left/);
    await post(POLL_CHANNEL, validPoll('Next question?'));
    expect(screen.getByRole('region', { name: 'Poll' })).toHaveTextContent('Next question?');
  });

  it('the featured overlay ignores every hostile message, and takes images only from its own hosts', async () => {
    render(
      <FeaturedOverlay
        options={{
          showtimeSeconds: null,
          speechLang: null,
          server: 'https://ms.example',
          imageHosts: [],
          preview: false,
        }}
      />,
    );
    await post(FEATURED_CHANNEL, validFeatured('first good line'));
    expect(await screen.findByRole('region', { name: 'Featured' })).toHaveTextContent(
      'first good line',
    );
    await post(
      FEATURED_CHANNEL,
      ...corpus.pageMessages.featured.map((entry) => expandHostile(entry.message)),
    );
    expect(screen.getByRole('region', { name: 'Featured' })).toHaveTextContent('first good line');
    await post(FEATURED_CHANNEL, expandHostile(corpus.pageMessages.featuredForeignImage.message));
    const shown = await screen.findByRole('region', { name: 'Featured' });
    expect(shown).toHaveTextContent('no image from elsewhere');
    expect(shown.querySelectorAll('img[src*="evil.example"]')).toHaveLength(0);
    await post(FEATURED_CHANNEL, validFeatured('next good line'));
    expect(screen.getByRole('region', { name: 'Featured' })).toHaveTextContent('next good line');
  });
});

describe('hostile kept records', () => {
  it.each(corpus.keptRecords.map((entry) => [entry.name, entry] as const))(
    '%s: checked like a live line',
    (_name, entry) => {
      const kept = readKeptLine(expandHostile(entry.record));
      if (!entry.kept) {
        expect(kept).toBeNull();
        return;
      }
      expect(kept).not.toBeNull();
      const event = kept!.event;
      expect(event.from.name.length).toBeLessThanOrEqual(64);
      expect(event.text.length).toBeLessThanOrEqual(2_000);
      expect(event.text).toContain(entry.shows);
      expect(event.from.picture ?? 'https://x.example/').toMatch(/^https:\/\//);
      // Export and recap take every kept line without throwing.
      const lines = [kept!];
      expect(exportText(lines).split('\n')).toHaveLength(2);
      expect(parseCsv(exportCsv(lines))).toHaveLength(2);
      const recap = computeRecap({
        lines,
        viewerPoints: [],
        chatMinutes: {},
        liveSince: null,
        liveUntil: null,
        accounts: [],
      });
      expect(recap.messages).toBe(1);
      expect(() =>
        exportJson(lines, { server: 'https://ms.example', stream: 1, recap }),
      ).not.toThrow();
    },
  );

  it('exports never throw on a time no Date can hold, and a lone CR never splits a line', () => {
    const event = readKeptLine(expandHostile(corpus.keptRecords[0]!.record))!.event;
    const odd = [{ event: { ...event, text: 'one\rtwo\u2028three' }, receivedAt: 1e20 }];
    expect(() => exportCsv(odd)).not.toThrow();
    expect(parseCsv(exportCsv(odd))[1]![0]).toBe('');
    expect(exportText(odd)).toBe(`[] [twitch] ${event.from.name}: one two three\n`);
  });
});

describe('hostile addresses', () => {
  it.each(corpus.addresses.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const url = new URL(`https://chatdeck.example/?${entry.query}#token=t0ken`);
    const settings = readSettings({ search: url.search, hash: url.hash, origin: url.origin });
    const problems = settings.addressProblems.map((problem) => said(problem));
    if (entry.notice) expect(problems).toContain(entry.notice);
    else expect(problems).toEqual([]);
    for (const column of Array.isArray(settings.deck) ? settings.deck : []) {
      expect(column.width).toBeGreaterThanOrEqual(1);
      expect(column.width).toBeLessThanOrEqual(3);
    }
  });
});
