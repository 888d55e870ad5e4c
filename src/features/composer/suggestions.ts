import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { i18n } from '../../i18n';

/**
 * The composer's commands, as the `/` list shows them: the usage and what it does in the
 * interface's language (read when the list is drawn), the command itself as typed.
 */
export const COMMANDS: readonly {
  command: string;
  /** How it is typed, when it takes more than the command. */
  usage?: MessageDescriptor;
  description: MessageDescriptor;
}[] = [
  { command: '/me', usage: msg`/me TEXT`, description: msg`an action: “name TEXT”` },
  { command: '/irc', usage: msg`/irc TEXT`, description: msg`to the internal IRC chat only` },
  {
    command: '/msg',
    usage: msg`/msg USER TEXT`,
    description: msg`a private message on the internal IRC`,
  },
  {
    command: '/poll',
    usage: msg`/poll Question | Option A | Option B [60s]`,
    description: msg`a poll on every live network`,
  },
  { command: '/endpoll', description: msg`ends the poll and announces the result` },
  {
    command: '/giveaway',
    usage: msg`/giveaway KEYWORD [120s]`,
    description: msg`a giveaway on every live network: who types the keyword enters`,
  },
];

export interface Suggestion {
  /** What the draft becomes when chosen. */
  value: string;
  label: string;
  description?: string;
}

/**
 * What the message box offers for a draft: the commands for `/…` (before a space), the
 * quick replies for `;…`. Empty otherwise.
 */
export function suggestionsFor(draft: string, quickReplies: readonly string[]): Suggestion[] {
  if (/^\/\S*$/.test(draft)) {
    const typed = draft.toLowerCase();
    // A command typed in full (`/endpoll`) is not offered again: Enter sends it.
    return COMMANDS.filter(
      (entry) =>
        entry.command.startsWith(typed) &&
        !(entry.command === typed && entry.command === '/endpoll'),
    ).map((entry) => ({
      value: entry.command === '/endpoll' ? '/endpoll' : `${entry.command} `,
      label: entry.usage ? i18n._(entry.usage) : entry.command,
      description: i18n._(entry.description),
    }));
  }
  if (draft.startsWith(';')) {
    const typed = draft.slice(1).trim().toLowerCase();
    return quickReplies
      .filter((reply) => reply.toLowerCase().includes(typed))
      .map((reply) => ({ value: reply, label: reply }));
  }
  return [];
}

/** The word being typed at `caret`: where it starts, and what it is without `@`. */
function wordAt(draft: string, caret: number): { start: number; at: boolean; prefix: string } {
  let start = caret;
  while (start > 0 && !/\s/.test(draft[start - 1]!)) start--;
  const word = draft.slice(start, caret);
  const at = word.startsWith('@');
  return { start, at, prefix: at ? word.slice(1) : word };
}

export interface Completion {
  draft: string;
  caret: number;
  /** Pass back to cycle on the next Tab. */
  cycle: { start: number; at: boolean; prefix: string; index: number; end: number };
}

/**
 * Tab completion of a chatter's name (`names` most recent first): the word at the caret,
 * `@` optional, becomes the first name that starts with it; Tab again cycles. Null when no
 * name fits (Tab then moves the focus as usual).
 */
export function completeName(
  draft: string,
  caret: number,
  names: readonly string[],
  previous: Completion['cycle'] | null,
): Completion | null {
  const word =
    previous && previous.end === caret
      ? previous
      : { ...wordAt(draft, caret), index: -1, end: caret };
  if (!word.prefix && !word.at) return null;
  const lower = word.prefix.toLowerCase();
  const matches = names.filter((name) => name.toLowerCase().startsWith(lower));
  if (matches.length === 0) return null;
  const index = (word.index + 1) % matches.length;
  const name = `${word.at ? '@' : ''}${matches[index]!}`;
  const rest = draft.slice(word.end);
  const inserted = `${name}${rest.startsWith(' ') ? '' : ' '}`;
  const next = draft.slice(0, word.start) + inserted + rest;
  const end = word.start + inserted.length;
  return {
    draft: next,
    caret: end,
    cycle: { start: word.start, at: word.at, prefix: word.prefix, index, end },
  };
}

/** Distinct chatter names of the history, most recent first. */
export function recentNames(lines: readonly { from: { name: string }; viaApi?: true }[]): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (let i = lines.length - 1; i >= 0 && names.length < 500; i--) {
    const name = lines[i]!.from.name;
    if (lines[i]!.viaApi || seen.has(name)) continue;
    seen.add(name);
    names.push(name);
  }
  return names;
}
