import type { MessageDescriptor } from '@lingui/core';
import type { ChatCommand } from '../../protocol/wire';
import type { StreamSlice } from '../types';

export type WriterState =
  { state: 'pending' } | { state: 'ready' } | { state: 'failed'; error: MessageDescriptor };

/** A line typed while it could not be sent: shown as pending, sent once on reconnect. */
export interface OutgoingLine {
  id: number;
  command: ChatCommand;
  /**
   * `sent` and `skipped` (a read-only network) only for a line to several accounts: each
   * target's fate is shown a moment.
   */
  status: 'waiting' | 'refused' | 'sent' | 'skipped';
  /** Why it waits, was refused or skipped: drawn in the interface's language when shown. */
  reason?: MessageDescriptor;
  /** Where it goes, said when a line went to several accounts ("YouTube · Chan"). */
  target?: string;
}

/** Lines sent that Up and Down recall. */
export const RECALL_LINES = 50;

/** The chat line a reply answers, shown above the message box until sent or cancelled. */
export interface ReplyTarget {
  seq: number;
  name: string;
  network: string;
  text: string;
}

/** What the composer shows: data and plain setters. Sending lives in session/outbox.ts. */
export interface ComposerSlice {
  draft: string;
  fromId: number | null;
  toId: number | null;
  writers: Readonly<Record<string, WriterState>>;
  outbox: readonly OutgoingLine[];
  /** Drawn in the interface's language when shown (a language switch redraws it). */
  composerError: MessageDescriptor | null;
  /** A `status` has arrived since the socket last connected. */
  statusSinceConnect: boolean;
  reply: ReplyTarget | null;
  /** Lines waiting their turn under the sending pace (one a second per account). */
  pacedWaiting: number;
  setPacedWaiting: (count: number) => void;
  /** Lines sent from this tab, newest last (Up and Down recall them). */
  sentLines: readonly string[];
  rememberSent: (line: string) => void;
  /** Increases when something asks the message box to take the focus (a reply, Escape). */
  focusMessage: number;
  /** The message box takes the focus (Escape in the chat log). */
  askMessageFocus: () => void;
  setDraft: (draft: string) => void;
  /** A new From account: its target is chosen again. */
  setFrom: (accountId: number) => void;
  setTo: (accountId: number) => void;
  setWriter: (key: string, writer: WriterState) => void;
  /** Writers belong to one connection: all forgotten when it ends. */
  forgetWriters: () => void;
  setOutbox: (outbox: readonly OutgoingLine[]) => void;
  setComposerError: (error: MessageDescriptor | null) => void;
  setStatusSinceConnect: (seen: boolean) => void;
  /** Answers a line (focusing the message box), or cancels the reply with null. */
  setReply: (reply: ReplyTarget | null) => void;
}

export const createComposerSlice: StreamSlice<ComposerSlice> = (set, get) => ({
  draft: '',
  fromId: null,
  toId: null,
  writers: {},
  outbox: [],
  composerError: null,
  statusSinceConnect: false,
  reply: null,
  pacedWaiting: 0,
  setPacedWaiting: (pacedWaiting) => set({ pacedWaiting }),
  focusMessage: 0,
  askMessageFocus: () => set({ focusMessage: get().focusMessage + 1 }),
  sentLines: [],
  rememberSent: (line) => {
    if (!line) return;
    const lines = get().sentLines.filter((sent) => sent !== line);
    set({ sentLines: [...lines, line].slice(-RECALL_LINES) });
  },
  setDraft: (draft) => set({ draft, composerError: null }),
  setFrom: (fromId) => set({ fromId, toId: null, composerError: null }),
  setTo: (toId) => set({ toId, composerError: null }),
  setWriter: (key, writer) => set({ writers: { ...get().writers, [key]: writer } }),
  forgetWriters: () => set({ writers: {}, statusSinceConnect: false }),
  setOutbox: (outbox) => set({ outbox }),
  setComposerError: (composerError) => set({ composerError }),
  setStatusSinceConnect: (statusSinceConnect) => set({ statusSinceConnect }),
  setReply: (reply) =>
    set(reply ? { reply, focusMessage: get().focusMessage + 1 } : { reply: null }),
});
