/** The app's own view of what the server says, produced by `parseServerEvent`. */

export interface Network {
  /** Machine name: `irc`, `twitch`, `youtube`, `facebook`, `mixer`, or another. */
  name: string;
  displayName: string;
}

export interface Account {
  id: number;
  name: string;
  network: Network;
  live: boolean;
  writable: boolean;
  ready: boolean;
  /** Public watch page, only when it is an http(s) URL. */
  watchUrl?: string;
}

export interface StatusEvent {
  type: 'status';
  /** `data_pushing`: the stream is live. */
  streamLive: boolean;
  pulling: boolean;
  incoming: boolean;
  /** Sorted by id; account 0 is the internal IRC account. */
  accounts: Account[];
}

export interface WriterResultEvent {
  type: 'writerresult';
  accountId: number;
  streamAccountId: number;
}

export interface ViewCountEvent {
  type: 'viewcount';
  accountId: number;
  streamId?: number;
  /** Missing for networks that do not report a count. */
  viewerCount?: number;
}

export interface Chatter {
  id?: string;
  name: string;
  /** Only when it is an http(s) URL. */
  picture?: string;
}

export interface ChatEvent {
  type: 'chat';
  /** `emote` is an action ("name waves"), `text` an ordinary line. */
  kind: 'text' | 'emote';
  network: string;
  accountId: number;
  streamId?: number;
  from: Chatter;
  /** Set on private messages (whispers, `/msg`). */
  to?: { id?: string; name: string };
  /**
   * What to render (markdown), already clipped to a safe length. Absent when the frame sent
   * only `text`: that is shown as plain text, never parsed.
   */
  markdown?: string;
  /** The plain-text form, for search, copy and screen readers. */
  text: string;
  timestamp?: number;
  networkIcon?: { svg: string; css?: string };
  /**
   * Published through multistreamer's REST API, not relayed from a network or IRC: anyone the
   * stream is shared with can write any name there, so nothing in it is vouched for. Such a
   * line never counts as the streamer's own, a first-time chatter, or a vote.
   */
  viaApi?: true;
}

export type ServerEvent = StatusEvent | WriterResultEvent | ViewCountEvent | ChatEvent;
