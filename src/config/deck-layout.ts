import { pageStorage } from './page-storage';

/** One column of the deck: a stream, or a filtered view of its chat; wider or narrower. */
export interface DeckColumn {
  stream: number;
  /** Search syntax (`network:youtube`, `is:pm`…): this column shows only matching lines. */
  filter?: string;
  /** Share of the width: 1 to 3. */
  width: number;
}

export const MAX_DECK_COLUMNS = 9;
const ENTRY = /^([1-9]\d{0,9})(?:\*([1-3]))?(?::(.{1,200}))?$/;

/** Reads `deck=21,34*2,21:network%3Ayoutube`: stream, optional width, optional filter. */
export function parseDeck(value: string): DeckColumn[] {
  const columns: DeckColumn[] = [];
  for (const entry of value.split(',')) {
    const match = ENTRY.exec(entry.trim());
    if (!match) continue;
    let filter: string | undefined;
    try {
      filter = match[3] ? decodeURIComponent(match[3]).trim() || undefined : undefined;
    } catch {
      continue;
    }
    columns.push({
      stream: Number(match[1]),
      width: Number(match[2] ?? 1),
      ...(filter && { filter }),
    });
    if (columns.length === MAX_DECK_COLUMNS) break;
  }
  return columns;
}

/** The `deck=` value of a layout (the inverse of parseDeck). */
export function serializeDeck(columns: readonly DeckColumn[]): string {
  return columns
    .map(
      ({ stream, width, filter }) =>
        `${stream}${width > 1 ? `*${width}` : ''}${filter ? `:${encodeURIComponent(filter)}` : ''}`,
    )
    .join(',');
}

/** The streams a layout needs connections to, each once, in first-seen order. */
export function deckStreams(columns: readonly DeckColumn[]): number[] {
  return [...new Set(columns.map((column) => column.stream))];
}

/** Where this device keeps the last deck layout (for `?deck` without a value). */
export const DECK_STORAGE_KEY = 'chatdeck:deck';

/** The layout kept on this device; empty when there is none or storage is refused. */
export function keptDeck(): DeckColumn[] {
  try {
    return parseDeck(pageStorage('localStorage')?.getItem(DECK_STORAGE_KEY) ?? '');
  } catch {
    return [];
  }
}
