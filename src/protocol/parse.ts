import * as v from 'valibot';
import type { Account, ChatEvent, ServerEvent, StatusEvent } from './events';
import { serverFrameSchema, type ChatFrame, type StatusFrame } from './messages';
import { safeHttpUrl } from './safe-url';

/** Longest chat line kept; longer ones are clipped before any markdown parsing. */
export const MAX_MESSAGE_CHARS = 2000;
/** Longest frame read at all; anything larger is dropped unread. */
export const MAX_FRAME_CHARS = 256 * 1024;
const MAX_NAME_CHARS = 64;
const MAX_ICON_CHARS = 16 * 1024;

export type DropReason = 'not-json' | 'not-an-object' | 'too-large' | 'invalid';

export type ParseResult =
  | { ok: true; event: ServerEvent }
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
      return { ok: true, event: toStatusEvent(frame) };
    case 'writerresult':
      return {
        ok: true,
        event: {
          type: 'writerresult',
          accountId: frame.account_id,
          streamAccountId: frame.cur_stream_account_id,
        },
      };
    case 'viewcountresult':
      return {
        ok: true,
        event: {
          type: 'viewcount',
          accountId: frame.account_id,
          ...(frame.stream_id != null && { streamId: frame.stream_id }),
          ...(frame.viewer_count != null && { viewerCount: Math.floor(frame.viewer_count) }),
        },
      };
    default:
      return { ok: true, event: toChatEvent(frame) };
  }
}

function toStatusEvent(frame: StatusFrame): StatusEvent {
  const accounts: Account[] = Object.entries(frame.accounts).map(([key, account]) => {
    const watchUrl = safeHttpUrl(account.http_url);
    return {
      id: Number(key),
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
  return {
    type: 'status',
    streamLive: frame.status.data_pushing,
    pulling: frame.status.data_pulling,
    incoming: frame.status.data_incoming,
    accounts,
  };
}

function toChatEvent(frame: ChatFrame): ChatEvent {
  const text = clip(frame.text ?? frame.markdown ?? '', MAX_MESSAGE_CHARS);
  const markdown = clip(frame.markdown ?? frame.text ?? '', MAX_MESSAGE_CHARS);
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
    markdown,
    text,
  };
  if (frame.stream_id != null) event.streamId = frame.stream_id;
  if (frame.to) {
    event.to = { name: clip(frame.to.name, MAX_NAME_CHARS) };
    if (frame.to.id != null) event.to.id = frame.to.id;
  }
  if (frame.timestamp != null && Number.isFinite(frame.timestamp))
    event.timestamp = frame.timestamp;
  if (frame.network_icon && frame.network_icon.length <= MAX_ICON_CHARS) {
    event.networkIcon = { svg: frame.network_icon };
    if (frame.network_icon_css && frame.network_icon_css.length <= MAX_ICON_CHARS) {
      event.networkIcon.css = frame.network_icon_css;
    }
  }
  return event;
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
