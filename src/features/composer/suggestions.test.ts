import { describe, expect, it } from 'vitest';
import { completeName, recentNames, suggestionsFor } from './suggestions';

describe('completion', () => {
  const names = ['speedy', 'speedrun_sam', 'Lena Fischer', 'modmarie'];

  it('completes the word at the caret, @ optional, and cycles on Tab again', () => {
    const first = completeName('thanks @spe', 11, names, null)!;
    expect(first.draft).toBe('thanks @speedy ');
    const second = completeName(first.draft, first.caret, names, first.cycle)!;
    expect(second.draft).toBe('thanks @speedrun_sam ');
    const third = completeName(second.draft, second.caret, names, second.cycle)!;
    expect(third.draft).toBe('thanks @speedy ');
    expect(completeName('len', 3, names, null)!.draft).toBe('Lena Fischer ');
    expect(completeName('nobody', 6, names, null)).toBeNull();
    expect(completeName('', 0, names, null)).toBeNull();
  });

  it('offers names most recent first, never from API lines', () => {
    expect(
      recentNames([
        { from: { name: 'a' } },
        { from: { name: 'b' } },
        { from: { name: 'a' } },
        { from: { name: 'fake' }, viaApi: true },
      ]),
    ).toEqual(['a', 'b']);
  });
});

describe('suggestions', () => {
  it('lists the commands for / and the quick replies for ;', () => {
    expect(suggestionsFor('/', []).map((entry) => entry.value)).toEqual([
      '/me ',
      '/irc ',
      '/msg ',
      '/poll ',
      '/endpoll',
      '/giveaway ',
    ]);
    expect(suggestionsFor('/p', []).map((entry) => entry.label)).toEqual([
      '/poll Question | Option A | Option B [60s]',
    ]);
    expect(suggestionsFor('/endpoll', [])).toEqual([]);
    expect(suggestionsFor('/me waves', [])).toEqual([]);
    const replies = ['Discord: https://discord.gg/x', 'Thanks for the raid!'];
    expect(suggestionsFor(';', replies)).toHaveLength(2);
    expect(suggestionsFor(';raid', replies).map((entry) => entry.value)).toEqual([
      'Thanks for the raid!',
    ]);
  });
});
