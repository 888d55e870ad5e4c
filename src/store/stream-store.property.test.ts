import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import seed from '../testing/seed-messages.json';
import { parseServerEvent } from '../protocol/parse';
import type { ServerEvent } from '../protocol/events';
import { createStreamStore } from './stream-store';
import { liveAccountsOf, viewerTotalOf } from './selectors';

beforeEach(() => sessionStorage.clear());

/** Wire frames: documented ones, documented ones with a field swapped, or anything at all. */
const wireFrame = fc.oneof(
  fc.constantFrom(...seed.incoming).map((frame) => JSON.stringify(frame)),
  fc
    .tuple(
      fc.constantFrom(...seed.incoming),
      fc.constantFrom('type', 'accounts', 'account_id', 'from', 'markdown', 'viewer_count', 'to'),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(([frame, key, value]) => JSON.stringify({ ...frame, [key]: value })),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 60 }),
);

/** What the socket hands the store: batches of whatever parsed. */
const batches = fc.array(
  fc.array(wireFrame, { maxLength: 30 }).map((frames) =>
    frames.flatMap((frame): ServerEvent[] => {
      const result = parseServerEvent(frame);
      return result.ok ? [result.event] : [];
    }),
  ),
  { maxLength: 12 },
);

describe('the store under arbitrary server input', () => {
  it('never throws, keeps history bounded and in order, and accounts consistent', () => {
    fc.assert(
      fc.property(batches, fc.integer({ min: 1, max: 40 }), (batchList, limit) => {
        const store = createStreamStore();
        store.getState().setHistoryLimit(limit);
        let lastStatus: ServerEvent | undefined;
        for (const batch of batchList) {
          store.getState().applyServerEvents(batch, 1_000);
          lastStatus = batch.findLast((event) => event.type === 'status') ?? lastStatus;
        }
        const state = store.getState();
        expect(state.messages.length).toBeLessThanOrEqual(limit);
        for (let i = 1; i < state.messages.length; i++) {
          expect(state.messages[i]!.seq).toBeGreaterThan(state.messages[i - 1]!.seq);
        }
        const ids = state.accounts.map((account) => account.id);
        expect(new Set(ids).size).toBe(ids.length);
        // The account list is exactly the last status that arrived, or empty before any.
        if (lastStatus?.type === 'status') expect(state.accounts).toEqual(lastStatus.accounts);
        else expect(state.accounts).toEqual([]);
        // Viewer counts are only ever kept for accounts that are live now.
        const live = new Set(liveAccountsOf(state.accounts).map((account) => account.id));
        for (const id of Object.keys(state.viewerCounts)) expect(live.has(Number(id))).toBe(true);
        // Every count kept is a count: a whole number, never negative, whatever the frames said.
        for (const count of Object.values(state.viewerCounts)) {
          expect(Number.isSafeInteger(count) && count >= 0, String(count)).toBe(true);
        }
        // The total is there exactly when a live account has a count.
        const total = viewerTotalOf(liveAccountsOf(state.accounts), state.viewerCounts);
        expect(total === undefined).toBe(Object.keys(state.viewerCounts).length === 0);
      }),
      { numRuns: 300 },
    );
  });

  it('a status that does not validate never wipes the accounts', () => {
    const good = parseServerEvent(JSON.stringify(seed.incoming[0]));
    if (!good.ok || good.event.type !== 'status')
      throw new Error('the first seed frame is a status');
    const goodAccounts = good.event.accounts;
    const chatLine = seed.incoming.find((sent) => sent.type === 'text' && sent.text === 'yay');
    fc.assert(
      fc.property(
        fc
          .record({ type: fc.constant('status') }, { requiredKeys: [] })
          .chain((base) =>
            fc
              .dictionary(
                fc.constantFrom('accounts', 'status', 'type'),
                fc.jsonValue({ maxDepth: 2 }),
              )
              .map((extra) => ({ ...base, ...extra, type: 'status' })),
          ),
        (frame) => {
          // The frame goes the socket's way, between a good status and a chat line, in one
          // batch: what parses is applied, what does not is dropped.
          const store = createStreamStore();
          const events = [seed.incoming[0], frame, chatLine].flatMap((sent): ServerEvent[] => {
            const result = parseServerEvent(JSON.stringify(sent));
            return result.ok ? [result.event] : [];
          });
          store.getState().applyServerEvents(events);
          const state = store.getState();
          const result = parseServerEvent(JSON.stringify(frame));
          expect(state.accounts).toEqual(
            result.ok && result.event.type === 'status' ? result.event.accounts : goodAccounts,
          );
          // Every account kept is one: an id, a network with a name.
          for (const account of state.accounts) {
            expect(Number.isInteger(account.id)).toBe(true);
            expect(typeof account.network.name).toBe('string');
          }
          // The batch was applied past the frame: the chat line after it is in the history.
          expect(state.messages.map((line) => line.text)).toEqual(['yay']);
        },
      ),
    );
  });
});
