import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CHECK_EVERY_MS,
  FOCUS_CHECK_AFTER_MS,
  watchForUpdates,
  type WatchedPage,
  type WorkerRegistration,
} from './service-worker';

/** A service worker as its registration lists it: its state, and what the page posted to it. */
class FakeWorker extends EventTarget {
  posted: unknown[] = [];
  constructor(public state: string) {
    super();
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  become(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget implements WorkerRegistration {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  active: FakeWorker | null = null;
  updates = 0;
  update() {
    this.updates += 1;
    return Promise.resolve();
  }
  /** A new build found: installing, then installed and waiting. */
  found(): FakeWorker {
    const worker = new FakeWorker('installing');
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    return worker;
  }
  installed(worker: FakeWorker) {
    this.installing = null;
    this.waiting = worker;
    worker.become('installed');
  }
}

let page: WatchedPage & EventTarget;
let reloads: number;
let online: boolean;
let container: EventTarget;

beforeEach(() => {
  vi.useFakeTimers();
  reloads = 0;
  online = true;
  container = new EventTarget();
  const target = new EventTarget();
  page = Object.assign(target, {
    navigator: {
      get onLine() {
        return online;
      },
      serviceWorker: container,
    },
    location: { reload: () => (reloads += 1) },
  }) as unknown as WatchedPage & EventTarget;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('a new build deployed over the running one', () => {
  it('is offered once installed, and Reload lets it take over before the page loads again', () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    const offers: Array<() => void> = [];
    watchForUpdates(registration, page, (reload) => offers.push(reload));

    const next = registration.found();
    expect(offers).toHaveLength(0);
    registration.installed(next);
    expect(offers).toHaveLength(1);

    offers[0]!();
    expect(next.posted).toEqual([{ type: 'SKIP_WAITING' }]);
    // Nothing reloads until the new worker controls the page.
    expect(reloads).toBe(0);
    container.dispatchEvent(new Event('controllerchange'));
    expect(reloads).toBe(1);
  });

  it('a build already waiting when the page opens is offered at once', () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    registration.waiting = new FakeWorker('installed');
    const offers: Array<() => void> = [];
    watchForUpdates(registration, page, (reload) => offers.push(reload));
    expect(offers).toHaveLength(1);
  });

  it('the first install offers nothing (there is nothing older to replace)', () => {
    const registration = new FakeRegistration();
    const offers: Array<() => void> = [];
    watchForUpdates(registration, page, (reload) => offers.push(reload));
    registration.installed(registration.found());
    expect(offers).toHaveLength(0);
  });

  it('taken over already (another tab chose Reload), Reload only loads the page again', () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    const offers: Array<() => void> = [];
    watchForUpdates(registration, page, (reload) => offers.push(reload));
    registration.installed(registration.found());
    registration.waiting = null;
    offers[0]!();
    expect(reloads).toBe(1);
  });
});

describe('looking for a new build', () => {
  it('every hour, and on focus at most once a minute, never while offline', () => {
    const registration = new FakeRegistration();
    registration.active = new FakeWorker('activated');
    const stop = watchForUpdates(registration, page, () => undefined);

    vi.advanceTimersByTime(CHECK_EVERY_MS - 1);
    expect(registration.updates).toBe(0);
    vi.advanceTimersByTime(1);
    expect(registration.updates).toBe(1);

    // Focus right after a check: not again yet.
    page.dispatchEvent(new Event('focus'));
    expect(registration.updates).toBe(1);
    vi.advanceTimersByTime(FOCUS_CHECK_AFTER_MS);
    page.dispatchEvent(new Event('focus'));
    expect(registration.updates).toBe(2);

    online = false;
    vi.advanceTimersByTime(CHECK_EVERY_MS);
    page.dispatchEvent(new Event('focus'));
    expect(registration.updates).toBe(2);

    online = true;
    stop();
    vi.advanceTimersByTime(CHECK_EVERY_MS);
    page.dispatchEvent(new Event('focus'));
    expect(registration.updates).toBe(2);
  });

  it('a check that fails (the server is down) is left to the next one', async () => {
    const registration = new FakeRegistration();
    let tries = 0;
    // (An unhandled rejection would fail the test run.)
    registration.update = () => {
      tries += 1;
      return Promise.reject(new Error('Failed to fetch'));
    };
    watchForUpdates(registration, page, () => undefined);
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    expect(tries).toBe(1);
    await vi.advanceTimersByTimeAsync(CHECK_EVERY_MS);
    expect(tries).toBe(2);
  });
});
