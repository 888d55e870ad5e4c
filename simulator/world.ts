import * as v from 'valibot';
import { clientCommandSchema, type ClientCommand } from '../src/protocol/wire';
import { escapeMarkdown } from './markdown';

/** A connected dashboard as the world sees it: a user and a way to send JSON. */
export interface SimClient {
  user: SimUser;
  send(frame: unknown): void;
  sendRaw(text: string): void;
  /** Many frames written in one go (one TCP write where the socket allows). */
  sendMany(texts: readonly string[]): void;
  drop(): void;
}

export interface SimUser {
  id: number;
  name: string;
  password: string;
  token: string;
}

export interface SimAccount {
  id: number;
  name: string;
  network: { name: string; displayName: string };
  /** Network supports writing for this user. */
  writable: boolean;
  httpUrl?: string;
  /** Part of the stream's outputs (live while the stream is live). */
  streaming: boolean;
  /** Viewer count reported while live; undefined for networks that report none. */
  viewers?: number;
}

export interface StreamOptions {
  name?: string;
  live?: boolean;
  ownerId?: number;
  /** Ignore `writer` requests (to test the client's timeout). */
  ignoreWriter?: boolean;
  /** `second`: a second channel's accounts (its own Twitch and YouTube), for decks. */
  accounts?: 'demo' | 'second';
}

export const DEMO_USER: SimUser = { id: 1, name: 'demo', password: 'demo', token: 'demo-token' };
const OTHER_USERS: SimUser[] = [
  { id: 2, name: 'alice', password: 'alice', token: 'alice-token' },
  { id: 3, name: 'bob', password: 'bob', token: 'bob-token' },
];

/** Every network account of the demo user; `streaming` ones are the stream's outputs. */
function demoAccounts(): SimAccount[] {
  return [
    {
      id: 14,
      name: 'chatdeck_live',
      network: { name: 'twitch', displayName: 'Twitch' },
      writable: true,
      httpUrl: 'https://twitch.tv/chatdeck_live',
      streaming: true,
      viewers: 1284,
    },
    {
      id: 15,
      name: 'Chatdeck Live',
      network: { name: 'youtube', displayName: 'YouTube' },
      writable: true,
      httpUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      streaming: true,
      viewers: 342,
    },
    {
      id: 16,
      name: 'Chatdeck Page',
      network: { name: 'facebook', displayName: 'Facebook' },
      writable: false,
      httpUrl: 'https://www.facebook.com/chatdeck/videos/1',
      streaming: true,
    },
    {
      id: 17,
      name: 'chatdeck_alt',
      network: { name: 'twitch', displayName: 'Twitch' },
      writable: true,
      streaming: false,
    },
  ];
}

/** A second channel of the demo user: other accounts, other counts. */
function secondAccounts(): SimAccount[] {
  return [
    {
      id: 24,
      name: 'chatdeck_games',
      network: { name: 'twitch', displayName: 'Twitch' },
      writable: true,
      httpUrl: 'https://twitch.tv/chatdeck_games',
      streaming: true,
      viewers: 517,
    },
    {
      id: 25,
      name: 'Chatdeck Games',
      network: { name: 'youtube', displayName: 'YouTube' },
      writable: true,
      httpUrl: 'https://www.youtube.com/watch?v=games',
      streaming: true,
      viewers: 88,
    },
  ];
}

/** One multistreamer stream: its accounts, whether it is live, and who is watching chat. */
export class SimStream {
  readonly clients = new Set<SimClient>();
  /** Every command a client sent, for tests to read back. */
  readonly received: ClientCommand[] = [];
  readonly accounts: SimAccount[];
  private readonly writers = new Set<string>();
  live: boolean;
  ignoreWriter: boolean;
  /** Upgrades to refuse with 403 before accepting again (a flaky network or proxy). */
  refuseUpgrades = 0;
  /** Upgrades refused since the last one accepted. */
  refusedInRow = 0;

  constructor(
    readonly world: SimWorld,
    readonly id: number,
    readonly name: string,
    readonly owner: SimUser,
    options: StreamOptions,
  ) {
    this.accounts = options.accounts === 'second' ? secondAccounts() : demoAccounts();
    this.live = options.live ?? false;
    this.ignoreWriter = options.ignoreWriter ?? false;
  }

  get slug(): string {
    return this.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  }

  setLive(live: boolean): void {
    if (live === this.live) return;
    this.live = live;
    if (!live) this.writers.clear();
    for (const client of this.clients) client.send(this.statusFor(client.user));
  }

  /** The `status` frame exactly as multistreamer shapes it (string keys, account "0"). */
  statusFor(user: SimUser): Record<string, unknown> {
    const accounts: Record<string, unknown> = {
      '0': {
        name: user.name,
        network: { name: 'irc', displayName: 'IRC' },
        live: false,
        writable: true,
        ready: true,
      },
    };
    if (this.live && user.id === this.owner.id) {
      for (const account of this.accounts) {
        accounts[String(account.id)] = {
          name: account.name,
          network: account.network,
          live: account.streaming,
          ready: account.streaming,
          writable: account.writable,
          ...(account.streaming && account.httpUrl ? { http_url: account.httpUrl } : {}),
        };
      }
    }
    return {
      type: 'status',
      status: { data_pushing: this.live, data_pulling: false, data_incoming: this.live },
      accounts,
    };
  }

  broadcast(frame: unknown): void {
    for (const client of this.clients) client.send(frame);
  }

  broadcastRaw(text: string): void {
    for (const client of this.clients) client.sendRaw(text);
  }

  broadcastMany(texts: readonly string[]): void {
    for (const client of this.clients) client.sendMany(texts);
  }

  dropClients(): void {
    for (const client of [...this.clients]) client.drop();
  }

  liveAccounts(): SimAccount[] {
    return this.live ? this.accounts.filter((account) => account.streaming) : [];
  }

  /** Reads one client frame; unknown or malformed frames are ignored, as the server does. */
  handle(client: SimClient, raw: string): void {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return;
    }
    const parsed = v.safeParse(clientCommandSchema, json);
    if (!parsed.success) return;
    const command = parsed.output;
    this.received.push(command);
    switch (command.type) {
      case 'status':
        client.send(this.statusFor(client.user));
        return;
      case 'viewcount':
        // Like multistreamer: an account whose network counts no viewers never answers.
        for (const account of this.liveAccounts()) {
          if (account.viewers === undefined) continue;
          client.send({
            type: 'viewcountresult',
            stream_id: this.id,
            account_id: account.id,
            viewer_count: account.viewers,
          });
        }
        return;
      case 'writer':
        this.handleWriter(client.user, command.account_id, command.cur_stream_account_id);
        return;
      default:
        this.handleChat(client.user, command);
    }
  }

  private handleWriter(user: SimUser, fromId: number, toId: number): void {
    if (this.ignoreWriter || user.id !== this.owner.id) return;
    const from = this.accounts.find((account) => account.id === fromId);
    const to = this.liveAccounts().find((account) => account.id === toId);
    if (!from?.writable || !to || from.network.name !== to.network.name) return;
    this.writers.add(`${fromId}>${toId}`);
    const frame = { type: 'writerresult', account_id: fromId, cur_stream_account_id: toId };
    for (const client of this.clients) if (client.user.id === user.id) client.send(frame);
  }

  private handleChat(user: SimUser, command: Extract<ClientCommand, { text: string }>): void {
    const irc = /^\/irc\s+([\s\S]+)$/i.exec(command.text);
    const msg = /^\/msg\s+(\S+)\s+([\s\S]+)$/i.exec(command.text);
    if (msg) {
      this.world.privateMessage(user, msg[1]!, msg[2]!);
      return;
    }
    if (irc || command.account_id === 0) {
      const text = irc ? irc[1]! : command.text;
      this.broadcast({
        type: command.type,
        network: 'irc',
        account_id: 0,
        cur_stream_account_id: command.cur_stream_account_id,
        stream_id: this.id,
        from: { id: user.id, name: user.name },
        text,
        markdown: escapeMarkdown(text),
        timestamp: Date.now(),
      });
      return;
    }
    const from = this.accounts.find((account) => account.id === command.account_id);
    const to = this.liveAccounts().find((account) => account.id === command.cur_stream_account_id);
    if (!from?.writable || !to || user.id !== this.owner.id) return;
    const selfWrite = from.id === to.id && from.streaming;
    if (!selfWrite && !this.writers.has(`${from.id}>${to.id}`)) return;
    // A poll announced on a network: its chatters answer (the demo's and the tests' voters).
    if (command.text.startsWith('POLL: ')) {
      const options = (command.text.match(/\s\d+\) /g) ?? []).length;
      if (options >= 2) this.world.onPoll?.(this, to.network.name, options);
    }
    // A giveaway announced on a network: its chatters type the keyword to enter.
    const giveaway = /^GIVEAWAY: type (\S+) /.exec(command.text);
    if (giveaway) this.world.onGiveaway?.(this, to.network.name, giveaway[1]!);
    // The network republishes what was sent, as an incoming line.
    this.broadcast({
      type: command.type,
      network: to.network.name,
      account_id: to.id,
      stream_id: this.id,
      // Echoes of your own lines from a network carry no from.id.
      from: { name: from.name },
      text: command.text,
      markdown: escapeMarkdown(command.text),
      timestamp: Date.now(),
    });
  }
}

/** The whole simulated instance: users, their streams, and private IRC messages. */
export class SimWorld {
  readonly users: SimUser[] = [DEMO_USER, ...OTHER_USERS];
  /** Called when a poll is announced on a network of a stream, with its number of options. */
  onPoll?: (stream: SimStream, network: string, options: number) => void;
  /** Called when a giveaway is announced on a network of a stream, with its keyword. */
  onGiveaway?: (stream: SimStream, network: string, keyword: string) => void;
  readonly streams = new Map<number, SimStream>();
  private nextStreamId = 1;

  createStream(options: StreamOptions = {}): SimStream {
    const id = this.nextStreamId++;
    const owner = this.users.find((user) => user.id === (options.ownerId ?? DEMO_USER.id));
    const stream = new SimStream(
      this,
      id,
      options.name ?? (id === 1 ? 'Chatdeck demo' : `Test stream ${id}`),
      owner ?? DEMO_USER,
      options,
    );
    this.streams.set(id, stream);
    return stream;
  }

  userByToken(token: string | null): SimUser | undefined {
    return token ? this.users.find((user) => user.token === token) : undefined;
  }

  userByName(name: string): SimUser | undefined {
    return this.users.find((user) => user.name.toLowerCase() === name.toLowerCase());
  }

  /** Streams a user may open the chat of: their own. */
  streamsOf(user: SimUser): SimStream[] {
    return [...this.streams.values()].filter((stream) => stream.owner.id === user.id);
  }

  /** `/msg USER TEXT`: to every client of USER, echoed to the sender; unknown USER dropped. */
  privateMessage(sender: SimUser, recipientName: string, text: string): void {
    const recipient = this.userByName(recipientName);
    if (!recipient) return;
    const frame = {
      type: 'text',
      network: 'irc',
      account_id: 0,
      cur_stream_account_id: 0,
      from: { id: sender.id, name: sender.name },
      to: { id: recipient.id, name: recipient.name },
      text,
      markdown: escapeMarkdown(text),
      timestamp: Date.now(),
    };
    for (const stream of this.streams.values()) {
      for (const client of stream.clients) {
        if (client.user.id === recipient.id || client.user.id === sender.id) client.send(frame);
      }
    }
  }
}
