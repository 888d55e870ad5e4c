import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ChatCommand } from '../../protocol/wire';
import { writerKey } from '../../store/selectors';
import type { OutgoingLine } from '../../store/slices/composer';
import type { StreamState } from '../../store/stream-store';

type Verdict = 'send' | 'wait' | { refused: MessageDescriptor };

/** Whether a held line can go now, must wait for a writer, or can no longer be sent. */
export function routeVerdict(state: StreamState, command: ChatCommand): Verdict {
  const from = state.accounts.find((account) => account.id === command.account_id);
  if (!from?.writable) {
    return { refused: msg`That account can no longer write to this stream.` };
  }
  if (from.ready && command.cur_stream_account_id === from.id) return 'send';
  const to = state.accounts.find((account) => account.id === command.cur_stream_account_id);
  if (!to?.live) return { refused: msg`The stream account it was meant for is no longer live.` };
  const writer = state.writers[writerKey(from.id, to.id)];
  if (writer?.state === 'ready') return 'send';
  if (writer?.state === 'failed') return { refused: writer.error };
  return 'wait';
}

/**
 * The held lines after trying to send them: those whose route is ready go (a line to several
 * accounts says, for each, that it went), those that wait stay, those that can no longer be
 * sent are refused with the reason.
 */
export function sendHeldLines(
  state: StreamState,
  send: (command: ChatCommand) => boolean,
): OutgoingLine[] {
  const remaining: OutgoingLine[] = [];
  for (const line of state.outbox) {
    if (line.status !== 'waiting') {
      remaining.push(line);
      continue;
    }
    const verdict = routeVerdict(state, line.command);
    if (verdict === 'send' && send(line.command)) {
      if (line.target) remaining.push({ ...line, status: 'sent', reason: undefined });
      continue;
    }
    if (verdict === 'send' || verdict === 'wait') remaining.push(line);
    else remaining.push({ ...line, status: 'refused', reason: verdict.refused });
  }
  return remaining;
}
