/**
 * Word lists typed by the streamer (highlight and hidden words) compiled into one test each:
 * plain entries match as whole words or phrases in any case; `/regex/` entries are regular
 * expressions (case-insensitive), refused when invalid or when they could take too long on a
 * hostile line.
 */

export interface RefusedEntry {
  entry: string;
  reason: string;
}

export interface WordPattern {
  /** True when the text holds one of the entries. */
  test(text: string): boolean;
  /** The first match's place in `text`, for marking it; null when none. */
  find(text: string): { index: number; length: number } | null;
  /** Entries that were not taken, with why. */
  refused: RefusedEntry[];
  /** How many entries are in use. */
  size: number;
}

/** A letter, digit or underscore in any script: what a "whole word" may not touch. */
const WORD_CHAR = '[\\p{L}\\p{N}_]';
const MAX_REGEX_LENGTH = 100;
/** A pattern that needs longer than this on a probe line is refused. */
const PROBE_BUDGET_MS = 15;

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** `/…/` or `/…/i`: a regular expression entry. */
export function regexBody(entry: string): string | null {
  const match = /^\/(.+)\/i?$/s.exec(entry);
  return match ? match[1]! : null;
}

// A quantified group that itself holds a quantifier, such as (a+)+ or (\w*)*: the classic
// catastrophic backtracking shape. Also back-references, which no engine bounds.
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]/;
const BACK_REFERENCE = /\\[1-9]|\\k</;

function probeLines(): string[] {
  const lines: string[] = [];
  for (const char of ['a', '1', ' ', 'aa ', 'a1_', '!']) {
    lines.push(char.repeat(Math.ceil(400 / char.length)) + '\u0000');
  }
  lines.push('x'.repeat(2_000));
  return lines;
}
let probes: string[] | null = null;

/** Compiles one `/regex/` body, or says why it is refused. */
export function checkRegex(body: string): RegExp | string {
  if (body.length > MAX_REGEX_LENGTH) return `longer than ${MAX_REGEX_LENGTH} characters`;
  let regex: RegExp;
  try {
    regex = new RegExp(body, 'iu');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `not a valid regular expression (${message.replace(/^Invalid regular expression: /, '')})`;
  }
  if (NESTED_QUANTIFIER.test(body)) {
    return 'too slow: a repeated group holds a repeat, which can freeze the page on one line';
  }
  if (BACK_REFERENCE.test(body)) return 'too slow: back-references are not allowed';
  probes ??= probeLines();
  const started = performance.now();
  for (const line of probes) {
    regex.test(line);
    if (performance.now() - started > PROBE_BUDGET_MS) {
      return 'too slow: it takes too long on long lines';
    }
  }
  if (regex.test('')) return 'matches every line';
  return regex;
}

const NOTHING: WordPattern = {
  test: () => false,
  find: () => null,
  refused: [],
  size: 0,
};

/** One test for a list of entries: plain words in one alternation, regexes each on their own. */
export function compileWords(
  entries: readonly string[],
  { plain = false }: { plain?: boolean } = {},
): WordPattern {
  const words: string[] = [];
  const regexes: RegExp[] = [];
  const refused: RefusedEntry[] = [];
  for (const entry of entries) {
    const body = plain ? null : regexBody(entry);
    if (body === null) {
      words.push(escapeRegex(entry.replace(/^@/, '')).replace(/\s+/g, '\\s+'));
      continue;
    }
    const checked = checkRegex(body);
    if (typeof checked === 'string') refused.push({ entry, reason: checked });
    else regexes.push(checked);
  }
  if (words.length > 0) {
    // Longest first, so that "good game" wins over "good" when both are listed.
    words.sort((a, b) => b.length - a.length);
    regexes.unshift(new RegExp(`(?<!${WORD_CHAR})@?(?:${words.join('|')})(?!${WORD_CHAR})`, 'iu'));
  }
  if (regexes.length === 0) return { ...NOTHING, refused };
  return {
    test: (text) => regexes.some((regex) => regex.test(text)),
    find: (text) => {
      let best: { index: number; length: number } | null = null;
      for (const regex of regexes) {
        const match = regex.exec(text);
        if (match && match[0].length > 0 && (!best || match.index < best.index)) {
          best = { index: match.index, length: match[0].length };
        }
      }
      return best;
    },
    refused,
    size: words.length + regexes.length - (words.length > 0 ? 1 : 0),
  };
}

/** Authors by `name` (any network) or `network:name`, in any case. */
export interface UserList {
  has(network: string, name: string): boolean;
  size: number;
}

export function compileUsers(entries: readonly string[]): UserList {
  const anywhere = new Set<string>();
  const onNetwork = new Set<string>();
  for (const raw of entries) {
    const entry = raw.replace(/^@/, '').trim().toLowerCase();
    const colon = entry.indexOf(':');
    if (colon > 0 && /^[a-z0-9_-]+$/.test(entry.slice(0, colon))) {
      onNetwork.add(`${entry.slice(0, colon)}:${entry.slice(colon + 1).replace(/^@/, '')}`);
    } else if (entry) anywhere.add(entry);
  }
  return {
    has: (network, name) => {
      const lower = name.toLowerCase();
      return anywhere.has(lower) || onNetwork.has(`${network.toLowerCase()}:${lower}`);
    },
    size: anywhere.size + onNetwork.size,
  };
}
