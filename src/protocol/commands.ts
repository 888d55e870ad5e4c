import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ChatCommand, ClientCommand } from './wire';

/** What a composer line will do, for the hint under the message box. */
export type LineIntent =
  { kind: 'say' } | { kind: 'action' } | { kind: 'irc' } | { kind: 'private'; recipient: string };

/**
 * Errors are Lingui message descriptors: the interface draws them in its language when it
 * shows them (and again when the language changes); nothing here knows the interface.
 */
export type ComposeResult =
  { ok: true; command: ChatCommand; intent: LineIntent } | { ok: false; error: MessageDescriptor };

/** Longest line the composer sends. */
export const MAX_OUTGOING_CHARS = 500;

/** Reads the composer's slash commands: `/me`, `/irc TEXT`, `/msg USER TEXT`. */
export function readIntent(
  line: string,
): LineIntent | { kind: 'invalid'; error: MessageDescriptor } {
  const text = line.trim();
  const me = /^\/me(?:\s+([\s\S]*))?$/i.exec(text);
  if (me) {
    return me[1]?.trim() ? { kind: 'action' } : { kind: 'invalid', error: msg`Usage: /me TEXT` };
  }
  const irc = /^\/irc(?:\s+([\s\S]*))?$/i.exec(text);
  if (irc) {
    return irc[1]?.trim() ? { kind: 'irc' } : { kind: 'invalid', error: msg`Usage: /irc TEXT` };
  }
  const privateLine = /^\/msg(?:\s+(\S+))?(?:\s+([\s\S]*))?$/i.exec(text);
  if (privateLine) {
    const [, recipient, body] = privateLine;
    return recipient && body?.trim()
      ? { kind: 'private', recipient }
      : { kind: 'invalid', error: msg`Usage: /msg USER TEXT` };
  }
  return { kind: 'say' };
}

/**
 * Turns a composer line into the command to send from `accountId` to `streamAccountId`.
 * `/me TEXT` becomes an `emote` carrying TEXT; `/irc` and `/msg` are sent as typed, since
 * the server reads them.
 */
export function composeLine(
  line: string,
  accountId: number,
  streamAccountId: number,
): ComposeResult {
  const text = line.trim();
  if (text.length === 0) return { ok: false, error: msg`Type a message first.` };
  if (text.length > MAX_OUTGOING_CHARS) {
    const limit = MAX_OUTGOING_CHARS;
    return { ok: false, error: msg`Messages are limited to ${limit} characters.` };
  }
  const intent = readIntent(text);
  if (intent.kind === 'invalid') return { ok: false, error: intent.error };
  const target = { account_id: accountId, cur_stream_account_id: streamAccountId };
  if (intent.kind === 'action') {
    const body = text.replace(/^\/me\s+/i, '');
    return { ok: true, intent, command: { type: 'emote', ...target, text: body } };
  }
  return { ok: true, intent, command: { type: 'text', ...target, text } };
}

/** A `writer` request: lets `accountId` write to the stream account `streamAccountId`. */
export function writerRequest(accountId: number, streamAccountId: number): ClientCommand {
  return { type: 'writer', account_id: accountId, cur_stream_account_id: streamAccountId };
}

/** The socket URL: `SERVER/ws/STREAM?token=TOKEN`, http -> ws, https -> wss, prefix kept. */
export function chatSocketUrl(server: string, streamId: number, token: string): string {
  const url = new URL(server);
  if (url.protocol === 'http:') url.protocol = 'ws:';
  else if (url.protocol === 'https:') url.protocol = 'wss:';
  else if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw new Error(`Unsupported server address: ${url.protocol}`);
  }
  const prefix = url.pathname.replace(/\/+$/, '');
  url.pathname = `${prefix}/ws/${streamId}`;
  url.search = `?token=${encodeURIComponent(token)}`;
  url.hash = '';
  return url.href;
}

/** The HTTP base of the instance (for `/api/v1/...`), from an http(s) or ws(s) address. */
export function apiBaseUrl(server: string): string {
  const url = new URL(server);
  if (url.protocol === 'ws:') url.protocol = 'http:';
  else if (url.protocol === 'wss:') url.protocol = 'https:';
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/+$/, '');
}
