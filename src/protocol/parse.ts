import * as v from 'valibot';
import type { Account, ChatEvent, ServerEvent, StatusEvent } from './events';
import { serverFrameSchema, type ChatFrame, type StatusFrame } from './wire';
import { safeHttpUrl } from './safe-url';

import { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, MAX_ICON_CHARS, MAX_NAME_CHARS } from './limits';
import { MAX_MESSAGE_CHARS } from './limits';

export { EARLIEST_TIMESTAMP, LATEST_TIMESTAMP, MAX_MESSAGE_CHARS } from './limits';

/** Longest frame read at all; anything larger is dropped unread. */
export const MAX_FRAME_CHARS = 256 * 1024;

/** Highest viewer count believed; anything above is a broken counter, not an audience. */
export const MAX_VIEWER_COUNT = 1_000_000_000;

/** `out-of-range`: the frame was kept, but a value in it was dropped or corrected. */
export type DropReason = 'not-json' | 'not-an-object' | 'too-large' | 'invalid' | 'out-of-range';

export type ParseResult =
  | { ok: true; event: ServerEvent; corrected?: string }
  | { ok: false; reason: 'ignored'; type: string }
  | { ok: false; reason: DropReason; detail: string };

const KNOWN_TYPES = new Set(['status', 'writerresult', 'viewcountresult', 'text', 'emote']);

/** Parses one WebSocket frame into a ServerEvent. Never throws. */
export function parseServerEvent(raw: unknown): ParseResult {
  if (typeof raw !== 'string') return drop('not-json', 'binary or non-text frame');
  if (raw.length > MAX_FRAME_CHARS) return drop('too-large', `${raw.length} characters`);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return drop('not-json', preview(raw));
  }
  return parseServerFrame(json);
}

/** Validates an already-decoded JSON value. Never throws. */
export function parseServerFrame(json: unknown): ParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return drop('not-an-object', preview(safeStringify(json)));
  }
  const type: unknown = (json as { type?: unknown }).type;
  if (typeof type !== 'string') return drop('invalid', 'no string "type"');
  if (!KNOWN_TYPES.has(type)) return { ok: false, reason: 'ignored', type: type.slice(0, 40) };
  const result = v.safeParse(serverFrameSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
    return drop('invalid', `${type}: ${path ? `${path}: ` : ''}${issue.message}`);
  }
  const frame = result.output;
  switch (frame.type) {
    case 'status':
      return toStatusEvent(frame);
    case 'writerresult':
      return {
        ok: true,
        event: {
          type: 'writerresult',
          accountId: frame.account_id,
          streamAccountId: frame.cur_stream_account_id,
        },
      };
    case 'viewcountresult': {
      const count = frame.viewer_count;
      const counted = count == null || (count >= 0 && count <= MAX_VIEWER_COUNT);
      const event: ServerEvent = {
        type: 'viewcount',
        accountId: frame.account_id,
        ...(frame.stream_id != null && { streamId: frame.stream_id }),
        ...(count != null && counted && { viewerCount: Math.floor(count) }),
      };
      return counted
        ? { ok: true, event }
        : { ok: true, event, corrected: `viewer_count ${String(count)} dropped` };
    }
    default:
      return toChatEvent(frame);
  }
}

function toStatusEvent(frame: StatusFrame): ParseResult {
  // "14" and "0014" name the same account: the last one listed wins.
  const byId = new Map<number, StatusFrame['accounts'][string]>();
  let merged = 0;
  for (const [key, account] of Object.entries(frame.accounts)) {
    const id = Number(key);
    if (byId.has(id)) merged += 1;
    byId.set(id, account);
  }
  const accounts: Account[] = [...byId].map(([id, account]) => {
    const watchUrl = safeHttpUrl(account.http_url);
    return {
      id,
      name: clip(account.name, MAX_NAME_CHARS),
      network: {
        name: clip(account.network.name, MAX_NAME_CHARS),
        displayName: clip(account.network.displayName, MAX_NAME_CHARS),
      },
      live: account.live,
      writable: account.writable,
      ready: account.ready,
      ...(watchUrl && { watchUrl }),
    };
  });
  accounts.sort((a, b) => a.id - b.id);
  const event: StatusEvent = {
    type: 'status',
    streamLive: frame.status.data_pushing,
    pulling: frame.status.data_pulling,
    incoming: frame.status.data_incoming,
    accounts,
  };
  return merged === 0
    ? { ok: true, event }
    : { ok: true, event, corrected: `status: ${merged} account key(s) named an account twice` };
}

/**
 * A chat event kept on this device (or sent between pages), checked again exactly as a live
 * frame is: turned back into the wire's shape and read by `parseServerFrame`, so the same
 * schema, clipping and ranges apply. Null for anything that is not a valid chat line.
 */
export function recheckChatEvent(value: unknown): ChatEvent | null {
  if (typeof value !== 'object' || value === null) return null;
  const event = value as Partial<Record<keyof ChatEvent, unknown>>;
  if (event.type !== 'chat') return null;
  const from = (event.from ?? {}) as Record<string, unknown>;
  const to = event.to as Record<string, unknown> | undefined;
  const icon = event.networkIcon as Record<string, unknown> | undefined;
  const frame = {
    type: event.kind,
    network: event.network,
    account_id: event.accountId,
    stream_id: event.streamId,
    from: { id: from.id, name: from.name, picture: from.picture },
    to: to && { id: to.id, name: to.name },
    text: event.text,
    markdown: event.markdown,
    timestamp: event.timestamp,
    network_icon: icon?.svg,
    network_icon_css: icon?.css,
    ...(event.viaApi === true && { id: 'api' }),
  };
  const result = parseServerFrame(frame);
  return result.ok && result.event.type === 'chat' ? result.event : null;
}

function toChatEvent(frame: ChatFrame): ParseResult {
  const text = clip(frame.text ?? frame.markdown ?? '', MAX_MESSAGE_CHARS);
  const picture = safeHttpUrl(frame.from.picture);
  const event: ChatEvent = {
    type: 'chat',
    kind: frame.type,
    network: clip(frame.network, MAX_NAME_CHARS),
    accountId: frame.account_id,
    from: {
      name: clip(frame.from.name, MAX_NAME_CHARS),
      ...(frame.from.id != null && { id: frame.from.id }),
      ...(picture && { picture }),
    },
    text,
  };
  if (frame.markdown != null) event.markdown = clip(frame.markdown, MAX_MESSAGE_CHARS);
  if (frame.id !== undefined) event.viaApi = true;
  if (frame.stream_id != null) event.streamId = frame.stream_id;
  if (frame.to) {
    event.to = { name: clip(frame.to.name, MAX_NAME_CHARS) };
    if (frame.to.id != null) event.to.id = frame.to.id;
  }
  let corrected: string | undefined;
  const at = frame.timestamp;
  if (at != null) {
    if (at >= EARLIEST_TIMESTAMP && at < LATEST_TIMESTAMP) event.timestamp = Math.floor(at);
    else corrected = `${frame.type}: timestamp ${String(at)} dropped`;
  }
  if (frame.network_icon && frame.network_icon.length <= MAX_ICON_CHARS) {
    event.networkIcon = { svg: frame.network_icon };
    if (frame.network_icon_css && frame.network_icon_css.length <= MAX_ICON_CHARS) {
      event.networkIcon.css = frame.network_icon_css;
    }
  }
  return corrected ? { ok: true, event, corrected } : { ok: true, event };
}

/** Clips by code points so a surrogate pair is never cut in half. */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  return `${Array.from(value.slice(0, max + 1))
    .slice(0, max - 1)
    .join('')}…`;
}

function drop(reason: DropReason, detail: string): ParseResult {
  return { ok: false, reason, detail };
}

function preview(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function safeStringify(value: unknown): string {
  try {
    return String(JSON.stringify(value));
  } catch {
    return typeof value;
  }
}
