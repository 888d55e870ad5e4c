import type { Settings } from '../../config/settings';
import type { ChatViewOptions } from './chat-log';

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
