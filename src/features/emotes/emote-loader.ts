import type { EmoteProviders } from '../reading';
import {
  KEPT_VERSION,
  type AnswerReader,
  type EmoteIndex,
  type EmoteProvider,
  type KeptAnswer,
  type LookupKind,
  type ThirdPartyEmote,
} from './emote-types';

/** A kept answer younger than this is used as it is; an older one is refreshed behind it. */
export const REFRESH_AFTER_MS = 30 * 60 * 1000;
/** After a failure (error, timeout, malformed answer) a lookup waits this long to try again. */
export const RETRY_AFTER_MS = 5 * 60 * 1000;
const KEPT_PREFIX = 'chatdeck:emotes:';

interface Lookup {
  /** What it is kept and known by: `ffz-room:LOGIN`, `bttv-global`… */
  key: string;
  kind: LookupKind;
  url: string;
}

interface LookupState {
  value: KeptAnswer | null;
  at: number;
  loading: boolean;
  failedAt: number;
}

export interface LoaderOptions {
  /** Where answers are kept for a day (local storage); null keeps nothing. */
  storage: Storage | null;
  reader: AnswerReader;
  now?: () => number;
}

/**
 * Loads and keeps the third-party emotes of Twitch channels from one API origin (the providers
 * themselves, or an `emote_api` mirror): FrankerFaceZ's room by login gives the channel's
 * Twitch id and FFZ emotes, then BetterTTV's and 7TV's channel sets by that id, and each
 * provider's global set. Every lookup is independent: one that fails or hangs leaves the others,
 * and the lines, as they are. Answers are kept on the device for a day and refreshed behind.
 */
export class EmoteLoader {
  private readonly states = new Map<string, LookupState>();
  private readonly listeners = new Set<() => void>();
  private readonly storage: Storage | null;
  private readonly reader: AnswerReader;
  private readonly now: () => number;
  private changes = 0;
  private readonly indexes = new Map<string, { changes: number; index: EmoteIndex }>();
  /** The providers the latest `want` asked for (a room that answers later uses them). */
  private providers: EmoteProviders = { ffz: true, bttv: true, seventv: true };

  constructor(
    private readonly apiBase: string | undefined,
    { storage, reader, now = Date.now }: LoaderOptions,
  ) {
    this.storage = storage;
    this.reader = reader;
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

  /** Loads (or refreshes, when old) what these channels need from these providers. */
  want(logins: readonly string[], providers: EmoteProviders): void {
    this.providers = providers;
    if (providers.ffz)
      this.ensure(this.lookup('ffz-global', 'api.frankerfacez.com', '/v1/set/global'));
    if (providers.bttv) {
      this.ensure(this.lookup('bttv-global', 'api.betterttv.net', '/3/cached/emotes/global'));
    }
    if (providers.seventv) this.ensure(this.seventvSet('seventv-global', 'global'));
    if (!providers.ffz && !providers.bttv && !providers.seventv) return;
    // The room lookup gives the Twitch id the other two need, so it is made for any provider.
    for (const login of logins) {
      this.ensure(this.ffzRoom(login));
      this.channelsOf(login);
    }
  }

  private channelsOf(login: string): void {
    const twitchId = this.twitchIdOf(login);
    if (twitchId === undefined) return;
    if (this.providers.bttv) this.ensure(this.bttvChannel(twitchId));
    if (this.providers.seventv) this.ensure(this.seventvUser(twitchId));
  }

  private twitchIdOf(login: string): number | undefined {
    return this.states.get(this.ffzRoom(login).key)?.value?.twitchId;
  }

  /** The emotes a word may be in a channel's lines: channel sets before global ones. */
  index(login: string | undefined, providers: EmoteProviders): EmoteIndex {
    const indexKey = `${login ?? ''}|${providers.ffz}${providers.bttv}${providers.seventv}`;
    const known = this.indexes.get(indexKey);
    if (known && known.changes === this.changes) return known.index;
    const twitchId = login ? this.twitchIdOf(login) : undefined;
    const emotesOf = (key: string | null) =>
      key ? (this.states.get(key)?.value?.emotes ?? []) : [];
    // Chatterino's order: FFZ, BetterTTV, 7TV channel emotes, then their global ones.
    const sets: [EmoteProvider, ThirdPartyEmote[]][] = [
      ['ffz', emotesOf(login ? this.ffzRoom(login).key : null)],
      ['bttv', emotesOf(twitchId ? this.bttvChannel(twitchId).key : null)],
      ['seventv', emotesOf(twitchId ? this.seventvUser(twitchId).key : null)],
      ['ffz', emotesOf('ffz-global')],
      ['bttv', emotesOf('bttv-global')],
      ['seventv', emotesOf('seventv-global')],
    ];
    const index = new Map<string, ThirdPartyEmote>();
    for (const [provider, emotes] of sets) {
      if (!providers[provider]) continue;
      for (const emote of emotes) if (!index.has(emote.code)) index.set(emote.code, emote);
    }
    this.indexes.set(indexKey, { changes: this.changes, index });
    return index;
  }

  private lookup(key: string, host: string, path: string, kind = key as LookupKind): Lookup {
    const url = this.apiBase ? `${this.apiBase}/${host}${path}` : `https://${host}${path}`;
    return { key, kind, url };
  }

  private ffzRoom(login: string): Lookup {
    const path = `/v1/room/${encodeURIComponent(login)}`;
    return this.lookup(`ffz-room:${login}`, 'api.frankerfacez.com', path, 'ffz-room');
  }

  private bttvChannel(twitchId: number): Lookup {
    const path = `/3/cached/users/twitch/${twitchId}`;
    return this.lookup(`bttv-channel:${twitchId}`, 'api.betterttv.net', path, 'bttv-channel');
  }

  private seventvUser(twitchId: number): Lookup {
    const path = `/v3/users/twitch/${twitchId}`;
    return this.lookup(`seventv-channel:${twitchId}`, '7tv.io', path, 'seventv-user');
  }

  private seventvSet(key: string, setId: string): Lookup {
    return this.lookup(key, '7tv.io', `/v3/emote-sets/${setId}`, 'seventv-set');
  }

  private ensure(lookup: Lookup): void {
    const state = this.states.get(lookup.key);
    if (!state) {
      const fresh: LookupState = { value: null, at: 0, loading: true, failedAt: 0 };
      this.states.set(lookup.key, fresh);
      void this.start(lookup, fresh);
      return;
    }
    const now = this.now();
    if (state.loading) return;
    if (state.value && now - state.at < REFRESH_AFTER_MS) return;
    if (state.failedAt && now - state.failedAt < RETRY_AFTER_MS) return;
    state.loading = true;
    void this.fetch(lookup, lookup, state);
  }

  /** First what the device kept (shown at once), then the provider when that is old or absent. */
  private async start(lookup: Lookup, state: LookupState): Promise<void> {
    let text: string | null = null;
    try {
      text =
        this.storage?.getItem(`${KEPT_PREFIX}${this.apiBase ?? 'providers'}:${lookup.key}`) ?? null;
    } catch {
      text = null;
    }
    const kept = text ? await this.reader.check(text, this.apiBase, this.now()) : null;
    if (kept) {
      state.value = kept.value;
      state.at = kept.at;
      this.answered(lookup);
      if (this.now() - kept.at < REFRESH_AFTER_MS) {
        state.loading = false;
        return;
      }
    }
    await this.fetch(lookup, lookup, state);
  }

  private async fetch(lookup: Lookup, step: Lookup, state: LookupState): Promise<void> {
    const result = await this.reader.read({
      kind: step.kind,
      url: step.url,
      ...(this.apiBase && { apiBase: this.apiBase }),
    });
    if (result.kind === 'set') {
      // 7TV named the channel's set without its emotes: they are in the set itself.
      await this.fetch(lookup, this.seventvSet(lookup.key, result.setId), state);
      return;
    }
    state.loading = false;
    const now = this.now();
    if (result.kind === 'failed') {
      state.failedAt = now;
      return;
    }
    const value = result.kind === 'none' ? { emotes: [] } : result.value;
    state.value = value;
    state.at = now;
    state.failedAt = 0;
    try {
      this.storage?.setItem(
        `${KEPT_PREFIX}${this.apiBase ?? 'providers'}:${lookup.key}`,
        JSON.stringify({ v: KEPT_VERSION, at: now, value }),
      );
    } catch {
      // Full or refused: the emotes still show on this page; the next page asks again.
    }
    this.answered(lookup);
  }

  private answered(lookup: Lookup): void {
    this.changes += 1;
    for (const listener of this.listeners) listener();
    // The room gave the channel's id: its BetterTTV and 7TV sets can be asked for now.
    const login = /^ffz-room:(.+)$/.exec(lookup.key)?.[1];
    if (login) this.channelsOf(login);
  }
}
