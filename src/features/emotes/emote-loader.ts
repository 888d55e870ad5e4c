import type { EmoteProviders } from '../../config/reading-settings';
import { EmoteCache, type KeptAnswer } from './emote-cache';
import type { EmoteIndex, EmoteProvider, ThirdPartyEmote } from './emote-types';
import { fetchAnswer, type Answer } from './fetch-answer';
import {
  mirrored,
  readBttvChannel,
  readBttvGlobal,
  readFfzGlobal,
  readFfzRoom,
  readSeventvSet,
  readSeventvUser,
  type ImageUrl,
} from './provider-answers';

/** A kept answer younger than this is used as it is; an older one is refreshed behind it. */
export const REFRESH_AFTER_MS = 30 * 60 * 1000;
/** After a failure (error, timeout, malformed answer) a lookup waits this long to try again. */
export const RETRY_AFTER_MS = 5 * 60 * 1000;

interface Lookup {
  /** The cache key and what it is known by: `ffz-room:LOGIN`, `bttv-global`… */
  key: string;
  provider: EmoteProvider;
  url: string;
  read(body: unknown, image: ImageUrl): KeptAnswer | { next: Lookup } | null;
}

interface LookupState {
  value: KeptAnswer | null;
  at: number;
  loading: boolean;
  failedAt: number;
}

export interface LoaderOptions {
  fetcher?: typeof fetch;
  storage?: Storage | null;
  now?: () => number;
}

const list = (emotes: ThirdPartyEmote[] | null): KeptAnswer | null => (emotes ? { emotes } : null);

/**
 * Loads and keeps the third-party emotes of Twitch channels from one API origin (the providers
 * themselves, or an `emote_api` mirror): FrankerFaceZ's room by login gives the channel's
 * Twitch id and FFZ emotes, then BetterTTV's and 7TV's channel sets by that id, and each
 * provider's global set. Every lookup is independent: one that fails or hangs leaves the others,
 * and the lines, as they are. Answers are kept on the device for a day.
 */
export class EmoteLoader {
  private readonly states = new Map<string, LookupState>();
  private readonly listeners = new Set<() => void>();
  private readonly cache: EmoteCache;
  private readonly image: ImageUrl;
  private readonly fetcher: typeof fetch | undefined;
  private readonly now: () => number;
  private changes = 0;
  /** The providers the latest `want` asked for (a room that answers later uses them). */
  private providers: EmoteProviders = { ffz: true, bttv: true, seventv: true };
  private readonly indexes = new Map<string, { changes: number; index: EmoteIndex }>();

  constructor(
    private readonly apiBase: string | undefined,
    { fetcher, storage, now = Date.now }: LoaderOptions = {},
  ) {
    this.cache = new EmoteCache(apiBase, storage);
    this.image = mirrored(apiBase);
    this.fetcher = fetcher;
    this.now = now;
  }

  /** Increases whenever an answer arrives: the emotes to show may have changed. */
  get version(): number {
    return this.changes;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private api(host: string, path: string): string {
    return this.apiBase ? `${this.apiBase}/${host}${path}` : `https://${host}${path}`;
  }

  /** Loads (or refreshes, when old) what these channels need from these providers. */
  want(logins: readonly string[], providers: EmoteProviders): void {
    this.providers = providers;
    if (providers.ffz) this.ensure(this.ffzGlobal());
    if (providers.bttv) this.ensure(this.bttvGlobal());
    if (providers.seventv) this.ensure(this.seventvGlobal());
    // The room lookup gives the Twitch id the other two need, so it is made for any provider.
    for (const login of logins) {
      if (!providers.ffz && !providers.bttv && !providers.seventv) break;
      const room = this.ffzRoom(login);
      this.ensure(room);
      this.channelsOf(login, providers);
    }
  }

  private channelsOf(login: string, providers: EmoteProviders): void {
    const twitchId = this.states.get(this.ffzRoom(login).key)?.value?.twitchId;
    if (twitchId === undefined) return;
    if (providers.bttv) this.ensure(this.bttvChannel(twitchId));
    if (providers.seventv) this.ensure(this.seventvUser(twitchId));
  }

  /** The emotes a word may be in a channel's lines: channel sets before global ones. */
  index(login: string | undefined, providers: EmoteProviders): EmoteIndex {
    const indexKey = `${login ?? ''}|${providers.ffz}${providers.bttv}${providers.seventv}`;
    const known = this.indexes.get(indexKey);
    if (known && known.changes === this.changes) return known.index;
    const twitchId = login ? this.states.get(this.ffzRoom(login).key)?.value?.twitchId : undefined;
    const channel = (lookup: Lookup | null) =>
      lookup ? (this.states.get(lookup.key)?.value?.emotes ?? []) : [];
    // Chatterino's order: FFZ, BetterTTV, 7TV channel emotes, then their global ones.
    const sets: [EmoteProvider, ThirdPartyEmote[]][] = [
      ['ffz', channel(login ? this.ffzRoom(login) : null)],
      ['bttv', channel(twitchId ? this.bttvChannel(twitchId) : null)],
      ['seventv', channel(twitchId ? this.seventvUser(twitchId) : null)],
      ['ffz', channel(this.ffzGlobal())],
      ['bttv', channel(this.bttvGlobal())],
      ['seventv', channel(this.seventvGlobal())],
    ];
    const index = new Map<string, ThirdPartyEmote>();
    for (const [provider, emotes] of sets) {
      if (!providers[provider]) continue;
      for (const emote of emotes) if (!index.has(emote.code)) index.set(emote.code, emote);
    }
    this.indexes.set(indexKey, { changes: this.changes, index });
    return index;
  }

  private ffzRoom(login: string): Lookup {
    return {
      key: `ffz-room:${login}`,
      provider: 'ffz',
      url: this.api('api.frankerfacez.com', `/v1/room/${encodeURIComponent(login)}`),
      read: readFfzRoom,
    };
  }

  private ffzGlobal(): Lookup {
    return {
      key: 'ffz-global',
      provider: 'ffz',
      url: this.api('api.frankerfacez.com', '/v1/set/global'),
      read: (body, image) => list(readFfzGlobal(body, image)),
    };
  }

  private bttvChannel(twitchId: number): Lookup {
    return {
      key: `bttv-channel:${twitchId}`,
      provider: 'bttv',
      url: this.api('api.betterttv.net', `/3/cached/users/twitch/${twitchId}`),
      read: (body, image) => list(readBttvChannel(body, image)),
    };
  }

  private bttvGlobal(): Lookup {
    return {
      key: 'bttv-global',
      provider: 'bttv',
      url: this.api('api.betterttv.net', '/3/cached/emotes/global'),
      read: (body, image) => list(readBttvGlobal(body, image)),
    };
  }

  private seventvUser(twitchId: number): Lookup {
    return {
      key: `7tv-channel:${twitchId}`,
      provider: 'seventv',
      url: this.api('7tv.io', `/v3/users/twitch/${twitchId}`),
      read: (body, image) => {
        const user = readSeventvUser(body, image);
        if (!user) return null;
        if ('emotes' in user) return { emotes: user.emotes };
        // Named only: its emotes come from the set itself, kept under the channel's key.
        return { next: this.seventvSet(`7tv-channel:${twitchId}`, user.setId) };
      },
    };
  }

  private seventvSet(key: string, setId: string): Lookup {
    return {
      key,
      provider: 'seventv',
      url: this.api('7tv.io', `/v3/emote-sets/${setId}`),
      read: (body, image) => list(readSeventvSet(body, image)),
    };
  }

  private seventvGlobal(): Lookup {
    return this.seventvSet('7tv-global', 'global');
  }

  private ensure(lookup: Lookup): void {
    const now = this.now();
    let state = this.states.get(lookup.key);
    if (!state) {
      const kept = this.cache.read(lookup.key, now);
      state = { value: kept?.value ?? null, at: kept?.at ?? 0, loading: false, failedAt: 0 };
      this.states.set(lookup.key, state);
      if (kept) this.changed();
    }
    if (state.loading) return;
    if (state.value && now - state.at < REFRESH_AFTER_MS) return;
    if (state.failedAt && now - state.failedAt < RETRY_AFTER_MS) return;
    state.loading = true;
    void this.load(lookup, lookup, state);
  }

  private async load(lookup: Lookup, step: Lookup, state: LookupState): Promise<void> {
    const answer: Answer = await fetchAnswer(
      step.url,
      this.fetcher ? { fetcher: this.fetcher } : {},
    );
    const read =
      answer.kind === 'json'
        ? step.read(answer.body, this.image)
        : answer.kind === 'none'
          ? { emotes: [] }
          : null;
    if (read && 'next' in read) {
      await this.load(lookup, read.next, state);
      return;
    }
    state.loading = false;
    const now = this.now();
    if (!read) {
      state.failedAt = now;
      return;
    }
    state.value = read;
    state.at = now;
    state.failedAt = 0;
    this.cache.write(lookup.key, read, now);
    this.changed();
    // The room gave the channel's id: its BetterTTV and 7TV sets can be asked for now.
    const login = /^ffz-room:(.+)$/.exec(lookup.key)?.[1];
    if (login) this.channelsOf(login, this.providers);
  }

  private changed(): void {
    this.changes += 1;
    for (const listener of this.listeners) listener();
  }
}

const loaders = new Map<string, EmoteLoader>();

/** One loader per API origin for the whole page (a deck's columns share it). */
export function emoteLoader(apiBase: string | undefined): EmoteLoader {
  const key = apiBase ?? '';
  let loader = loaders.get(key);
  if (!loader) {
    loader = new EmoteLoader(apiBase);
    loaders.set(key, loader);
  }
  return loader;
}
