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
