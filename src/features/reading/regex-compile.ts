import { RE2JS } from 're2js';

/**
 * The part of the pattern engine that holds re2js: its own chunk, loaded by `regex-engine.ts`
 * the first time a `/regex/` is used (plain words and pages without a regex never load it).
 */

/**
 * Largest compiled program taken (RE2's instruction count). The work per character grows with
 * it: `(a{100}){10}` compiles to 1,022 and takes over 100 ms on one 2,000-character line;
 * 250 keeps the worst line of the longest size under ~20 ms.
 */
export const MAX_PROGRAM_SIZE = 250;

/** A match's place: UTF-16 index and length, as `String.prototype.slice` counts. */
export interface MatchPlace {
  index: number;
  length: number;
}

/** A user regex compiled in the linear-time engine. */
export interface UserRegex {
  test(text: string): boolean;
  /** The first non-empty match, or null. */
  find(text: string): MatchPlace | null;
  /** Every non-empty, non-overlapping match, in order. */
  findAll(text: string): MatchPlace[];
  /** The compiled pattern (tests count its work through it). */
  readonly compiled: RE2JS;
}

/** Compiles a checked body (case-insensitive), or says why it is refused. */
export function compileInRe2(body: string): UserRegex | string {
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(body, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `not a valid regular expression (${message.replace(/^error parsing regexp: /, '')})`;
  }
  if (compiled.programSize() > MAX_PROGRAM_SIZE) {
    return `too large: it compiles to ${compiled.programSize()} steps (at most ${MAX_PROGRAM_SIZE}), which is slow on long lines`;
  }
  if (compiled.test('')) return 'matches every line';
  const findAll = (text: string, max: number): MatchPlace[] => {
    const found: MatchPlace[] = [];
    const matcher = compiled.matcher(text);
    while (found.length < max && matcher.find()) {
      const start = matcher.start();
      const end = matcher.end();
      if (end > start) found.push({ index: start, length: end - start });
    }
    return found;
  };
  return {
    test: (text) => compiled.test(text),
    find: (text) => findAll(text, 1)[0] ?? null,
    findAll: (text) => findAll(text, Infinity),
    compiled,
  };
}
