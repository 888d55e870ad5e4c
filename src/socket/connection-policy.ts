import type { ConnectionState, DisconnectReason } from '../protocol/connection-state';
import type { ClientCommand } from '../protocol/wire';
import { UNREACHABLE_AFTER_ATTEMPTS } from './reconnect-policy';

/** What happened to the connection, as the policy hears it. */
export type PolicyEvent =
  | { type: 'start' }
  | { type: 'opened' }
  | { type: 'frame' }
  | { type: 'closed'; beforeOpen: boolean }
  | { type: 'retry-now' }
  | { type: 'network'; offline: boolean }
  | { type: 'reach-verdict'; check: number; answers: boolean; attempt: number; retryAt: number }
  | { type: 'retry-due' }
  | { type: 'probe-due' }
  | { type: 'probe-unanswered' }
  | { type: 'dispose' };

/** What the policy does with the socket and tells the page. */
export interface PolicyActions {
  /** Opens a socket; false when none could be made. */
  open(): boolean;
  /** A socket is open or opening. */
  active(): boolean;
  post(command: ClientCommand): void;
  /** Lets the socket go. */
  drop(): void;
  state(next: ConnectionState): void;
}

export interface PolicyOptions {
  url: string;
  delayFor: (attempt: number) => number;
  probeAfterMs: number;
  probeTimeoutMs: number;
  now: () => number;
  reachable: (() => Promise<boolean>) | null;
  maxRefusals: number | null;
}

type TimerName = 'retry' | 'probe' | 'deadline';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * When to connect, reconnect and give up: backoff, liveness probes, reachability checks that
 * tell a refusal from a server that is down, the offline pause. Every change goes through
 * `transition`; every timer it starts is in one place and `dispose` ends them all.
 */
export class ConnectionPolicy {
  private state: ConnectionState = { phase: 'idle' };
  private attempt = 0;
  private closedBeforeOpen = 0;
  private refusals = 0;
  private reachCheck = 0;
  private lastFrameAt = 0;
  private offline = false;
  private starting = false;
  private disposed = false;
  private readonly timers = new Map<TimerName, ReturnType<typeof setTimeout>>();
  private readonly disposers: (() => void)[] = [
    () => {
      for (const timer of this.timers.values()) clearTimeout(timer);
      this.timers.clear();
    },
  ];

  constructor(
    private readonly options: PolicyOptions,
    private readonly act: PolicyActions,
  ) {}

  get connectionState(): ConnectionState {
    return this.state;
  }

  /** The one way the connection changes. */
  transition(event: PolicyEvent): void {
    if (this.disposed) return;
    switch (event.type) {
      case 'start':
        if (this.act.active() || this.timers.has('retry') || this.starting) return;
        // Opened with no network (an installed app started offline): no attempt to count or
        // countdown to show; the network coming back opens it.
        if (this.offline) {
          this.setState({ phase: 'offline' });
          return;
        }
        // Opened a moment later, so that a socket disposed in the same task (React's
        // development double mount) never creates a WebSocket the browser would warn about.
        this.starting = true;
        queueMicrotask(() => {
          this.starting = false;
          if (this.disposed || this.act.active() || this.timers.has('retry')) return;
          if (this.offline) this.setState({ phase: 'offline' });
          else this.open();
        });
        return;
      case 'opened':
        this.attempt = 0;
        this.closedBeforeOpen = 0;
        this.refusals = 0;
        this.setState({ phase: 'connected', since: this.options.now() });
        this.act.post({ type: 'status' });
        this.armProbe();
        return;
      case 'frame':
        // Only a timestamp per frame (a flood brings hundreds a second); the probe timer
        // checks it when it fires.
        this.lastFrameAt = this.options.now();
        if (this.timers.has('deadline')) this.armProbe();
        return;
      case 'closed':
        this.stopProbe();
        this.scheduleRetry(event.beforeOpen);
        return;
      case 'retry-now':
        if (this.offline) return;
        if (this.state.phase !== 'waiting' && this.state.phase !== 'refused') return;
        this.clear('retry');
        this.reachCheck += 1;
        this.open();
        return;
      case 'network':
        this.followNetwork(event.offline);
        return;
      case 'reach-verdict':
        this.classify(event);
        return;
      case 'retry-due':
        this.timers.delete('retry');
        this.open();
        return;
      case 'probe-due':
        this.probeIfSilent();
        return;
      case 'probe-unanswered':
        this.act.drop();
        this.stopProbe();
        this.scheduleRetry(false, 'no-answer');
        return;
      case 'dispose':
        for (const dispose of this.disposers.splice(0)) dispose();
        this.act.drop();
        this.setState({ phase: 'idle' });
        this.disposed = true;
        return;
    }
  }

  private open(): void {
    this.attempt += 1;
    this.setState({ phase: 'connecting', attempt: this.attempt });
    if (!this.act.open()) this.scheduleRetry(true);
  }

  private followNetwork(offline: boolean): void {
    if (offline === this.offline) return;
    this.offline = offline;
    if (offline) {
      this.clear('retry');
      if (this.state.phase !== 'connected') {
        this.act.drop();
        this.setState({ phase: 'offline' });
      }
      return;
    }
    // Back online: connect at once, whatever the backoff had left to wait.
    if (this.state.phase === 'offline' || this.state.phase === 'waiting') {
      this.clear('retry');
      this.reachCheck += 1;
      this.open();
    }
  }

  private scheduleRetry(failedBeforeOpen: boolean, reason?: DisconnectReason): void {
    if (failedBeforeOpen) this.closedBeforeOpen += 1;
    if (this.offline) {
      this.setState({ phase: 'offline' });
      return;
    }
    const attempt = Math.max(1, this.attempt);
    const retryAt = this.options.now() + this.options.delayFor(attempt);
    const { reachable } = this.options;
    if (failedBeforeOpen && reachable) {
      // The retry waits for the verdict, so every failed handshake is counted.
      const check = ++this.reachCheck;
      this.setState({ phase: 'waiting', attempt, retryAt, reason: 'not-open' });
      const verdict = (answers: boolean) =>
        this.transition({ type: 'reach-verdict', check, answers, attempt, retryAt });
      void reachable().then(verdict, () => verdict(false));
      return;
    }
    const why: DisconnectReason =
      reason ?? (this.closedBeforeOpen >= UNREACHABLE_AFTER_ATTEMPTS ? 'unreachable' : 'closed');
    this.waitThenOpen(attempt, retryAt, why);
  }

  /** A failed handshake, explained: refused by a server that answers, or nothing there. */
  private classify({
    check,
    answers,
    attempt,
    retryAt,
  }: Extract<PolicyEvent, { type: 'reach-verdict' }>): void {
    if (check !== this.reachCheck || this.state.phase !== 'waiting') return;
    if (!answers) {
      this.refusals = 0;
      this.waitThenOpen(attempt, retryAt, 'unreachable');
      return;
    }
    this.refusals += 1;
    const max = this.options.maxRefusals;
    if (max !== null && this.refusals >= max) {
      this.setState({ phase: 'refused', refusals: this.refusals });
      return;
    }
    this.waitThenOpen(attempt, retryAt, 'refused');
  }

  private waitThenOpen(attempt: number, retryAt: number, reason: DisconnectReason): void {
    const state: ConnectionState = { phase: 'waiting', attempt, retryAt, reason };
    if (reason === 'unreachable') state.host = hostOf(this.options.url);
    if (reason === 'refused') state.refusals = this.refusals;
    this.setState(state);
    this.after('retry', Math.max(0, retryAt - this.options.now()), { type: 'retry-due' });
  }

  private armProbe(): void {
    this.stopProbe();
    this.lastFrameAt = this.options.now();
    this.after('probe', this.options.probeAfterMs, { type: 'probe-due' });
  }

  private probeIfSilent(): void {
    const silentFor = this.options.now() - this.lastFrameAt;
    if (silentFor < this.options.probeAfterMs) {
      this.after('probe', this.options.probeAfterMs - silentFor, { type: 'probe-due' });
      return;
    }
    this.timers.delete('probe');
    this.act.post({ type: 'status' });
    this.after('deadline', this.options.probeTimeoutMs, { type: 'probe-unanswered' });
  }

  private stopProbe(): void {
    this.clear('probe');
    this.clear('deadline');
  }

  /** Sends `event` to `transition` in `ms` (replacing the timer of that name). */
  private after(name: TimerName, ms: number, event: PolicyEvent): void {
    this.clear(name);
    this.timers.set(
      name,
      setTimeout(() => this.transition(event), ms),
    );
  }

  private clear(name: TimerName): void {
    clearTimeout(this.timers.get(name));
    this.timers.delete(name);
  }

  private setState(next: ConnectionState): void {
    this.state = next;
    this.act.state(next);
  }
}
