import type { CSSProperties } from 'react';
import { FULL_DATE, TIME_FORMATS } from '../../components/ui/time-formats';
import type { ImagePolicy } from '../../protocol/image-hosts';
import type { HistoryLine } from '../../store/slices/history';
import { authorColor } from './author-color';

/**
 * What a row shows of a line besides its text (its dates, whether its picture may be fetched),
 * worked out once per line, the first time a row shows it, and kept with the line: a row drawn
 * again, or drawn for the same line in another column, does none of it again. Lines a flood
 * brings past unseen never pay for it.
 */
interface LineFacts {
  iso: string;
  fullDate: string;
  times: Partial<Record<keyof typeof TIME_FORMATS, string>>;
  picture?: { images: ImagePolicy; allowed: boolean };
}

const facts = new WeakMap<HistoryLine, LineFacts>();

function timeOf(line: HistoryLine): number {
  return line.timestamp ?? line.receivedAt;
}

export function lineFacts(line: HistoryLine): LineFacts {
  let found = facts.get(line);
  if (!found) {
    const at = new Date(timeOf(line));
    found = { iso: at.toISOString(), fullDate: FULL_DATE.format(at), times: {} };
    facts.set(line, found);
  }
  return found;
}

/** The line's time as the streamer chose it (24 h or 12 h). */
export function lineTime(line: HistoryLine, format: keyof typeof TIME_FORMATS): string {
  const known = lineFacts(line);
  return (known.times[format] ??= TIME_FORMATS[format].format(timeOf(line)));
}

/** Whether the author's picture may be fetched under `images`. */
export function pictureAllowed(line: HistoryLine, images: ImagePolicy): boolean {
  const picture = line.from.picture;
  if (!picture) return false;
  const known = lineFacts(line);
  if (known.picture?.images !== images) {
    known.picture = { images, allowed: images.allows(picture) };
  }
  return known.picture.allowed;
}

const AUTHOR_STYLES_KEPT = 5_000;
const authorStyles = new Map<string, CSSProperties>();

/** The author's colour pair as a style, one object per name (the newest few thousand names). */
export function authorStyle(name: string): CSSProperties {
  let style = authorStyles.get(name);
  if (!style) {
    if (authorStyles.size >= AUTHOR_STYLES_KEPT) authorStyles.clear();
    style = authorColor(name) as CSSProperties;
    authorStyles.set(name, style);
  }
  return style;
}
