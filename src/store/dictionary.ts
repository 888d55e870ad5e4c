/**
 * An object without a prototype, for anything keyed by what the wire says (a network's name,
 * an author's id): `__proto__`, `constructor` and `prototype` are then keys like any other,
 * never `Object.prototype` or its members. `{ ...dict }` would make an ordinary object again:
 * copy with `dictionary(from)` instead.
 */
export function dictionary<T>(from?: Readonly<Record<string, T>> | null): Record<string, T> {
  const made = Object.create(null) as Record<string, T>;
  if (from) for (const key of Object.keys(from)) made[key] = from[key]!;
  return made;
}

/** The value under a key of a lookup table only when the table itself has it. */
export function own<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether a value read from outside (a page message) has a key that names a prototype, at any
 * depth: no page of Chatdeck sends one, so such a message is not one of ours.
 */
export function hasPrototypeKey(value: unknown, depth = 0): boolean {
  if (typeof value !== 'object' || value === null || depth > 8) return false;
  for (const key of Object.keys(value)) {
    if (PROTOTYPE_KEYS.has(key)) return true;
    if (hasPrototypeKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}
