import { updateOffer, type Reload } from './update-offer';

/** How often an open page asks whether a new build has been deployed. */
export const CHECK_EVERY_MS = 60 * 60_000;
/** Coming back to the window asks too, at most this often. */
export const FOCUS_CHECK_AFTER_MS = 60_000;

/** What of a ServiceWorkerRegistration the watcher uses. */
export interface WorkerRegistration extends EventTarget {
  readonly installing: {
    readonly state: string;
    addEventListener: EventTarget['addEventListener'];
  } | null;
  readonly waiting: { postMessage(message: unknown): void } | null;
  readonly active: unknown;
  update(): Promise<unknown>;
}

/** What of the page the watcher uses: `navigator.serviceWorker` and `location`, the clock. */
export interface WatchedPage {
  addEventListener: Window['addEventListener'];
  removeEventListener: Window['removeEventListener'];
  navigator: { onLine: boolean; serviceWorker: EventTarget };
  location: { reload(): void };
  now?: () => number;
}

/**
 * Follows a registration: offers the streamer a reload once a new build is installed and
 * waiting (at load, or found later), and asks for a new build every hour and when the window
 * comes back into focus (not while offline). The reload lets the new worker take over first,
 * then loads the page from it; nothing else ever reloads the page. Returns the stop.
 */
export function watchForUpdates(
  registration: WorkerRegistration,
  page: WatchedPage,
  offer: (reload: Reload) => void = updateOffer.set,
): () => void {
  const now = page.now ?? (() => Date.now());
  const reload = () => {
    const waiting = registration.waiting;
    if (!waiting) {
      // Already taken over (the streamer reloaded another tab): the page only loads again.
      page.location.reload();
      return;
    }
    page.navigator.serviceWorker.addEventListener(
      'controllerchange',
      () => page.location.reload(),
      {
        once: true,
      },
    );
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  // A first install has no active worker yet: nothing older to replace, nothing to offer.
  const offerIfWaiting = () => {
    if (registration.waiting && registration.active) offer(reload);
  };
  const followInstalling = () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offerIfWaiting();
    });
  };

  let checkedAt = now();
  const check = () => {
    if (!page.navigator.onLine || registration.installing) return;
    checkedAt = now();
    // A server that does not answer is the next check's business.
    registration.update().catch(() => undefined);
  };
  const onFocus = () => {
    if (now() - checkedAt >= FOCUS_CHECK_AFTER_MS) check();
  };

  offerIfWaiting();
  followInstalling();
  registration.addEventListener('updatefound', followInstalling);
  page.addEventListener('focus', onFocus);
  const timer = setInterval(check, CHECK_EVERY_MS);
  return () => {
    clearInterval(timer);
    page.removeEventListener('focus', onFocus);
    registration.removeEventListener('updatefound', followInstalling);
  };
}

/** Registers the worker beside the page (`./sw.js`: its scope is the app's folder) and follows it. */
export async function registerServiceWorker(win: Window): Promise<void> {
  try {
    const registration = await win.navigator.serviceWorker.register('./sw.js');
    watchForUpdates(registration, win);
  } catch {
    // No worker (a private window, a host without https): the app works, online only.
  }
}
