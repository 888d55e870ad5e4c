import type { HistoryLine } from '../../store/slices/history';

/**
 * The draft that answers `line`: `@name ` (`/msg name ` for a private IRC message), then what
 * was typed before, without an earlier reply's prefix.
 */
export function replyDraft(
  draft: string,
  line: Pick<HistoryLine, 'network' | 'to' | 'from'>,
): string {
  const name = line.from.name;
  const prefix = line.network === 'irc' && line.to ? `/msg ${name} ` : `@${name} `;
  const rest = draft.replace(/^(@\S+\s+|\/msg\s+\S+\s+)/, '');
  return prefix + (rest.startsWith(prefix) ? rest.slice(prefix.length) : rest);
}
