import { hostsOnly } from '../../protocol/safe-url';
import type { HistoryLine } from '../../store/slices/history';

/** At most one desktop notification this often. */
export const NOTIFY_EVERY_MS = 10_000;
const BODY_CHARS = 200;

/** What the notifier needs of the browser's Notification (a stub in tests). */
export interface NotificationLike {
  onclick: ((event: Event) => void) | null;
  close(): void;
}
export type NotificationMaker = (title: string, options: NotificationOptions) => NotificationLike;

/**
 * Shows a highlighted line as a desktop notification while the page is hidden, at most one
 * each NOTIFY_EVERY_MS (the rest are in the log). Clicking it brings the page back and asks
 * `onOpen` to show that line.
 */
export class HighlightNotifier {
  private lastShown = -Infinity;

  constructor(
    private readonly make: NotificationMaker,
    private readonly onOpen: (line: HistoryLine) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Shows the line unless one was shown less than NOTIFY_EVERY_MS ago; true when shown. */
  offer(
    line: HistoryLine,
    { networkName, streamerMode }: { networkName: string; streamerMode: boolean },
  ): boolean {
    const now = this.now();
    if (now - this.lastShown < NOTIFY_EVERY_MS) return false;
    this.lastShown = now;
    const text = streamerMode ? hostsOnly(line.text) : line.text;
    const body = text.length > BODY_CHARS ? `${text.slice(0, BODY_CHARS)}…` : text;
    const notification = this.make(`${line.from.name} on ${networkName}`, {
      body,
      // One at a time on screen: a newer one takes the place of the last.
      tag: 'chatdeck-highlight',
      lang: '',
      dir: 'auto',
    });
    notification.onclick = () => {
      notification.close();
      this.onOpen(line);
    };
    return true;
  }
}
