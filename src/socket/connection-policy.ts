import type { ConnectionState, DisconnectReason } from '../protocol/connection-state';
import type { ClientCommand } from '../protocol/wire';
import { NETWORK_CHECK_MS, UNREACHABLE_AFTER_ATTEMPTS } from './reconnect-policy';

/** What happened to the connection, as the policy hears it. */
export type PolicyEvent =
  | { type: 'start' }
  | { type: 'opened' }
  | { type: 'frame' }
  | { type: 'closed'; beforeOpen: boolean }
  | { type: 'retry-now' }
  | { type: 'network'; offline: boolean }
  | { type: 'reach-verdict'; check: number; answers: boolean; attempt: number; retryAt: number }
  | { type: 'network-verdict'; check: number; up: boolean; attempt: number; retryAt: number }
  | { type: 'network-due' }
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
  /** Does the page's own host answer? Neither it nor the server: no network. Null: no check. */
  networkUp: (() => Promise<boolean>) | null;
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
        // Opened a moment later, so that a socket disposed in the same task (React's
        // development double mount) never creates a WebSocket the browser would warn about.
        this.starting = true;
        queueMicrotask(() => {
          this.starting = false;
          if (!this.disposed && !this.act.active() && !this.timers.has('retry')) this.open();
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
        if (!['waiting', 'refused', 'offline'].includes(this.state.phase)) return;
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
      case 'network-verdict':
        this.followNetworkCheck(event);
        return;
      case 'network-due':
        this.timers.delete('retry');
        this.checkNetwork(++this.reachCheck, this.attempt, this.options.now());
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
    const was = this.offline;
    this.offline = offline;
    if (offline) {
      if (was) return;
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
      this.checkNetwork(check, attempt, retryAt);
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

  /** The server is silent: is the page's own host too (no network at all)? */
  private checkNetwork(check: number, attempt: number, retryAt: number): void {
    const verdict = (up: boolean) =>
      this.transition({ type: 'network-verdict', check, up, attempt, retryAt });
    void (this.options.networkUp?.() ?? Promise.resolve(true)).then(verdict, () => verdict(false));
  }

  /** Nothing answers, not even the page's host: "Offline" (no countdown), looked for now and then. */
  private followNetworkCheck(event: Extract<PolicyEvent, { type: 'network-verdict' }>): void {
    const { phase } = this.state;
    if (event.check !== this.reachCheck || this.offline) return;
    if (phase !== 'waiting' && phase !== 'offline') return;
    if (!event.up) {
      this.setState({ phase: 'offline' });
      this.after('retry', NETWORK_CHECK_MS, { type: 'network-due' });
    } else if (phase === 'waiting') this.waitThenOpen(event.attempt, event.retryAt, 'unreachable');
    else this.open();
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
