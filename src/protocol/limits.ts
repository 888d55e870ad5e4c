import * as v from 'valibot';
import { safeHttpUrl } from './safe-url';

/**
 * The limits every value from outside is held to: live frames, messages between Chatdeck pages
 * (BroadcastChannel) and records kept on this device (IndexedDB) alike.
 */

/** Longest chat line kept; longer ones are clipped before any markdown parsing. */
export const MAX_MESSAGE_CHARS = 2000;
/** Longest name (an author, a network, an account). */
export const MAX_NAME_CHARS = 64;
/** Longest network icon (SVG) or its CSS. */
export const MAX_ICON_CHARS = 16 * 1024;
/** Longest address (a picture). */
export const MAX_URL_CHARS = 2_000;
/** Timestamps outside these years are not a chat line's time; the page's clock stands in. */
export const EARLIEST_TIMESTAMP = Date.UTC(2000, 0, 1);
export const LATEST_TIMESTAMP = Date.UTC(2100, 0, 1);

/** A time in ms within 2000–2100 (so `new Date(at).toISOString()` never throws). */
export const timestampSchema = v.pipe(
  v.number(),
  v.finite(),
  v.minValue(EARLIEST_TIMESTAMP),
  v.maxValue(LATEST_TIMESTAMP),
);

export function isTimestamp(at: unknown): at is number {
  return typeof at === 'number' && at >= EARLIEST_TIMESTAMP && at <= LATEST_TIMESTAMP;
}

/** A string of at most `max` characters. */
export function textSchema(max: number) {
  return v.pipe(v.string(), v.maxLength(max));
}

/** A name: at most `MAX_NAME_CHARS` characters. */
export const nameSchema = textSchema(MAX_NAME_CHARS);

/** An http(s) address of reasonable length (a picture). */
export const httpUrlSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_CHARS),
  v.check((url) => safeHttpUrl(url) !== undefined, 'not an http(s) address'),
);

/** A whole number from `min` to `max`. */
export function integerSchema(min: number, max: number) {
  return v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
}
