/**
 * The page's session or local storage, or null where the browser refuses it: merely reading
 * `window.localStorage` throws in sandboxed frames and where third-party storage is blocked,
 * and a widget in someone else's iframe must still work.
 */
export function pageStorage(name: 'sessionStorage' | 'localStorage'): Storage | null {
  try {
    const storage = window[name];
    const probe = 'chatdeck:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** A storage that forgets everything on reload: the stand-in where the real one is refused. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, String(value)),
  };
}
