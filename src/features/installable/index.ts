/**
 * Installable and offline: the service worker that keeps the app's files on the device (built
 * by vite-plugin-pwa, scripts/installable.ts), registered after the first page has loaded, and
 * the quiet "New version: reload" notice when a new build has been deployed.
 */
export { startServiceWorker } from './start';
export { UpdateSlot } from './update-slot';
