import { i18n } from '@lingui/core';
import type { Timestamps } from '../../features/reading';

type TimeFormat = Exclude<Timestamps, 'off'>;

const OPTIONS: Record<TimeFormat | 'full', Intl.DateTimeFormatOptions> = {
  '24h': { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  '12h': { hour: 'numeric', minute: '2-digit', hourCycle: 'h12' },
  // The full date, shown on hover and keyboard focus.
  full: { dateStyle: 'full', timeStyle: 'medium' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** A formatter in the interface's language (made once per language and format). */
export function dateFormat(kind: TimeFormat | 'full'): Intl.DateTimeFormat {
  const key = `${i18n.locale}|${kind}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(i18n.locale || undefined, OPTIONS[kind]);
    formats.set(key, format);
  }
  return format;
}

/** A time in lists (search results, a user card): as the log shows it, 24 h when off. */
export function listTime(at: number, timestamps: Timestamps): string {
  return dateFormat(timestamps === '12h' ? '12h' : '24h').format(at);
}
