/**
 * Chatdeck's database on this device (IndexedDB): what is kept across reloads and restarts.
 * Opening it fails in private windows and sandboxed frames; callers then keep working from
 * memory.
 */
export const DEVICE_DB_NAME = 'chatdeck';
export const DEVICE_DB_VERSION = 3;
/** First seen time of each chatter, by `<server> <stream> <chatter key>`. */
export const CHATTERS_STORE = 'chatters';
/** Chat lines kept, by `<server> <stream> <received at> <page> <seq>` (oldest first). */
export const LINES_STORE = 'lines';
/** Viewers over time and chat per minute of the live stream, by `<server> <stream>`. */
export const STATS_STORE = 'stats';
/**
 * The streamer's assistant: questions of a stream by `<server> <stream> questions`; notes,
 * nicknames and linked identities by `<server> people`.
 */
export const ASSISTANT_STORE = 'assistant';

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
      for (const name of [CHATTERS_STORE, LINES_STORE, STATS_STORE, ASSISTANT_STORE]) {
        if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
      }
    };
    request.onerror = () => reject(request.error ?? new Error('The device database did not open.'));
    request.onblocked = () => reject(new Error('The device database is held by an older page.'));
    // An older page holding the database closes it when a newer version is asked for.
    request.onsuccess = () => {
      request.result.onversionchange = () => request.result.close();
      resolve(request.result);
    };
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

/**
 * One record of the device database by key, read and written whole (the assistant's small
 * records). Where the browser keeps nothing, reads give undefined and writes do nothing.
 */
export interface DeviceRecord<T> {
  read(): Promise<T | undefined>;
  write(value: T): void;
  close(): void;
}

export function deviceRecord<T>(store: string, key: string, factory?: IDBFactory): DeviceRecord<T> {
  const opening = openDeviceDb(factory).catch(() => null);
  let closed = false;
  return {
    async read() {
      const db = await opening;
      if (!db || closed) return undefined;
      try {
        return (await requested(db.transaction(store).objectStore(store).get(key))) as
          T | undefined;
      } catch {
        return undefined;
      }
    },
    write(value) {
      // Written even when closed just after: close() waits for this transaction.
      void opening.then((db) => {
        if (!db) return;
        try {
          db.transaction(store, 'readwrite').objectStore(store).put(value, key);
        } catch {
          // A full or closing database: the value lives in memory until the next write.
        }
      });
    },
    close() {
      closed = true;
      void opening.then((db) => db?.close());
    },
  };
}
