import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
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
export const MIN_COLUMN_WIDTH = 1;
export const MAX_COLUMN_WIDTH = 3;
const MAX_FILTER_CHARS = 200;
const STREAM_ID = /^[1-9]\d{0,9}$/;

/** A part of an address as a notice names it, clipped so the notice stays short. */
function clipped(part: string): string {
  return part.length > 40 ? `${part.slice(0, 40)}…` : part;
}

/**
 * Why a `stream=` or `deck=` part is not a stream id; null when it is one. Problems are Lingui
 * message descriptors: read before the page's language is known, drawn in it when shown.
 */
export function streamIdProblem(part: string): MessageDescriptor | null {
  const shown = clipped(part);
  return STREAM_ID.test(part) ? null : msg`Stream “${shown}” is not a stream id`;
}

/**
 * Reads `deck=21,34*2,21:network%3Ayoutube`: stream, optional width (clamped to 1–3),
 * optional filter. Nothing is dropped silently: each part left out or changed is named in
 * `problems`.
 */
export function readDeck(value: string): {
  columns: DeckColumn[];
  problems: MessageDescriptor[];
} {
  const columns: DeckColumn[] = [];
  const problems: MessageDescriptor[] = [];
  const entries = value.split(',').map((entry) => entry.trim());
  for (const [index, entry] of entries.entries()) {
    if (!entry) continue;
    if (columns.length === MAX_DECK_COLUMNS) {
      const [max, more] = [MAX_DECK_COLUMNS, entries.length - index];
      problems.push(msg`A deck has at most ${max} columns: ${more} more left out`);
      break;
    }
    const colon = entry.indexOf(':');
    const head = colon < 0 ? entry : entry.slice(0, colon);
    const rawFilter = colon < 0 ? '' : entry.slice(colon + 1);
    const star = head.indexOf('*');
    const stream = star < 0 ? head : head.slice(0, star);
    const problem = streamIdProblem(stream);
    if (problem) {
      problems.push(problem);
      continue;
    }
    let width = MIN_COLUMN_WIDTH;
    const column = columns.length + 1;
    if (star >= 0) {
      const asked = head.slice(star + 1);
      const number = /^\d{1,12}$/.test(asked) ? Number(asked) : NaN;
      width = Number.isNaN(number)
        ? MIN_COLUMN_WIDTH
        : Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, number));
      if (number !== width) {
        const [shown, min, max] = [clipped(asked), MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH];
        problems.push(
          msg`Column ${column} (stream ${stream}): width “${shown}” is not ${min} to ${max}, so it is ${width}`,
        );
      }
    }
    let filter: string | undefined;
    if (rawFilter) {
      try {
        filter = decodeURIComponent(rawFilter).trim() || undefined;
      } catch {
        problems.push(
          msg`Column ${column} (stream ${stream}): its filter is not a valid address part, so it shows every line`,
        );
      }
      if (filter && filter.length > MAX_FILTER_CHARS) {
        const max = MAX_FILTER_CHARS;
        problems.push(
          msg`Column ${column} (stream ${stream}): its filter is longer than ${max} characters, so it is cut there`,
        );
        filter = filter.slice(0, MAX_FILTER_CHARS);
      }
    }
    columns.push({ stream: Number(stream), width, ...(filter && { filter }) });
  }
  return { columns, problems };
}

/** The columns of `deck=…` (see `readDeck`). */
export function parseDeck(value: string): DeckColumn[] {
  return readDeck(value).columns;
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
export function savedDeck(): DeckColumn[] {
  try {
    return parseDeck(pageStorage('localStorage')?.getItem(DECK_STORAGE_KEY) ?? '');
  } catch {
    return [];
  }
}
