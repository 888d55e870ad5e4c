/**
 * Chatdeck's database on this device (IndexedDB): what is kept across reloads and restarts.
 * Opening it fails in private windows and sandboxed frames; callers then keep working from
 * memory.
 */
export const DEVICE_DB_NAME = 'chatdeck';
export const DEVICE_DB_VERSION = 1;
/** First seen time of each chatter, by `<server> <stream> <chatter key>`. */
export const CHATTERS_STORE = 'chatters';

export function openDeviceDb(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(new Error('This browser keeps nothing on this device (no IndexedDB).'));
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DEVICE_DB_NAME, DEVICE_DB_VERSION);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(CHATTERS_STORE)) db.createObjectStore(CHATTERS_STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('The device database did not open.'));
    request.onblocked = () => reject(new Error('The device database is held by an older page.'));
  });
}

/** A request as a promise. */
export function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('A device database request failed.'));
  });
}

/** Keys of one stream sort together: `<server>\u0001<stream>\u0001…`. */
export function streamKeyPrefix(server: string, streamId: number): string {
  return `${server}\u0001${streamId}\u0001`;
}

/** Every key that starts with `prefix`. */
export function prefixRange(prefix: string): IDBKeyRange {
  return IDBKeyRange.bound(prefix, `${prefix}\uffff`);
}
