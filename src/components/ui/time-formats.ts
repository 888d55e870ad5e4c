import type { Timestamps } from '../../features/reading';

/** A line's time as the streamer chose (Settings, Timestamps). */
export const TIME_FORMATS: Record<Exclude<Timestamps, 'off'>, Intl.DateTimeFormat> = {
  '24h': new Intl.DateTimeFormat(undefined, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }),
  '12h': new Intl.DateTimeFormat(undefined, {
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h12',
  }),
};

/** The full date, shown on hover and keyboard focus. */
export const FULL_DATE = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'full',
  timeStyle: 'medium',
});

/** A time in lists (search results, a user card): as the log shows it, 24 h when off. */
export function listTime(at: number, timestamps: Timestamps): string {
  return TIME_FORMATS[timestamps === '12h' ? '12h' : '24h'].format(at);
}
