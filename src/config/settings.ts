import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import * as v from 'valibot';
import { serverAddressSchema, streamIdSchema, tokenSchema, validInput } from './inputs';
import { parseImageHosts } from '../protocol/image-hosts';
import { safeHttpUrl } from '../protocol/safe-url';
import { DEFAULT_HISTORY_LIMIT } from './limits';
import { readDeck, streamIdProblem, type DeckColumn } from './deck-layout';

export type Theme = 'light' | 'dark' | 'system';

/** Everything the page is told by its address, checked once at start. */
export interface Settings {
  /** The multistreamer instance: from `server`, else (under `npm start`) the simulator, else
   * the page's own origin. */
  server: string;
  streamId?: number;
  /** `stream=21,34`: several streams side by side (the deck); absent for one stream. */
  streamIds?: number[];
  /** `deck=…`: the deck's columns (streams, filtered views, widths); `deck` alone: as kept. */
  deck?: DeckColumn[] | 'kept';
  token?: string;
  widget: boolean;
  /** The widget builder page (`?builder`). */
  builder: boolean;
  /** The featured-line overlay page (`?featured`): no server, stream or token needed. */
  featured: boolean;
  /** `showtime=SECONDS` on the overlay: a featured line leaves after that long. */
  showtimeSeconds: number | null;
  /** `speech=LANG` on the overlay: featured lines read aloud (a BCP 47 tag such as en-US). */
  speechLang: string | null;
  /** The poll overlay page (`?poll`): no server, stream or token needed. */
  poll: boolean;
  /** The giveaway overlay page (`?giveaway`): no server, stream or token needed. */
  giveaway: boolean;
  /** `preview`: the builder's preview of an overlay shows a sample when there is nothing. */
  preview: boolean;
  compact: boolean;
  /** Seconds until a line fades out; null keeps lines. */
  fadeoutSeconds: number | null;
  hideIrc: boolean;
  hidePm: boolean;
  fromBottom: boolean;
  showPicture: boolean;
  transparent: boolean;
  theme: Theme;
  /** Chat font size in px (multistreamer's `font_size`). */
  fontSize?: number;
  historyLimit: number;
  /** Image hosts added to the defaults (`image_hosts=a.example,*.b.example`). */
  imageHosts: string[];
  /** `streamer_mode` (or `=false`): wins over the device's reading settings on this page. */
  streamerMode?: boolean;
  /**
   * What in the address was left out or changed, and why (`Stream “abc” is not a stream id`):
   * an address is shared and pasted, so nothing in it is dropped silently.
   */
  /** What the address asked for that the page could not take, drawn in the page's language. */
  addressProblems: MessageDescriptor[];
  /**
   * `emote_api=ORIGIN`: where the third-party emote APIs and images are mirrored
   * (`ORIGIN/api.frankerfacez.com/…`); absent: the providers themselves.
   */
  emoteApi?: string;
}

export const DEFAULT_FADEOUT_SECONDS = 10;
/** Streams a deck shows side by side at most (Ctrl+1..9 reaches each). */
export const MAX_DECK_STREAMS = 9;

const fontSizeSchema = v.pipe(
  v.string(),
  v.regex(/^\d{1,2}(\.\d+)?$/),
  v.transform(Number),
  v.minValue(8),
  v.maxValue(64),
);
const historySchema = v.pipe(
  v.string(),
  v.regex(/^\d{1,6}$/),
  v.transform(Number),
  v.minValue(100),
  v.maxValue(100_000),
);
const secondsSchema = v.pipe(
  v.string(),
  v.regex(/^\d{1,5}(\.\d+)?$/),
  v.transform(Number),
  v.minValue(0.5),
);

/** A language tag for speech: `en`, `en-US`, `pt-BR`. */
const languageSchema = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/));

/** A flag is on when present (`?widget`), unless it says false (`?widget=false`). */
function flag(params: URLSearchParams, name: string): boolean {
  const value = params.get(name);
  return value !== null && !/^(false|0|no|off)$/i.test(value);
}

/** Reads the settings from a page address: query string, plus `token` in the fragment. */
export function readSettings(location: Pick<Location, 'search' | 'hash' | 'origin'>): Settings {
  const params = new URLSearchParams(location.search);
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fadeout = params.get('fadeout');
  const nightMode = params.get('night_mode');
  const themeParam = params.get('theme');
  const theme: Theme =
    themeParam === 'light' || themeParam === 'dark'
      ? themeParam
      : nightMode === 'true'
        ? 'dark'
        : nightMode === 'false'
          ? 'light'
          : 'system';
  const settings: Settings = {
    server:
      validInput(serverAddressSchema, params.get('server')) ??
      // `npm start` names its simulator (scripts/start.ts); a build never does.
      validInput(serverAddressSchema, import.meta.env.VITE_CHATDECK_SERVER ?? null) ??
      location.origin,
    widget: flag(params, 'widget'),
    builder: flag(params, 'builder'),
    featured: flag(params, 'featured'),
    poll: flag(params, 'poll'),
    giveaway: flag(params, 'giveaway'),
    showtimeSeconds: validInput(secondsSchema, params.get('showtime')) ?? null,
    speechLang: validInput(languageSchema, params.get('speech')) ?? null,
    preview: flag(params, 'preview'),
    compact: flag(params, 'compact'),
    fadeoutSeconds:
      fadeout === null
        ? null
        : fadeout === ''
          ? DEFAULT_FADEOUT_SECONDS
          : (validInput(secondsSchema, fadeout) ?? DEFAULT_FADEOUT_SECONDS),
    hideIrc: flag(params, 'hide_irc'),
    hidePm: flag(params, 'hide_pm'),
    fromBottom: flag(params, 'from_bottom'),
    showPicture: flag(params, 'show_picture'),
    transparent: flag(params, 'transparent'),
    theme,
    historyLimit: validInput(historySchema, params.get('history')) ?? DEFAULT_HISTORY_LIMIT,
    imageHosts: parseImageHosts(params.get('image_hosts') ?? ''),
    addressProblems: [],
  };
  // `id` is how multistreamer's own chat page names the stream.
  const streams: number[] = [];
  for (const part of (params.get('stream') ?? params.get('id') ?? '').split(',')) {
    if (!part.trim()) continue;
    const id = validInput(streamIdSchema, part);
    if (id === undefined) settings.addressProblems.push(streamIdProblem(part.trim())!);
    else streams.push(id);
  }
  const distinct = [...new Set(streams)];
  if (distinct.length > MAX_DECK_STREAMS) {
    const [max, left] = [MAX_DECK_STREAMS, distinct.slice(MAX_DECK_STREAMS).join(', ')];
    settings.addressProblems.push(msg`At most ${max} streams fit side by side: ${left} left out`);
    distinct.length = MAX_DECK_STREAMS;
  }
  if (distinct.length > 0) settings.streamId = distinct[0];
  if (distinct.length > 1) settings.streamIds = distinct;
  const deck = params.get('deck');
  if (deck !== null) {
    const { columns, problems } = readDeck(deck);
    settings.addressProblems.push(...problems);
    if (columns.length > 0) settings.deck = columns;
    else if (deck === '') settings.deck = 'kept';
  }
  const token = validInput(tokenSchema, fragment.get('token') ?? params.get('token'));
  if (token !== undefined) settings.token = token;
  if (params.has('streamer_mode')) settings.streamerMode = flag(params, 'streamer_mode');
  const emoteApi = emoteApiBase(params.get('emote_api'));
  if (emoteApi !== undefined) settings.emoteApi = emoteApi;
  const fontSize = validInput(fontSizeSchema, params.get('font_size'));
  if (fontSize !== undefined) settings.fontSize = fontSize;
  return settings;
}

/**
 * `emote_api`: an http(s) origin, optionally with a path it lives under (no credentials, query
 * or fragment), without its trailing slash; undefined when it is not one.
 */
export function emoteApiBase(raw: string | null): string | undefined {
  const url = safeHttpUrl(raw);
  if (!url) return undefined;
  const parsed = new URL(url);
  if (parsed.search || parsed.hash) return undefined;
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}

/** The address without the token (query or fragment), for `history.replaceState`. */
export function addressWithoutToken(href: string): string {
  const url = new URL(href);
  // Only a query that held the token is rewritten: `?widget&compact` stays as it was.
  if (url.searchParams.has('token')) url.searchParams.delete('token');
  const fragment = new URLSearchParams(url.hash.replace(/^#/, ''));
  if (fragment.has('token')) {
    fragment.delete('token');
    const rest = fragment.toString();
    url.hash = rest ? `#${rest}` : '';
  }
  return url.href;
}
