import { t } from '@lingui/core/macro';
import type { MultistreamerLink } from '../../config/multistreamer-url';

const optionNames = (): Record<string, string> => ({
  widget: t`chat only`,
  font_size: t`font size`,
  hide_irc: t`hide IRC`,
  hide_pm: t`hide private messages`,
  from_bottom: t`from the bottom`,
  show_picture: t`pictures`,
  fadeout: t`fade out`,
  compact: t`compact`,
  night_mode: t`night mode`,
});

/** What was read of a pasted multistreamer address, said back to the streamer. */
export function describeLink(link: MultistreamerLink): string {
  const names = optionNames();
  const options = link.options
    .map(([name, value]) =>
      value && name !== 'night_mode' ? `${names[name]} ${value}` : names[name],
    )
    .join(', ');
  const stream = link.streamId;
  if (link.token) {
    return options
      ? t`Read multistreamer’s address: stream ${stream}, its token, and its options (${options}).`
      : t`Read multistreamer’s address: stream ${stream}, its token.`;
  }
  return options
    ? t`Read multistreamer’s address: stream ${stream}, and its options (${options}).`
    : t`Read multistreamer’s address: stream ${stream}.`;
}
