import type { Settings } from '../config/settings';

/** Theme, transparency, density and font size belong to the page, not to one component. */
export function applyAppearance(settings: Settings, root: HTMLElement, win: Window): () => void {
  // The featured overlay is for a browser source: transparent around its card.
  const transparent = settings.transparent || settings.featured || settings.poll;
  root.classList.toggle('transparent-page', transparent);
  root.classList.toggle('widget-page', settings.widget);
  if (settings.fontSize !== undefined)
    root.style.setProperty('--chat-font-size', `${settings.fontSize}px`);
  // A transparent page keeps the plain (light) colour scheme whatever its theme: a browser
  // paints an opaque backdrop behind an iframe whose scheme differs from the embedding page's.
  const setTheme = (dark: boolean) => {
    root.classList.toggle('dark', dark);
    root.style.colorScheme = transparent ? 'only light' : dark ? 'dark' : 'light';
  };
  if (settings.theme !== 'system') {
    setTheme(settings.theme === 'dark');
    return () => undefined;
  }
  const query = win.matchMedia('(prefers-color-scheme: dark)');
  const follow = () => setTheme(query.matches);
  follow();
  query.addEventListener('change', follow);
  return () => query.removeEventListener('change', follow);
}
