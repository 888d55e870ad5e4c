/**
 * A channel between Chatdeck pages of the same origin (BroadcastChannel): a dashboard and its
 * overlays in OBS, other tabs. Every message read is checked by `read` (null: ignored).
 */
export interface PageChannel<M> {
  post(message: M): void;
  listen(handle: (message: M) => void): () => void;
  close(): void;
}

/** Null where the browser has no BroadcastChannel (the page still works, alone). */
export function pageChannel<M>(
  name: string,
  read: (data: unknown) => M | null,
): PageChannel<M> | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen: (handle) => {
      const onMessage = (event: MessageEvent) => {
        const message = read(event.data);
        if (message) handle(message);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close: () => channel.close(),
  };
}
