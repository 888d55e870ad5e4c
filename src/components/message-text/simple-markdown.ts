/** A piece of a simple chat line: text as shown, or an inline image. */
export type SimplePiece = string | { alt: string; src: string };

// What may stand in a simple line outside escapes and images: no character that starts
// inline markdown syntax (emphasis, strike, code, links, autolinks, HTML, entities, breaks).
const PLAIN = /[^\\*_~`[\]!<>&\r\n]+/y;
// `\` before ASCII punctuation is that character.
const ESCAPE = /\\([!-/:-@[-`{-~])/y;
// `![alt](url)` as multistreamer writes emotes: a plain alt, and a URL of characters that
// CommonMark takes as they are (no escapes, entities, percent signs or spaces to normalise).
const IMAGE = /!\[([^[\]\\*_~`<>&!\r\n]{0,200})\]\(([\w\-.~:/?#@!$'*+,;=]{1,2048})\)/y;

/**
 * Reads the lines most of chat is made of (escaped text and emote images) without the
 * markdown parser, giving what CommonMark gives for them. Returns null for anything else,
 * which then goes through react-markdown.
 */
export function simpleMarkdown(markdown: string): SimplePiece[] | null {
  const pieces: SimplePiece[] = [];
  let text = '';
  let at = 0;
  const take = (pattern: RegExp): RegExpExecArray | null => {
    pattern.lastIndex = at;
    const match = pattern.exec(markdown);
    if (match) at = pattern.lastIndex;
    return match;
  };
  while (at < markdown.length) {
    let match = take(PLAIN);
    if (match) {
      text += match[0];
      continue;
    }
    match = take(ESCAPE);
    if (match) {
      text += match[1]!;
      continue;
    }
    match = take(IMAGE);
    if (!match) return null;
    if (text) pieces.push(text);
    text = '';
    pieces.push({ alt: match[1]!, src: match[2]! });
  }
  if (text) pieces.push(text);
  const first = pieces[0];
  if (typeof first === 'string') pieces[0] = first.replace(/^[ \t]+/, '');
  const last = pieces.at(-1);
  if (typeof last === 'string') pieces[pieces.length - 1] = last.replace(/[ \t]+$/, '');
  return pieces.filter((piece) => piece !== '');
}
