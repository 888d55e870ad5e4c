import type { ChatCommand, ClientCommand } from '../../protocol/wire';
import type { Send } from './writers';

/** At most one chat line a second to an account: Twitch silently drops faster ones. */
export const PACE_MS = 1_000;

/**
 * The sending pace: chat lines (`text`, `emote`) from one account go at most one per PACE_MS;
 * a burst waits its turn, in order, per account. Everything else (`status`, `writer`, …) goes
 * at once. `waiting` hears how many lines wait; a line whose turn came while the connection
 * was down goes to `unsent` (the outbox holds it for the reconnect), and so do the ones behind
 * it. One per stream session; `dispose` ends its timers.
 */
export class SendingPace {
  private readonly queues = new Map<number, ChatCommand[]>();
  private readonly lastSent = new Map<number, number>();
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  private count = 0;

  constructor(
    private readonly send: Send,
    private readonly hooks: {
      waiting?: (count: number) => void;
      unsent?: (command: ChatCommand) => void;
      connected?: () => boolean;
    } = {},
  ) {}

  /** Sends now or queues behind the account's last line; false when it cannot (offline). */
  readonly paced: Send = (command: ClientCommand): boolean => {
    if (command.type !== 'text' && command.type !== 'emote') return this.send(command);
    const account = command.account_id;
    const queue = this.queues.get(account);
    const since = Date.now() - (this.lastSent.get(account) ?? -Infinity);
    if (!queue?.length && since >= PACE_MS) {
      const sent = this.send(command);
      if (sent) this.lastSent.set(account, Date.now());
      return sent;
    }
    if (this.hooks.connected && !this.hooks.connected()) return false;
    if (queue) queue.push(command);
    else this.queues.set(account, [command]);
    this.changed(1);
    this.schedule(account, PACE_MS - since);
    return true;
  };

  /** Lines waiting their turn, all accounts together. */
  get waiting(): number {
    return this.count;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.queues.clear();
    if (this.count !== 0) this.changed(-this.count);
  }

  private schedule(account: number, delay: number): void {
    if (this.timers.has(account)) return;
    this.timers.set(
      account,
      setTimeout(() => this.turn(account), Math.max(0, delay)),
    );
  }

  private turn(account: number): void {
    this.timers.delete(account);
    const queue = this.queues.get(account);
    const command = queue?.shift();
    if (!queue || !command) return;
    this.changed(-1);
    if (this.send(command)) {
      this.lastSent.set(account, Date.now());
    } else {
      // The connection went: this line and those behind it wait for the reconnect.
      this.hooks.unsent?.(command);
      for (const rest of queue.splice(0)) {
        this.changed(-1);
        this.hooks.unsent?.(rest);
      }
    }
    if (queue.length > 0) this.schedule(account, PACE_MS);
    else this.queues.delete(account);
  }

  private changed(by: number): void {
    this.count += by;
    this.hooks.waiting?.(this.count);
  }
}
