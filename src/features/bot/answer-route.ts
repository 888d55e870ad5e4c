import type { ChatCommand } from '../../protocol/wire';
import { composeLine } from '../../protocol/commands';
import type { HistoryLine } from '../../store/slices/history';
import type { StreamStore } from '../../store/stream-store';

/**
 * The line that answers `line` where it came from, written as Reply would choose: by the
 * account it came in on where that can write, else by a writable account of its network (the
 * outbox asks for a writer); IRC lines from the IRC account. Null when none can write there.
 */
export function answerCommand(
  store: StreamStore,
  line: Pick<HistoryLine, 'accountId' | 'network'>,
  text: string,
): ChatCommand | null {
  const accounts = store.getState().accounts;
  const target = accounts.find((account) => account.id === line.accountId);
  if (line.network === 'irc') {
    const irc = accounts.find((account) => account.id === 0 && account.writable);
    const result = irc ? composeLine(text, 0, 0) : null;
    return result?.ok ? result.command : null;
  }
  if (!target) return null;
  const from =
    target.writable && target.ready
      ? target
      : accounts.find((account) => account.writable && account.network.name === line.network);
  const result = from ? composeLine(text, from.id, target.id) : null;
  return result?.ok ? result.command : null;
}
