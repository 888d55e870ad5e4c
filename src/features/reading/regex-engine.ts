import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { useEffect, useSyncExternalStore } from 'react';
import type * as Compile from './regex-compile';

export type { MatchPlace, UserRegex } from './regex-compile';

/**
 * The engine every user-typed `/regex/` runs in: re2js, the JavaScript port of RE2. RE2 never
 * backtracks: it runs an automaton over the line once, so the work grows linearly with the
 * line for any pattern (the browser's own RegExp backtracks, and `(b|b)*c` on 30 "b" takes
 * seconds). It is loaded on demand (its own chunk) the first time a regex is used, so plain
 * words and pages without a regex never download it.
 */
type Engine = typeof Compile;

/** Longest regex body taken. */
export const MAX_REGEX_LENGTH = 100;

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
  loading ??= import('./regex-compile').then(
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

// What RE2 cannot do, named before it says "invalid escape" or "invalid named capture".
const BACK_REFERENCE = /\\(?:[1-9]|k<)/;
const LOOK_AROUND = /\(\?<?[=!]/;

/** Whether a checked pattern was refused: the reason, drawn in the interface's language. */
export function isRefusal(
  checked: Compile.UserRegex | MessageDescriptor,
): checked is MessageDescriptor {
  return 'id' in checked;
}

/**
 * Compiles a `/regex/` body (case-insensitive), or says why it is refused. Null while the
 * engine is not loaded yet (the caller waits for `loadRegexEngine`).
 */
export function compileUserRegex(body: string): Compile.UserRegex | MessageDescriptor | null {
  const max = MAX_REGEX_LENGTH;
  if (body.length > max) return msg`longer than ${max} characters`;
  if (BACK_REFERENCE.test(body)) {
    return msg`back-references (\\1, \\k<name>) are not supported: only patterns that can be matched in one pass are`;
  }
  if (LOOK_AROUND.test(body)) {
    return msg`look-ahead and look-behind ((?=, (?!, (?<=, (?<!) are not supported: only patterns that can be matched in one pass are`;
  }
  return engine ? engine.compileInRe2(body) : null;
}
