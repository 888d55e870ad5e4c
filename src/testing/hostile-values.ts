/**
 * The hostile corpus (`hostile-corpus.json`) writes long values short: `{"$repeat": S,
 * "times": N, "before"?, "after"?}` is S said N times, and `"{{now}}"` is the time of the test.
 * Used by the unit tests and by `e2e/hostile.spec.ts` alike.
 */
export function expandHostile(value: unknown, now: number | string = Date.now()): unknown {
  if (value === '{{now}}') return now;
  if (Array.isArray(value)) return value.map((item) => expandHostile(item, now));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  if (typeof record.$repeat === 'string' && typeof record.times === 'number') {
    const before = typeof record.before === 'string' ? record.before : '';
    const after = typeof record.after === 'string' ? record.after : '';
    return `${before}${record.$repeat.repeat(record.times)}${after}`;
  }
  // Own keys only, `__proto__` included, kept as data (JSON.parse does the same).
  const expanded: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    Object.defineProperty(expanded, key, {
      value: expandHostile(record[key], now),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return expanded;
}

/** A text value of the corpus, expanded. */
export function hostileText(value: unknown): string {
  const text = expandHostile(value);
  if (typeof text !== 'string') throw new Error('not a text value');
  return text;
}
