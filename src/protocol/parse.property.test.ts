import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seed from '../testing/seed-messages.json';
import { MAX_MESSAGE_CHARS, parseServerEvent, type ParseResult } from './parse';

const KNOWN_TYPES = new Set(['status', 'writerresult', 'viewcount', 'chat']);
const TRICKY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const FIELD_KEYS = [
  'type',
  'accounts',
  'status',
  'account_id',
  'stream_id',
  'network',
  'from',
  'to',
  'text',
  'markdown',
  'picture',
  'http_url',
  'viewer_count',
  'network_icon',
  ...TRICKY_KEYS,
];

/** Objects shaped like frames: known field names and prototype tricks, any values. */
const frameLike = fc.dictionary(fc.constantFrom(...FIELD_KEYS), fc.jsonValue({ maxDepth: 3 }), {
  maxKeys: 8,
});

/** A documented frame with one field (at any depth) replaced by an arbitrary value. */
const mutatedSeedFrame = fc
  .tuple(
    fc.constantFrom(...seed.incoming),
    fc.array(fc.constantFrom(...FIELD_KEYS, '0', '14', 'name', 'id', 'live', 'writable')),
    fc.jsonValue({ maxDepth: 2 }),
  )
  .map(([frame, path, value]) => {
    const copy = structuredClone(frame) as Record<string, unknown>;
    let target: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) {
      const next = Object.hasOwn(target, key) ? target[key] : undefined;
      if (typeof next !== 'object' || next === null) break;
      target = next as Record<string, unknown>;
    }
    // An own property even for "__proto__", as JSON.parse makes it.
    Object.defineProperty(target, path.at(-1) ?? 'type', {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return copy;
  });

/** What holds of every result, whatever went in. */
function expectWellFormed(result: ParseResult): void {
  if (!result.ok) {
    expect(['not-json', 'not-an-object', 'too-large', 'invalid', 'ignored']).toContain(
      result.reason,
    );
    return;
  }
  const { event } = result;
  expect(KNOWN_TYPES.has(event.type)).toBe(true);
  if (event.type === 'status') {
    const ids = event.accounts.map((account) => account.id);
    expect(ids.every(Number.isFinite)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const account of event.accounts) {
      if (account.watchUrl) expect(account.watchUrl).toMatch(/^https?:\/\//);
    }
  }
  if (event.type === 'chat') {
    expect(['string', 'undefined']).toContain(typeof event.markdown);
    expect(typeof event.text).toBe('string');
    expect((event.markdown ?? '').length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS + 1);
    expect(event.text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS + 1);
    if (event.timestamp !== undefined) {
      expect(new Date(event.timestamp).toISOString()).toMatch(/^2\d{3}-/);
    }
    expect(typeof event.from.name).toBe('string');
    if (event.from.picture) expect(event.from.picture).toMatch(/^https?:\/\//);
  }
}

function expectNoPollution(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.keys(Object.prototype)).toEqual([]);
}

describe('parseServerEvent for arbitrary input', () => {
  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectWellFormed(parseServerEvent(text));
      }),
    );
  });

  it('never throws on any JSON value, and keeps what it accepts well-formed', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectWellFormed(parseServerEvent(JSON.stringify(value)));
      }),
    );
  });

  it('never throws on frame-shaped objects, and nothing leaks into prototypes', () => {
    fc.assert(
      fc.property(frameLike, (frame) => {
        const json = JSON.stringify(frame);
        const rest = json === '{}' ? '}' : `,${json.slice(1)}`;
        expectWellFormed(parseServerEvent(json));
        expectWellFormed(parseServerEvent(`{"__proto__":{"polluted":1}${rest}`));
        expectNoPollution();
      }),
    );
  });

  it('survives every documented frame with any one field broken', () => {
    fc.assert(
      fc.property(mutatedSeedFrame, (frame) => {
        expectWellFormed(parseServerEvent(JSON.stringify(frame)));
        expectNoPollution();
      }),
      { numRuns: 500 },
    );
  });

  it('accepts text sent as a binary frame only when it is a string', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseServerEvent(value);
        if (typeof value !== 'string') expect(result.ok).toBe(false);
      }),
    );
  });
});
