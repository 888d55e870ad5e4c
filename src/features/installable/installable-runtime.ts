/** What loads on demand (one small file): the worker's registration and the update notice. */
export { registerServiceWorker } from './service-worker';
export { UpdateNotice } from './update-notice';
