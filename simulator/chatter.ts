import {
  ACTIONS,
  BOT_COMMANDS,
  CHATTERS,
  EMOTES,
  LINES,
  MENTIONS,
  NEWCOMER_NAMES,
  REPEATS,
  WHISPERS,
} from './demo-content';
import { escapeMarkdown, multistreamerJson } from './markdown';
import { codesFor } from './third-party-emotes';
import type { SimStream } from './world';

export type Random = () => number;

function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Stable numeric-looking ids per chatter, as networks send them. */
function chatterId(network: string, name: string): string | number {
  let hash = 7;
  for (const char of name) hash = (hash * 131 + char.charCodeAt(0)) % 1_000_000_007;
  if (network === 'youtube') return `UC${hash.toString(36).padStart(8, '0')}`;
  if (network === 'facebook' || network === 'irc') return hash % 100_000;
  return String(hash);
}

/** One chat line from a random chatter on one of the stream's live networks (or IRC). */
export function chatLine(
  stream: SimStream,
  baseUrl: string,
  random: Random,
): Record<string, unknown> {
  const live = stream.liveAccounts();
  const useIrc = live.length === 0 || random() < 0.08;
  const account = useIrc ? undefined : pick(live, random);
  const network = account?.network.name ?? 'irc';
  const names: readonly string[] = CHATTERS[network as keyof typeof CHATTERS] ?? CHATTERS.twitch;
  const name = pick(names, random);
  const action = random() < 0.06;
  let text = action ? pick(ACTIONS, random) : pick(LINES, random);
  let markdown = escapeMarkdown(text).replace(/\\\*/g, '*');
  if (network === 'twitch' && random() < 0.55) {
    const count = 1 + Math.floor(random() * 3);
    for (let i = 0; i < count; i++) {
      const emote = pick(EMOTES, random);
      text += ` ${emote.code}`;
      markdown += ` ![${emote.code}](${baseUrl}/emoticons/v1/${emote.id}/1.0)`;
    }
  }
  const frame: Record<string, unknown> = {
    type: action ? 'emote' : 'text',
    network,
    account_id: account?.id ?? 0,
    from: {
      id: chatterId(network, name),
      name,
      ...(network !== 'irc' && { picture: `${baseUrl}/avatars/${encodeURIComponent(name)}.svg` }),
    },
    text,
    markdown,
  };
  // The server stamps every line it relays; lines from its IRC server say they are not relayed.
  frame.timestamp = Date.now();
  frame.stream_id = stream.id;
  if (network === 'irc') frame.relay = false;
  return frame;
}

/** A private IRC message to the streamer from a moderator. */
export function whisperLine(stream: SimStream, random: Random): Record<string, unknown> {
  const text = pick(WHISPERS, random);
  return {
    type: 'text',
    network: 'irc',
    account_id: 0,
    from: { id: 2, name: 'alice' },
    to: { id: stream.owner.id, name: stream.owner.name },
    text,
    markdown: escapeMarkdown(text),
    timestamp: Date.now(),
    relay: false,
  };
}

/**
 * A line with 1 to 3 of its channel's third-party emote codes (7TV, BetterTTV, FrankerFaceZ)
 * added: multistreamer relays them as plain words.
 */
export function withThirdPartyEmotes(
  stream: SimStream,
  frame: Record<string, unknown>,
  random: Random,
): Record<string, unknown> {
  const account = stream.accounts.find((candidate) => candidate.id === frame.account_id);
  const codes = codesFor(account?.network.name === 'twitch' ? account.name.toLowerCase() : '');
  const words = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(codes, random));
  const added = ` ${words.join(' ')}`;
  return {
    ...frame,
    text: `${String(frame.text)}${added}`,
    markdown: `${String(frame.markdown)}${escapeMarkdown(added)}`,
  };
}

/** A line with its text replaced (plain text, escaped for markdown). */
function saying(frame: Record<string, unknown>, text: string): Record<string, unknown> {
  return { ...frame, type: 'text', text, markdown: escapeMarkdown(text) };
}

/** A chatter this stream has never seen: a fresh name each time. */
function newcomer(frame: Record<string, unknown>, baseUrl: string, random: Random) {
  const name = `${pick(NEWCOMER_NAMES, random)}${Math.floor(random() * 9_000 + 1_000)}`;
  const network = String(frame.network);
  return {
    ...frame,
    from: {
      id: chatterId(network, name),
      name,
      ...(network !== 'irc' && { picture: `${baseUrl}/avatars/${encodeURIComponent(name)}.svg` }),
    },
  };
}

/**
 * What the demo stream's chat says, beyond ordinary lines: mentions of the stream's own
 * accounts, bot commands, first-time chatters, and waves of the same line from many chatters
 * (returned as several frames, sent a moment apart).
 */
export function demoLines(
  stream: SimStream,
  baseUrl: string,
  random: Random,
): Record<string, unknown>[] {
  const roll = random();
  const line = chatLine(stream, baseUrl, random);
  if (roll < 0.03) return [whisperLine(stream, random)];
  if (roll < 0.09) {
    const own = stream.liveAccounts().filter((account) => account.network.name === line.network);
    const name = own.length > 0 ? pick(own, random).name : stream.owner.name;
    return [saying(line, pick(MENTIONS, random).replace('{name}', name))];
  }
  if (roll < 0.13) return [saying(line, pick(BOT_COMMANDS, random))];
  if (roll < 0.18)
    return [saying(newcomer(line, baseUrl, random), 'hi! first time here, found you from a clip')];
  if (roll < 0.22) {
    const text = pick(REPEATS, random);
    const wave = 3 + Math.floor(random() * 4);
    return Array.from({ length: wave }, () => saying(chatLine(stream, baseUrl, random), text));
  }
  if (line.network === 'twitch' && roll < 0.5) return [withThirdPartyEmotes(stream, line, random)];
  return [line];
}

/** Demo chatter at a pace that swells and calms like a real chat. Returns stop. */
export function startDemoChatter(stream: SimStream, baseUrl: string, random: Random = Math.random) {
  let timer: ReturnType<typeof setTimeout>;
  const waves = new Set<ReturnType<typeof setTimeout>>();
  const started = Date.now();
  const tick = () => {
    if (stream.live) {
      demoLines(stream, baseUrl, random).forEach((frame, index) => {
        if (index === 0) {
          stream.broadcast(frame);
          return;
        }
        const wave = setTimeout(
          () => {
            waves.delete(wave);
            if (stream.live) stream.broadcast({ ...frame, timestamp: Date.now() });
          },
          index * (150 + random() * 500),
        );
        waves.add(wave);
      });
    }
    const wave = 0.5 + 0.5 * Math.sin((Date.now() - started) / 9_000);
    const delay = 120 + (1 - wave) * 1_400 * random();
    timer = setTimeout(tick, delay);
  };
  timer = setTimeout(tick, 400);
  const drift = setInterval(() => {
    for (const account of stream.accounts) {
      if (account.viewers === undefined) continue;
      const change = Math.round(account.viewers * (random() - 0.45) * 0.04);
      account.viewers = Math.max(0, account.viewers + change);
    }
  }, 4_000);
  return () => {
    clearTimeout(timer);
    clearInterval(drift);
    for (const wave of waves) clearTimeout(wave);
  };
}

/**
 * What a bench's lines look like. `demo` is the demo's mix (every network, a few chatters);
 * `plain` is escaped text with an emote, as multistreamer writes Twitch chat; `rich` has
 * emphasis, a link and an emote in every line. `plain` and `rich` come from `chatters`
 * distinct chatters on the stream's Twitch account.
 */
export interface LineStyle {
  content?: 'demo' | 'plain' | 'rich';
  chatters?: number;
  /** Every line also carries third-party (7TV, BetterTTV, FFZ) emote codes. */
  thirdPartyEmotes?: boolean;
  /**
   * A flood of giveaway entries: every line is just this keyword, line N from chatter N (of
   * `chatters`, then round again), on the stream's live networks in turn. The lines are not
   * numbered (a numbered keyword is no entry): chatter N's name ends in `_N`.
   */
  keyword?: string;
}

/** A chatter name of a bench crowd: `n` of `count`. */
function crowdName(n: number): string {
  return `${NEWCOMER_NAMES[n % NEWCOMER_NAMES.length]!.replace(/_$/, '')}_${n}`;
}

/** One line of a bench crowd on the stream's Twitch account (IRC where it has none live). */
export function crowdLine(
  stream: SimStream,
  baseUrl: string,
  random: Random,
  { content = 'plain', chatters = 300 }: LineStyle,
): Record<string, unknown> {
  const account = stream.liveAccounts().find((candidate) => candidate.network.name === 'twitch');
  const network = account ? 'twitch' : 'irc';
  const name = crowdName(Math.floor(random() * Math.max(1, chatters)));
  const said = pick(LINES, random).replace(/[*]/g, '');
  const emote = pick(EMOTES, random);
  const image = `![${emote.code}](${baseUrl}/emoticons/v1/${emote.id}/1.0)`;
  let text: string;
  let markdown: string;
  if (content === 'rich') {
    const word = pick(['really', 'so', 'very', 'well'], random);
    const clip = Math.floor(random() * 100_000);
    text = `${said} ${word} played, see clip ${emote.code}`;
    markdown = `${escapeMarkdown(said)} _${word}_ **played**, see [clip](https://clips.example.com/${clip}) ${image}`;
  } else {
    text = `${said} ${emote.code}`;
    markdown = `${escapeMarkdown(said)} ${image}`;
  }
  return {
    type: 'text',
    network,
    account_id: account?.id ?? 0,
    from: {
      id: chatterId(network, name),
      name,
      ...(network !== 'irc' && { picture: `${baseUrl}/avatars/${encodeURIComponent(name)}.svg` }),
    },
    text,
    markdown,
    timestamp: Date.now(),
    stream_id: stream.id,
    ...(network === 'irc' && { relay: false }),
  };
}

/** Chatter `n` of a giveaway crowd: an author id of its own on every network (no hash). */
function entrantId(network: string, n: number): string | number {
  if (network === 'youtube') return `UCentrant${n}`;
  if (network === 'facebook' || network === 'irc') return 5_000_000 + n;
  return String(900_000_000 + n);
}

/**
 * Line `index` of a giveaway flood: chatter `index` (of `chatters`) types just the keyword, on
 * the stream's live networks in turn (IRC where none is live).
 */
export function entryLine(
  stream: SimStream,
  baseUrl: string,
  index: number,
  { keyword = '!enter', chatters = 300 }: LineStyle,
): Record<string, unknown> {
  const accounts = stream.liveAccounts().filter((account) => account.network.name !== 'irc');
  const account = accounts.length > 0 ? accounts[index % accounts.length] : undefined;
  const network = account?.network.name ?? 'irc';
  const n = index % Math.max(1, chatters);
  const name = crowdName(n);
  return {
    type: 'text',
    network,
    account_id: account?.id ?? 0,
    from: {
      id: entrantId(network, n),
      name,
      ...(network !== 'irc' && { picture: `${baseUrl}/avatars/${encodeURIComponent(name)}.svg` }),
    },
    text: keyword,
    markdown: escapeMarkdown(keyword),
    timestamp: Date.now(),
    stream_id: stream.id,
    ...(network === 'irc' && { relay: false }),
  };
}

function styledLine(
  stream: SimStream,
  baseUrl: string,
  random: Random,
  style: LineStyle,
): Record<string, unknown> {
  const line =
    (style.content ?? 'demo') === 'demo'
      ? chatLine(stream, baseUrl, random)
      : crowdLine(stream, baseUrl, random, style);
  return style.thirdPartyEmotes ? withThirdPartyEmotes(stream, line, random) : line;
}

/** Frames mixed into a flood, `rate` a second, taken in turn (hostile lines, for example). */
export interface FloodMix {
  frames: readonly Record<string, unknown>[];
  rate: number;
}

/**
 * `rate` lines a second for `seconds` (or until stopped), plus a mix; returns stop. With
 * `thirdPartyEmotes`, every line carries third-party emote codes; with `keyword`, every line is
 * a giveaway entry (entryLine).
 */
export function startFlood(
  stream: SimStream,
  baseUrl: string,
  rate: number,
  seconds = Infinity,
  random: Random = Math.random,
  mix?: FloodMix,
  style: LineStyle = {},
) {
  const started = Date.now();
  let sent = 0;
  let mixed = 0;
  const timer = setInterval(() => {
    const elapsed = (Date.now() - started) / 1000;
    const due = Math.floor(Math.min(elapsed, seconds) * rate);
    for (; sent < due; sent++)
      stream.broadcast(
        style.keyword
          ? entryLine(stream, baseUrl, sent, style)
          : numbered(styledLine(stream, baseUrl, random, style), sent),
      );
    if (mix && mix.frames.length > 0) {
      const mixDue = Math.floor(Math.min(elapsed, seconds) * mix.rate);
      for (; mixed < mixDue; mixed++) stream.broadcast(mix.frames[mixed % mix.frames.length]!);
    }
    if (elapsed >= seconds) clearInterval(timer);
  }, 10);
  return () => clearInterval(timer);
}

/** `count` lines at once, numbered from `first` so the last one can be found. */
export function sendBurst(
  stream: SimStream,
  baseUrl: string,
  count: number,
  first = 1,
  random: Random = Math.random,
  style: LineStyle = {},
): void {
  // Built first, then written in one go, so the burst reaches the socket as one burst.
  const frames = Array.from({ length: count }, (_, i) =>
    multistreamerJson(numbered(styledLine(stream, baseUrl, random, style), first - 1 + i)),
  );
  stream.broadcastMany(frames);
}

function numbered(frame: Record<string, unknown>, index: number): Record<string, unknown> {
  const tag = ` #${index + 1}`;
  return {
    ...frame,
    text: `${String(frame.text)}${tag}`,
    markdown: `${String(frame.markdown)} \\#${index + 1}`,
  };
}

/**
 * Chatters of one network answering a poll: a few votes (numbers, now and then the option
 * changed by the same chatter), spread over a few seconds. Returns stop.
 */
export function answerPoll(
  stream: SimStream,
  baseUrl: string,
  network: string,
  options: number,
  random: Random = Math.random,
): () => void {
  return chattersSay(
    stream,
    baseUrl,
    network,
    () => String(1 + Math.floor(random() * options)),
    random,
  );
}

/** Every demo chatter of a network says something once, a moment apart (a vote, a keyword). */
export function chattersSay(
  stream: SimStream,
  baseUrl: string,
  network: string,
  say: () => string,
  random: Random = Math.random,
): () => void {
  const names: readonly string[] = CHATTERS[network as keyof typeof CHATTERS] ?? CHATTERS.twitch;
  const account = stream.liveAccounts().find((candidate) => candidate.network.name === network);
  if (!account) return () => undefined;
  const timers = names.map((name, index) =>
    setTimeout(
      () => {
        if (!stream.live) return;
        const vote = say();
        stream.broadcast({
          type: 'text',
          network,
          account_id: account.id,
          stream_id: stream.id,
          from: {
            id: chatterId(network, name),
            name,
            ...(network !== 'irc' && {
              picture: `${baseUrl}/avatars/${encodeURIComponent(name)}.svg`,
            }),
          },
          text: vote,
          markdown: vote,
          timestamp: Date.now(),
        });
      },
      300 + index * 250 + random() * 400,
    ),
  );
  return () => timers.forEach(clearTimeout);
}
