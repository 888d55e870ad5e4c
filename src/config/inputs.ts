import { t } from '@lingui/core/macro';
import * as v from 'valibot';
import { apiTokenSchema } from '../protocol/api';

/**
 * The three things a streamer types to reach a stream, each checked by one schema wherever it
 * is typed or read: the address (settings), the Connect form and the widget builder.
 */
export const serverAddressSchema = v.pipe(
  v.string(),
  v.trim(),
  v.check(
    (value) => /^(https?|wss?):\/\/[^/]/i.test(value),
    () => t`The server address starts with http://, https://, ws:// or wss://.`,
  ),
  v.url(() => t`The server address is not a valid address.`),
);

export const streamIdSchema = v.pipe(
  v.string(),
  v.trim(),
  v.regex(
    /^[1-9]\d{0,9}$/,
    () => t`The stream id is a positive whole number (see the stream’s chat URL).`,
  ),
  v.transform(Number),
);

export const tokenSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, () => t`Paste your API token (multistreamer profile page).`),
  apiTokenSchema,
);

export type InputCheck<T> = { ok: true; value: T } | { ok: false; problem: string };

/** Checks one typed value: the value as Chatdeck uses it, or what is wrong in a sentence. */
export function checkInput<T>(schema: v.GenericSchema<string, T>, raw: string): InputCheck<T> {
  const result = v.safeParse(schema, raw);
  return result.success
    ? { ok: true, value: result.output }
    : { ok: false, problem: result.issues[0].message };
}

/** The value when valid, else undefined (for values read from an address or storage). */
export function validInput<T>(
  schema: v.GenericSchema<string, T>,
  raw: string | null,
): T | undefined {
  if (raw === null) return undefined;
  const result = v.safeParse(schema, raw);
  return result.success ? result.output : undefined;
}
