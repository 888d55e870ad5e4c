/**
 * How long one chat line may be on each network, before it is sent.
 *
 * - Twitch: 500 characters per message (Twitch IRC/chat docs, "Chat & Chatbots": messages
 *   over 500 characters are dropped).
 * - YouTube: 200 characters per live chat message (YouTube Live Streaming API,
 *   liveChatMessages.insert: `snippet.textMessageDetails.messageText`, at most 200 characters).
 * - IRC (multistreamer's internal chat): one IRC message is at most 512 bytes with its CRLF
 *   (RFC 1459 §2.3 / RFC 2812 §2.3); the server adds `:nick!user@host PRIVMSG #channel :`
 *   in front of the text, so the text gets what is left of them, counted in UTF-8 bytes.
 */
export const TWITCH_MAX_CHARS = 500;
export const YOUTUBE_MAX_CHARS = 200;
export const IRC_MESSAGE_BYTES = 512;
/** The longest host part multistreamer's IRC server can put in a prefix (a DNS name). */
const IRC_HOST_BYTES = 63;

export interface ChatLimit {
  network: string;
  /** The network as people write it. */
  name: string;
  unit: 'characters' | 'bytes';
  max: number;
}

const encoder = new TextEncoder();

/** Characters as people count them (code points, so an emoji is one). */
export function characters(text: string): number {
  return Array.from(text).length;
}

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/**
 * The IRC text budget for a line written as `nick` to `target` (a `#channel` or a nick):
 * 512 bytes, less the CRLF and the prefix the server adds.
 */
export function ircTextBytes(nick: string, target: string): number {
  const prefix = `:${nick}!${nick}@${'h'.repeat(IRC_HOST_BYTES)} PRIVMSG ${target} :`;
  return IRC_MESSAGE_BYTES - 2 - utf8Bytes(prefix);
}

/** The limit of a network, or null where Chatdeck knows of none. */
export function limitOf(
  network: string,
  irc: { nick: string; target: string } = { nick: 'x'.repeat(30), target: '#'.padEnd(50, 'x') },
): ChatLimit | null {
  if (network === 'twitch') {
    return { network, name: 'Twitch', unit: 'characters', max: TWITCH_MAX_CHARS };
  }
  if (network === 'youtube') {
    return { network, name: 'YouTube', unit: 'characters', max: YOUTUBE_MAX_CHARS };
  }
  if (network === 'irc') {
    return { network, name: 'IRC', unit: 'bytes', max: ircTextBytes(irc.nick, irc.target) };
  }
  return null;
}

/** How much of the limit `text` uses. */
export function measure(text: string, limit: ChatLimit): number {
  return limit.unit === 'bytes' ? utf8Bytes(text) : characters(text);
}
