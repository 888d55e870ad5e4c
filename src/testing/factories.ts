import type { Account, ChatEvent, StatusEvent } from '../protocol/events';

/** The internal IRC account every status carries. */
export function makeIrcAccount(overrides: Partial<Account> = {}): Account {
  return {
    id: 0,
    name: 'john',
    network: { name: 'irc', displayName: 'IRC' },
    live: false,
    writable: true,
    ready: true,
    ...overrides,
  };
}

export function makeAccount(overrides: Partial<Account> = {}): Account {
  return {
    id: 14,
    name: 'jprjrdev',
    network: { name: 'twitch', displayName: 'Twitch' },
    live: true,
    writable: true,
    ready: true,
    watchUrl: 'https://twitch.tv/jprjrdev',
    ...overrides,
  };
}

/** A live stream on Twitch (14, ready), a second Twitch account (17, needs a writer), IRC. */
export function makeLiveStatus(overrides: Partial<StatusEvent> = {}): StatusEvent {
  return {
    type: 'status',
    streamLive: true,
    pulling: false,
    incoming: true,
    accounts: [
      makeIrcAccount(),
      makeAccount(),
      makeAccount({
        id: 17,
        name: 'gamethattunedev',
        live: false,
        ready: false,
        watchUrl: undefined,
      }),
    ],
    ...overrides,
  };
}

export function makeOfflineStatus(): StatusEvent {
  return {
    type: 'status',
    streamLive: false,
    pulling: false,
    incoming: false,
    accounts: [makeIrcAccount()],
  };
}

export function makeChatEvent(overrides: Partial<ChatEvent> = {}): ChatEvent {
  return {
    type: 'chat',
    kind: 'text',
    network: 'twitch',
    accountId: 14,
    streamId: 21,
    from: { id: '146521877', name: 'gamethattunedev' },
    text: 'hello chat',
    markdown: 'hello chat',
    ...overrides,
  };
}

/** Raw wire frames, for the socket, simulator and parser tests. */
export const wire = {
  text(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      type: 'text',
      network: 'twitch',
      account_id: 14,
      stream_id: 21,
      from: { id: '1', name: 'viewer' },
      text: 'hi',
      markdown: 'hi',
      ...overrides,
    };
  },
};
