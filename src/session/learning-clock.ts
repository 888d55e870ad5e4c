/**
 * The time a device has followed a stream's chat: what was kept from earlier visits plus this
 * page's spans of following (connected and shown). A clock that goes back adds nothing.
 */
export class LearningClock {
  private kept = 0;
  private counted = 0;
  private since: number | null = null;

  /** Adds the time kept from earlier visits (read once the device's database answers). */
  addKept(ms: number): void {
    this.kept += ms;
  }

  /** Following starts or stops at `now`; the span so far is counted. */
  set(following: boolean, now: number): void {
    if (this.since !== null) this.counted += Math.max(0, now - this.since);
    this.since = following ? now : null;
  }

  /** All the time followed, up to `now`. */
  followed(now: number): number {
    const running = this.since === null ? 0 : Math.max(0, now - this.since);
    return this.kept + this.counted + running;
  }
}

/** Whole minutes still to learn (rounded up), 0 once learned. */
export function minutesLeft(followedMs: number, learnMinutes: number): number {
  return Math.max(0, Math.ceil((learnMinutes * 60_000 - followedMs) / 60_000));
}
