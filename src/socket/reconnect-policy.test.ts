import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RECONNECT_EXPONENT,
  RECONNECT_JITTER,
  RECONNECT_MAX_DELAY_MS,
  RECONNECT_MIN_DELAY_MS,
  nextDelay,
} from './reconnect-policy';

describe('nextDelay', () => {
  it('pins the policy constants', () => {
    expect([
      RECONNECT_MIN_DELAY_MS,
      RECONNECT_MAX_DELAY_MS,
      RECONNECT_EXPONENT,
      RECONNECT_JITTER,
    ]).toEqual([1_000, 30_000, 2, 0.25]);
  });

  it('grows exponentially without jitter at the midpoint', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => nextDelay(attempt, () => 0.5))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
  });

  it('spreads each wait by the jitter and never exceeds the cap', () => {
    expect(nextDelay(1, () => 0)).toBe(750);
    expect(nextDelay(1, () => 1)).toBe(1_250);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (attempt, r) => {
          const delay = nextDelay(attempt, () => r);
          return (
            delay >= RECONNECT_MIN_DELAY_MS * (1 - RECONNECT_JITTER) &&
            delay <= RECONNECT_MAX_DELAY_MS
          );
        },
      ),
    );
  });
});
