import type { Settings } from '../config/settings';

/** Theme, transparency, density and font size belong to the page, not to one component. */
export function applyAppearance(settings: Settings, root: HTMLElement, win: Window): () => void {
  root.classList.toggle('transparent-page', settings.transparent);
  root.classList.toggle('widget-page', settings.widget);
  if (settings.fontSize !== undefined)
    root.style.setProperty('--chat-font-size', `${settings.fontSize}px`);
  if (settings.theme !== 'system') {
    root.classList.toggle('dark', settings.theme === 'dark');
    root.style.colorScheme = settings.theme;
    return () => undefined;
  }
  const query = win.matchMedia('(prefers-color-scheme: dark)');
  const follow = () => {
    root.classList.toggle('dark', query.matches);
    root.style.colorScheme = query.matches ? 'dark' : 'light';
  };
  follow();
  query.addEventListener('change', follow);
  return () => query.removeEventListener('change', follow);
}
