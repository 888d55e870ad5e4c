import type { StreamStore } from '../store/stream-store';
import type { KnownChatters } from './known-chatters';

/** The followed time is shown and kept this often while a page is open. */
export const LEARNING_TICK_MS = 15_000;

/**
 * Counts the time this page follows the stream's chat (connected, and shown when there is a
 * window) into the chatters' book, and says it in the store: the dashboard tells how long the
 * device still learns who chats before it marks first-time chatters. Returns the function that
 * stops counting (the time so far is kept).
 */
export function followLearning(
  store: StreamStore,
  book: KnownChatters,
  /** Settles once the book has read what the device knows. */
  read: Promise<void>,
  win?: Window,
): () => void {
  let following: boolean | null = null;
  const update = () => {
    const now =
      store.getState().connection.phase === 'connected' &&
      (!win || win.document.visibilityState === 'visible');
    if (now !== following) {
      following = now;
      book.follow(now);
    }
    if (book.loaded) store.getState().setFollowedMs(book.followedMs());
  };
  update();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.connection.phase !== previous.connection.phase) update();
  });
  win?.document.addEventListener('visibilitychange', update);
  const timer = setInterval(() => {
    update();
    book.flush();
  }, LEARNING_TICK_MS);
  void read.then(update);
  return () => {
    clearInterval(timer);
    unsubscribe();
    win?.document.removeEventListener('visibilitychange', update);
    book.follow(false);
  };
}
