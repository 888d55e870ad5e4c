import { msg } from '@lingui/core/macro';
import { createStore, type StoreApi } from 'zustand';
import type { HistoryLine } from '../../store/slices/history';
import { chatterKey } from '../../store/slices/history';
import type { StreamStore } from '../../store/stream-store';
import {
  giveawayAnnouncement,
  keywordProblem,
  randomIndex,
  readGiveawayCommand,
  winnerAnnouncement,
  type Entrant,
  type Giveaway,
} from './giveaway';
import { followNewLines } from '../../store/new-lines';

export type GiveawayStore = StoreApi<{ giveaway: Giveaway | null }>;

/** What the export holds of a giveaway: its figures and every entrant. */
export interface GiveawayRecord extends Giveaway {
  entrants: readonly Entrant[];
}

export interface GiveawayPart {
  readonly giveaway: GiveawayStore;
  /** Counts entries from the lines that come; returns the stop. */
  start(): () => void;
  /** `/giveaway KEYWORD [120s]`; false for any other draft. */
  runDraft(draft: string, keep: boolean): boolean;
  /** Opens entries (announced on every live account); false (the reason shown) when it cannot. */
  open(keyword: string, seconds: number | null): boolean;
  /** Picks a winner among those not drawn yet, shows and announces it. */
  draw(): void;
  /** Forgets the giveaway (the panel offers a new one). */
  dismiss(): void;
  /** The giveaways of this page, for the export. */
  records(): GiveawayRecord[];
}

export interface GiveawayOptions {
  broadcast: (text: string) => boolean;
  /** The person a line is from: network and author id, or the linked identity's key. */
  personOf?: (line: HistoryLine) => string;
  random?: (into: Uint32Array<ArrayBuffer>) => void;
  now?: () => number;
}

/**
 * The giveaway across networks: a line that is just the keyword enters its author once (never
 * lines via the API, private messages or the streamer's own accounts). Entering is O(1) a line
 * (a Map of who entered); the store gets the counts once per batch of lines.
 */
export function createGiveawayPart(
  store: StreamStore,
  {
    broadcast,
    personOf = chatterKey,
    random = (into) => void crypto.getRandomValues(into),
    now = Date.now,
  }: GiveawayOptions,
): GiveawayPart {
  const giveaway: GiveawayStore = createStore(() => ({ giveaway: null as Giveaway | null }));
  const past: GiveawayRecord[] = [];
  let entrants: Entrant[] = [];
  let entered = new Map<string, number>();
  let byNetwork: Record<string, number> = {};
  let keyword = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const current = () => giveaway.getState().giveaway;
  const update = (change: Partial<Giveaway>) => {
    const now = current();
    if (now) giveaway.setState({ giveaway: { ...now, ...change } });
  };
  const networkName = (network: string) =>
    network === 'irc'
      ? 'IRC'
      : (store.getState().accounts.find((account) => account.network.name === network)?.network
          .displayName ?? network);

  const enter = (lines: readonly HistoryLine[]) => {
    const running = current();
    if (!running || running.closed) return;
    const own = new Set(
      store
        .getState()
        .accounts.map((account) => `${account.network.name}:${account.name.toLowerCase()}`),
    );
    let added = false;
    for (const line of lines) {
      if (line.viaApi || line.to || line.earlier) continue;
      if (line.text.trim().toLowerCase() !== keyword) continue;
      if (own.has(`${line.network}:${line.from.name.toLowerCase()}`)) continue;
      const key = personOf(line);
      if (entered.has(key)) continue;
      entered.set(key, entrants.length);
      entrants.push({ key, network: line.network, name: line.from.name, at: line.receivedAt });
      byNetwork[line.network] = (byNetwork[line.network] ?? 0) + 1;
      added = true;
    }
    if (added) update({ count: entrants.length, byNetwork: { ...byNetwork } });
  };

  const close = () => {
    clearTimeout(timer);
    if (current() && !current()!.closed) update({ closed: true });
  };

  const part: GiveawayPart = {
    giveaway,
    start() {
      const stop = followNewLines(store, enter);
      return () => {
        stop();
        clearTimeout(timer);
      };
    },
    runDraft(draft, keep) {
      const command = readGiveawayCommand(draft);
      if (!command) return false;
      const state = store.getState();
      if (command.kind === 'invalid') {
        state.setComposerError(command.error);
        return true;
      }
      if (!part.open(command.keyword, command.seconds)) return true;
      state.rememberSent(state.draft.trim());
      if (!keep) state.setDraft('');
      return true;
    },
    open(word, seconds) {
      const state = store.getState();
      const problem = keywordProblem(word.trim());
      if (problem) {
        state.setComposerError(problem);
        return false;
      }
      if (current() && !current()!.closed) {
        state.setComposerError(msg`A giveaway is open: draw a winner first.`);
        return false;
      }
      if (!broadcast(giveawayAnnouncement(word.trim(), seconds))) return false;
      const existing = current();
      if (existing) past.push({ ...existing, entrants });
      entrants = [];
      entered = new Map();
      byNetwork = {};
      keyword = word.trim().toLowerCase();
      const at = now();
      giveaway.setState({
        giveaway: {
          id: at,
          keyword: word.trim(),
          startedAt: at,
          endsAt: seconds === null ? null : at + seconds * 1000,
          closed: false,
          count: 0,
          byNetwork: {},
          winners: [],
        },
      });
      clearTimeout(timer);
      if (seconds !== null) timer = setTimeout(close, seconds * 1000);
      return true;
    },
    draw() {
      const running = current();
      if (!running) return;
      close();
      const drawn = new Set(running.winners.map((winner) => winner.key));
      const candidates = drawn.size === 0 ? entrants : entrants.filter((e) => !drawn.has(e.key));
      if (candidates.length === 0) {
        store.getState().setComposerError(msg`Nobody left to draw.`);
        return;
      }
      const winner = candidates[randomIndex(candidates.length, random)]!;
      update({ winners: [...running.winners, winner] });
      broadcast(winnerAnnouncement(winner, networkName(winner.network)));
    },
    dismiss() {
      const existing = current();
      if (existing && !existing.closed) return;
      if (existing) past.push({ ...existing, entrants });
      entrants = [];
      entered = new Map();
      giveaway.setState({ giveaway: null });
    },
    records() {
      const existing = current();
      return existing ? [...past, { ...existing, entrants }] : [...past];
    },
  };
  return part;
}
