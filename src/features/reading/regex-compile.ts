import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
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

/**
 * Most searches for places to mark in one line (so at most as many places). Each search is one
 * linear pass, but it may read on to the line's end (to rule out a longer or preferred match:
 * `(?:(.)*a|[ab]).` on "bbbb…"), so marking every match of a long line would be quadratic in
 * it. Twenty places is more than a result line needs to show where it matched.
 */
export const MAX_MARKS_PER_LINE = 20;

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
  /** The first non-empty, non-overlapping matches (`MAX_MARKS_PER_LINE` at most), in order. */
  findAll(text: string): MatchPlace[];
  /** The compiled pattern (tests count its work through it). */
  readonly compiled: RE2JS;
}

/**
 * Compiles a checked body (case-insensitive), or says why it is refused (a message the
 * interface draws in its language).
 */
export function compileInRe2(body: string): UserRegex | MessageDescriptor {
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(body, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The engine's own words (in English) say where the pattern breaks.
    const detail = message.replace(/^error parsing regexp: /, '');
    return msg`not a valid regular expression (${detail})`;
  }
  if (compiled.programSize() > MAX_PROGRAM_SIZE) {
    const [steps, max] = [compiled.programSize(), MAX_PROGRAM_SIZE];
    return msg`too large: it compiles to ${steps} steps (at most ${max}), which is slow on long lines`;
  }
  if (compiled.test('')) return msg`matches every line`;
  const findAll = (text: string, max: number): MatchPlace[] => {
    const found: MatchPlace[] = [];
    const matcher = compiled.matcher(text);
    // Searches, not places, are counted: empty matches (`\b`) cost a search each too.
    for (
      let searches = 0;
      found.length < max && searches < MAX_MARKS_PER_LINE && matcher.find();
      searches++
    ) {
      const start = matcher.start();
      const end = matcher.end();
      if (end > start) found.push({ index: start, length: end - start });
    }
    return found;
  };
  return {
    test: (text) => compiled.test(text),
    find: (text) => findAll(text, 1)[0] ?? null,
    findAll: (text) => findAll(text, MAX_MARKS_PER_LINE),
    compiled,
  };
}
