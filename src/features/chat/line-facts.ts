import { i18n } from '@lingui/core';
import { dateFormat } from '../../components/ui/time-formats';
import type { ImagePolicy } from '../../protocol/image-hosts';
import type { HistoryLine } from '../../store/slices/history';

/**
 * What a row shows of a line besides its text (its dates, whether its picture may be fetched),
 * worked out once per line, the first time a row shows it, and kept with the line: a row drawn
 * again, or drawn for the same line in another column, does none of it again. Lines a flood
 * brings past unseen never pay for it.
 */
interface LineFacts {
  iso: string;
  /** In the interface's language (worked out again after a switch). */
  fullDate: string;
  locale: string;
  /** By time format (`24h`, `12h`), and by image policy whether the picture may be fetched. */
  known: Map<unknown, string | boolean>;
}

const facts = new WeakMap<HistoryLine, LineFacts>();

export function lineFacts(line: HistoryLine): LineFacts {
  let found = facts.get(line);
  if (!found || found.locale !== i18n.locale) {
    const at = new Date(line.timestamp ?? line.receivedAt);
    found = {
      iso: at.toISOString(),
      fullDate: dateFormat('full').format(at),
      locale: i18n.locale,
      known: new Map(),
    };
    facts.set(line, found);
  }
  return found;
}

/** The line's time as the streamer chose it (24 h or 12 h). */
export function lineTime(line: HistoryLine, format: '24h' | '12h'): string {
  const { known } = lineFacts(line);
  let time = known.get(format);
  if (typeof time !== 'string') {
    time = dateFormat(format).format(line.timestamp ?? line.receivedAt);
    known.set(format, time);
  }
  return time;
}

/** Whether the author's picture may be fetched under `images`. */
export function pictureAllowed(line: HistoryLine, images: ImagePolicy): boolean {
  const { known } = lineFacts(line);
  let allowed = known.get(images);
  if (typeof allowed !== 'boolean') {
    allowed = !!line.from.picture && images.allows(line.from.picture);
    known.set(images, allowed);
  }
  return allowed;
}
