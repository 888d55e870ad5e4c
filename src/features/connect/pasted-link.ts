import type { MultistreamerLink } from '../../config/multistreamer-url';

const OPTION_NAMES: Record<string, string> = {
  widget: 'chat only',
  font_size: 'font size',
  hide_irc: 'hide IRC',
  hide_pm: 'hide private messages',
  from_bottom: 'from the bottom',
  show_picture: 'pictures',
  fadeout: 'fade out',
  compact: 'compact',
  night_mode: 'night mode',
};

/** What was read of a pasted multistreamer address, said back to the streamer. */
export function describeLink(link: MultistreamerLink): string {
  const options = link.options.map(([name, value]) =>
    value && name !== 'night_mode' ? `${OPTION_NAMES[name]} ${value}` : OPTION_NAMES[name],
  );
  return `Read multistreamer’s address: stream ${link.streamId}${link.token ? ', its token' : ''}${
    options.length ? `, and its options (${options.join(', ')})` : ''
  }.`;
}
