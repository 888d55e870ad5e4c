import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_MARKS_PER_LINE, MAX_PROGRAM_SIZE } from './regex-compile';
import { compileUserRegex, isRefusal, loadRegexEngine, type UserRegex } from './regex-engine';

/**
 * The line as the engine reads it (UTF-8 bytes), counting every read of a byte: the work a
 * match does, counted in operations rather than by the clock. A backtracking engine reads the
 * same bytes again and again (exponentially often for `(b|b)*c`); RE2 reads each at most once
 * per instruction of its program, so the count grows linearly with the line.
 */
function countedLine(text: string): { input: number[]; reads: () => number } {
  let reads = 0;
  const bytes = Array.from(new TextEncoder().encode(text));
  const input = new Proxy(bytes, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { input, reads: () => reads };
}

/**
 * Byte reads of the two ways patterns run: testing the line (one pass), and finding the places
 * to mark in it (one pass per place, `MAX_MARKS_PER_LINE` at most, as `findAll` does).
 */
function cost(regex: UserRegex, text: string): { test: number; marks: number; passes: number } {
  const tested = countedLine(text);
  regex.compiled.test(tested.input);
  const found = countedLine(text);
  const matcher = regex.compiled.matcher(found.input);
  let passes = 1;
  for (let marks = 0; marks < MAX_MARKS_PER_LINE && matcher.find(); marks++) passes++;
  return { test: tested.reads(), marks: found.reads(), passes };
}

// Patterns built from what makes backtracking explode: alternations of overlapping branches,
// repeats of repeats, optional pieces, bounded repeats, classes and dots.
const atom = fc.constantFrom('a', 'b', '.', '[ab]', '\\w', '\\s', '!', 'é', '\\b', '(?:)');
const pattern: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('node'), tie('node')).map(([a, b]) => `${a}${b}`),
    fc.tuple(tie('node'), tie('node')).map(([a, b]) => `(?:${a}|${b})`),
    fc
      .tuple(tie('node'), fc.constantFrom('*', '+', '?', '{2,5}', '*?', '{3}'))
      .map(([a, repeat]) => `(${a})${repeat}`),
  ),
})).node;

// Lines made of a short unit said again and again: the shape that makes a backtracker retry.
const unit = fc.string({
  unit: fc.constantFrom('a', 'b', ' ', '!', 'é', '😀'),
  minLength: 1,
  maxLength: 6,
});

function lineOf(piece: string, length: number): string {
  return piece.repeat(Math.ceil(length / piece.length)).slice(0, length);
}

describe('matching cost', () => {
  beforeAll(() => loadRegexEngine());

  it('grows at most linearly with the line, for any pattern and line', () => {
    fc.assert(
      fc.property(pattern, unit, fc.constantFrom('', '!', 'c'), (body, piece, end) => {
        const regex = compileUserRegex(body);
        fc.pre(regex !== null && !isRefusal(regex));
        const compiled = regex as UserRegex;
        const size = compiled.compiled.programSize();
        expect(size).toBeLessThanOrEqual(MAX_PROGRAM_SIZE);
        const short = `${lineOf(piece, 200)}${end}`;
        const long = `${lineOf(piece, 1_600)}${end}`;
        const bytes = (text: string) => new TextEncoder().encode(text).length;
        const shortCost = cost(compiled, short);
        const longCost = cost(compiled, long);
        // RE2's bound: every byte read at most once per instruction, per pass.
        const perPass = 2 * (size + 2) * (bytes(long) + 1);
        expect(longCost.test).toBeLessThanOrEqual(perPass);
        expect(longCost.marks).toBeLessThanOrEqual(longCost.passes * perPass);
        // Eight times the line is at most about eight times the work (not 2^8 times).
        expect(longCost.test).toBeLessThanOrEqual(8 * shortCost.test * 1.5 + 8 * (size + 2) * 8);
      }),
      { numRuns: 150 },
    );
  });

  it("marks a line in work linear in it, even where each search reads on to the line's end", () => {
    // Each `[ab].` match is found only after ruling out `(.)*a`, which reads to the end.
    const regex = compileUserRegex('(?:(.)*a|[ab]).') as UserRegex;
    const per = [200, 1_600].map((length) => {
      const text = 'b'.repeat(length);
      return cost(regex, text).marks / text.length;
    });
    expect(regex.findAll('b'.repeat(1_600))).toHaveLength(MAX_MARKS_PER_LINE);
    // Work per byte stays flat as the line grows eightfold (it grew eightfold, unbounded).
    expect(per[1]!).toBeLessThanOrEqual(per[0]! * 1.1);
  });

  it('finds places in work linear in the line when most matches are empty', () => {
    // Every word boundary is an empty match, found only after ruling out `(.)*a`: searches
    // are counted, not places, or a line of short words would cost a search per word.
    const regex = compileUserRegex('(?:(.)*a|\\b)') as UserRegex;
    const per = [200, 1_600].map((length) => {
      const text = lineOf('bb ', length);
      return cost(regex, text).marks / text.length;
    });
    expect(per[1]!).toBeLessThanOrEqual(per[0]! * 1.1);
    // findAll itself stops there: its searches counted on the engine's own matcher.
    let searches = 0;
    const matcherOf = regex.compiled.matcher.bind(regex.compiled);
    vi.spyOn(regex.compiled, 'matcher').mockImplementation((input) => {
      const matcher = matcherOf(input);
      const find = matcher.find.bind(matcher);
      matcher.find = (...args: Parameters<typeof find>) => {
        searches++;
        return find(...args);
      };
      return matcher;
    });
    expect(regex.findAll(lineOf('bb ', 1_600))).toEqual([]);
    expect(searches).toBe(MAX_MARKS_PER_LINE);
  });

  it('reads the issue\'s hostile line once per byte, however many "b" it has', () => {
    const regex = compileUserRegex('(b|b)*c') as UserRegex;
    const per = [27, 270, 2_700].map((count) => {
      const text = `${'b'.repeat(count)}!`;
      const { test, marks } = cost(regex, text);
      return (test + marks) / text.length;
    });
    // A backtracking engine doubles its work with each extra "b"; here it stays flat.
    for (const value of per) expect(value).toBeLessThan(6);
    expect(per[2]!).toBeLessThanOrEqual(per[0]! * 1.1);
  });
});
