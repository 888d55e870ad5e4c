import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READING_SETTINGS } from './reading-settings';
import { makeChatEvent } from '../../testing/factories';
import { compileReadingRules } from './reading-rules';
import { REPEAT_WINDOW_MS, ReadingViewBuilder, repeatKey } from './reading-view';
import { appendBounded, type HistoryLine } from '../../store/slices/history';

const rules = compileReadingRules(
  { ...DEFAULT_READING_SETTINGS, hiddenUsers: ['spammer'], hideBotCommands: true },
  [],
);

function line(seq: number, text: string, at: number, name = `viewer${seq}`): HistoryLine {
  return {
    ...makeChatEvent(),
    network: 'twitch',
    from: { id: name, name },
    text,
    seq,
    receivedAt: at,
    timestamp: at,
  };
}

describe('ReadingViewBuilder', () => {
  it('leaves hidden lines out and counts them; shows them marked on demand', () => {
    const lines = [
      line(1, 'hello', 0),
      line(2, 'buy followers', 1, 'spammer'),
      line(3, '!uptime', 2),
      line(4, 'bye', 3),
    ];
    const view = new ReadingViewBuilder(rules, { foldRepeats: false, showHidden: false }).update(
      lines,
    );
    expect(view.lines.map((kept) => kept.seq)).toEqual([1, 4]);
    expect(view.hidden).toBe(2);
    const all = new ReadingViewBuilder(rules, { foldRepeats: false, showHidden: true }).update(
      lines,
    );
    expect(all.lines.map((kept) => kept.seq)).toEqual([1, 2, 3, 4]);
    expect(all.hidden).toBe(2);
  });

  it('folds the same text within 30 s into its first line, from anyone', () => {
    const builder = new ReadingViewBuilder(rules, { foldRepeats: true, showHidden: false });
    const view = builder.update([
      line(1, 'GG', 0),
      line(2, 'gg ', 1_000),
      line(3, 'nice', 2_000),
      line(4, 'Gg', REPEAT_WINDOW_MS),
      line(5, 'GG', REPEAT_WINDOW_MS + 1),
    ]);
    expect(view.lines.map((kept) => kept.seq)).toEqual([1, 3, 5]);
    expect(view.repeats.get(1)).toBe(3);
    expect(view.repeats.get(5)).toBeUndefined();
  });

  it('never folds private messages', () => {
    const whisper = { ...line(2, 'GG', 1), to: { name: 'demo' } };
    const view = new ReadingViewBuilder(rules, { foldRepeats: true, showHidden: false }).update([
      line(1, 'GG', 0),
      whisper,
    ]);
    expect(view.lines).toHaveLength(2);
  });

  it('counts new highlights once, however often it is asked', () => {
    const highlighting = compileReadingRules(
      { ...DEFAULT_READING_SETTINGS, highlightWords: ['hype'] },
      [],
    );
    const builder = new ReadingViewBuilder(highlighting, { foldRepeats: false, showHidden: false });
    const lines = [line(1, 'HYPE', 0), line(2, 'calm', 1)];
    expect(builder.update(lines).newHighlights).toBe(1);
    expect(builder.update(lines).newHighlights).toBe(1);
    expect(builder.update([...lines, line(3, 'calm', 2)]).newHighlights).toBe(0);
  });

  it('as lines arrive and the oldest are trimmed, equals building it from scratch', () => {
    const texts = ['GG', 'gg', 'hello', '!uptime', 'W', 'nice'];
    const names = ['ann', 'bob', 'spammer', 'cy'];
    const arrival = fc.record({
      text: fc.constantFrom(...texts),
      name: fc.constantFrom(...names),
      gap: fc.integer({ min: 0, max: 20_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.array(arrival, { maxLength: 8 }), { maxLength: 12 }),
        fc.integer({ min: 3, max: 30 }),
        fc.boolean(),
        (batches, limit, foldRepeats) => {
          const options = { foldRepeats, showHidden: false };
          const incremental = new ReadingViewBuilder(rules, options);
          let kept: HistoryLine[] = [];
          const arrived: HistoryLine[] = [];
          let seq = 0;
          let at = 0;
          for (const batch of batches) {
            const added = batch.map((item) => {
              at += item.gap;
              seq += 1;
              return line(seq, item.text, at, item.name);
            });
            arrived.push(...added);
            kept = appendBounded(kept, added, limit);
            const view = incremental.update(kept);
            const fresh = new ReadingViewBuilder(rules, options).update(kept);
            expect(view.hidden).toBe(fresh.hidden);
            if (!foldRepeats) {
              expect(view.lines).toEqual(fresh.lines);
              continue;
            }
            // Folding: every shown line is kept and not hidden, and every kept line not shown
            // repeats an earlier line (kept or already trimmed) of the last 30 s.
            const shownSeqs = new Set(view.lines.map((shown) => shown.seq));
            for (const shown of view.lines) expect(kept).toContain(shown);
            for (const candidate of kept) {
              if (shownSeqs.has(candidate.seq) || rules.read(candidate).hidden) continue;
              const repeated = arrived.some(
                (earlier) =>
                  earlier.seq < candidate.seq &&
                  repeatKey(earlier.text) === repeatKey(candidate.text) &&
                  candidate.receivedAt - earlier.receivedAt <= REPEAT_WINDOW_MS,
              );
              expect(repeated).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
