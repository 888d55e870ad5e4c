import { pageStorage } from '../../config/page-storage';
import { LINES_STORE } from '../../session/device-db';

/**
 * The lines a page leaves in local storage as it goes away (`pagehide`: a reload, a closed
 * tab), when the device's database may not finish writing them; the next page of the stream
 * stores them. Read like anything from outside: only records under the stream's own keys, and
 * their values are checked when read back like every kept line.
 */

/** Lines at most in the note (the last moment's, normally few). */
const UNSAVED_MAX = 1_000;

export interface UnsavedRecord {
  key: string;
  value: unknown;
}

/** The page's local storage where it may be used (a widget in a sandboxed frame may not). */
export function defaultJournal(): Storage | null {
  return typeof window === 'undefined' ? null : pageStorage('localStorage');
}

const noteName = (prefix: string) => `chatdeck:unsaved:${prefix}`;

/** The records a page left as it went away, for this stream only (keys under its prefix). */
function readUnsaved(journal: Storage | null, prefix: string): UnsavedRecord[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(journal?.getItem(noteName(prefix)) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed
    .slice(-UNSAVED_MAX)
    .filter(
      (record): record is UnsavedRecord =>
        typeof record === 'object' &&
        record !== null &&
        typeof (record as { key?: unknown }).key === 'string' &&
        (record as { key: string }).key.startsWith(prefix) &&
        'value' in record,
    );
}

/** Adds these records to the note (as the page goes away). */
export function noteUnsaved(
  journal: Storage | null,
  prefix: string,
  records: readonly UnsavedRecord[],
): void {
  try {
    const notes = readUnsaved(journal, prefix).concat(records);
    journal?.setItem(noteName(prefix), JSON.stringify(notes.slice(-UNSAVED_MAX)));
  } catch {
    // Local storage full or refused: the database's own write is all there is.
  }
}

/** Stores what the last page left in the note, then forgets the note. */
export async function storeUnsaved(
  db: IDBDatabase,
  journal: Storage | null,
  prefix: string,
): Promise<void> {
  const unsaved = readUnsaved(journal, prefix);
  if (unsaved.length > 0) {
    await new Promise<void>((resolve) => {
      const transaction = db.transaction(LINES_STORE, 'readwrite');
      for (const { key, value } of unsaved) transaction.objectStore(LINES_STORE).put(value, key);
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => resolve();
      transaction.onabort = () => resolve();
    });
  }
  journal?.removeItem(noteName(prefix));
}
