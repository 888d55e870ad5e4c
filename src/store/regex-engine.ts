import { useEffect, useSyncExternalStore } from 'react';
import type * as Re2 from 're2js';
import type { RE2JS } from 're2js';

/**
 * The engine every user-typed `/regex/` runs in: re2js, the JavaScript port of RE2. RE2 never
 * backtracks: it runs an automaton over the line once, so the work grows linearly with the
 * line for any pattern (the browser's own RegExp backtracks, and `(b|b)*c` on 30 "b" takes
 * seconds). It is loaded on demand (its own chunk) the first time a regex is used, so plain
 * words and pages without a regex never download it.
 */
type Engine = typeof Re2;

/** Longest regex body taken. */
export const MAX_REGEX_LENGTH = 100;
/**
 * Largest compiled program taken (RE2's instruction count). The work per character grows with
 * it: `(a{100}){10}` compiles to 1,022 and takes over 100 ms on one 2,000-character line;
 * 250 keeps the worst line of the longest size under ~20 ms.
 */
export const MAX_PROGRAM_SIZE = 250;

let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;
let failed: string | null = null;
const listeners = new Set<() => void>();

/** The engine, or null while it has not been loaded (see `loadRegexEngine`). */
export function regexEngine(): Engine | null {
  return engine;
}

/** Why the engine could not be loaded (a failed chunk download), or null. */
export function regexEngineProblem(): string | null {
  return failed;
}

/** Loads the engine (once); listeners hear when it is in. */
export function loadRegexEngine(): Promise<Engine> {
  loading ??= import('re2js').then(
    (loaded) => {
      engine = loaded;
      failed = null;
      for (const listener of [...listeners]) listener();
      return loaded;
    },
    (error: unknown) => {
      loading = null;
      failed = `the pattern engine did not load (${error instanceof Error ? error.message : String(error)})`;
      for (const listener of [...listeners]) listener();
      throw error;
    },
  );
  return loading;
}

export function onRegexEngine(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Whether the engine is in; starts loading it when `needed` (a regex is in use). A component
 * that compiles patterns lists this among its memo's inputs so they compile again once it is.
 */
export function useRegexEngine(needed: boolean): boolean {
  const ready = useSyncExternalStore(
    onRegexEngine,
    () => engine !== null,
    () => engine !== null,
  );
  useEffect(() => {
    if (needed && !ready) loadRegexEngine().catch(() => undefined);
  }, [needed, ready]);
  return ready;
}

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

// What RE2 cannot do, named before it says "invalid escape" or "invalid named capture".
const BACK_REFERENCE = /\\(?:[1-9]|k<)/;
const LOOK_AROUND = /\(\?<?[=!]/;

/**
 * Compiles a `/regex/` body (case-insensitive), or says why it is refused. Null while the
 * engine is not loaded yet (the caller waits for `loadRegexEngine`).
 */
export function compileUserRegex(body: string): UserRegex | string | null {
  if (body.length > MAX_REGEX_LENGTH) return `longer than ${MAX_REGEX_LENGTH} characters`;
  if (BACK_REFERENCE.test(body)) {
    return 'back-references (\\1, \\k<name>) are not supported: only patterns that can be matched in one pass are';
  }
  if (LOOK_AROUND.test(body)) {
    return 'look-ahead and look-behind ((?=, (?!, (?<=, (?<!) are not supported: only patterns that can be matched in one pass are';
  }
  if (!engine) return null;
  const { RE2JS } = engine;
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
