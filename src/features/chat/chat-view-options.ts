import type { Settings } from '../../config/settings';

/** How the chat is shown, from the page's settings (one place: see chatViewOptions). */
export interface ChatViewOptions {
  hideIrc: boolean;
  hidePm: boolean;
  compact: boolean;
  showPicture: boolean;
  fromBottom: boolean;
  /** Seconds after which a line fades out; null keeps lines. */
  fadeoutSeconds: number | null;
}

/**
 * How the chat looks on this page, from its settings: the one place that reads them for the
 * chat. Lines fade out only in widgets; the dashboard keeps every line.
 */
export function chatViewOptions(
  settings: Settings,
  { widget }: { widget: boolean },
): ChatViewOptions {
  return {
    hideIrc: settings.hideIrc,
    hidePm: settings.hidePm,
    compact: settings.compact,
    showPicture: settings.showPicture,
    fromBottom: settings.fromBottom,
    fadeoutSeconds: widget ? settings.fadeoutSeconds : null,
  };
}
