/**
 * Registers the service worker once the page has loaded (its module loads only then: the first
 * page does not wait for it). Built pages only: `npm start` never registers one.
 */
export function startServiceWorker(win: Window): void {
  if (!('serviceWorker' in win.navigator)) return;
  const register = () => {
    void import('./installable-runtime').then(({ registerServiceWorker }) =>
      registerServiceWorker(win),
    );
  };
  if (win.document.readyState === 'complete') register();
  else win.addEventListener('load', register, { once: true });
}
