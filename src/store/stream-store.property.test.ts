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
        const total = viewerTotalOf(liveAccountsOf(state.accounts), state.viewerCounts);
        if (total !== undefined) expect(total).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a status that does not validate never wipes the accounts', () => {
    const good = parseServerEvent(JSON.stringify(seed.incoming[0]));
    if (!good.ok) throw new Error('the first seed frame is a status');
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
          const store = createStreamStore();
          store.getState().applyServerEvents([good.event]);
          const before = store.getState().accounts;
          const result = parseServerEvent(JSON.stringify(frame));
          if (result.ok) store.getState().applyServerEvents([result.event]);
          else expect(store.getState().accounts).toBe(before);
          if (result.ok && result.event.type === 'status') {
            expect(store.getState().accounts).toEqual(result.event.accounts);
          }
        },
      ),
    );
  });
});
