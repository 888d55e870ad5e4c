/**
 * The service worker (built by vite-plugin-pwa's injectManifest into dist/sw.js, with the list
 * of the build's files). It answers from its cache only the app's own files and the app's own
 * page; every other request (the multistreamer's API and home, avatars, the emote providers)
 * has no route here and goes to the network as if there were no worker.
 */
import { clientsClaim } from 'workbox-core';
import {
  addPlugins,
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
  type PrecacheEntry,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

/** What of ServiceWorkerGlobalScope this file uses (the app's types are the page's, not a worker's). */
interface WorkerScope {
  __WB_MANIFEST: Array<PrecacheEntry | string>;
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

// As the page (meta referrer), the worker's own requests say nothing of where they come from.
addPlugins([
  {
    requestWillFetch: async ({ request }) =>
      new Request(request, { referrerPolicy: 'no-referrer' }),
  },
]);
// The built files, each at its exact address (no directory index, no query ignored): a request
// for the server's home, `/`, is not the app's page even where the app is hosted there.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST, {
  directoryIndex: '',
  cleanURLs: false,
  ignoreURLParametersMatching: [],
});
cleanupOutdatedCaches();

// The app's page: a navigation to the worker's folder itself or its index.html, with any query
// (the dashboard's address carries server, stream and options). Nothing else in the folder.
const folder = new URL(worker.registration.scope).pathname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    allowlist: [new RegExp(`^${folder}(?:index\\.html)?(?:\\?.*)?$`)],
  }),
);

// The first install controls the open pages at once (they open offline from then on); a new
// build waits until the streamer chooses Reload, which sends this.
clientsClaim();
worker.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void worker.skipWaiting();
});
