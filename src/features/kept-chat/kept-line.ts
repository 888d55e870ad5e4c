import type { ChatEvent } from '../../protocol/events';
import type { HistoryLine } from '../../store/slices/history';
import type { ExportLine } from './recap';

/** What a chat line is kept as: the event as received, when, and whether it was a first. */
export type KeptLine = ExportLine;

/** The line as kept: only the event's fields, never what this page added to it. */
export function keptLineOf(line: HistoryLine): KeptLine {
  const { receivedAt, firstTime } = line;
  const event: Partial<HistoryLine> = { ...line };
  delete event.seq;
  delete event.receivedAt;
  delete event.firstTime;
  delete event.earlier;
  return { event: event as ChatEvent, receivedAt, ...(firstTime && { firstTime }) };
}
