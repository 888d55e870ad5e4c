import { memo } from 'react';
import { colorFromIconCss, networkColor, svgImageUrl } from './network-style';

// Simple, recognisable marks drawn for Chatdeck (24-unit grid, currentColor).
const PATHS: Readonly<Record<string, string>> = {
  twitch:
    'M4 2 2.5 6v13H7v3h3l3-3h4l5-5V2H4zm16 11-3 3h-4.5l-3 3v-3H6V4h14v9zM16.5 7h-2v5h2V7zm-5 0h-2v5h2V7z',
  youtube:
    'M22.5 7.2a2.8 2.8 0 0 0-2-2C18.7 4.7 12 4.7 12 4.7s-6.7 0-8.5.5a2.8 2.8 0 0 0-2 2A29 29 0 0 0 1 12a29 29 0 0 0 .5 4.8 2.8 2.8 0 0 0 2 2c1.8.5 8.5.5 8.5.5s6.7 0 8.5-.5a2.8 2.8 0 0 0 2-2A29 29 0 0 0 23 12a29 29 0 0 0-.5-4.8zM9.8 15.1V8.9l5.6 3.1-5.6 3.1z',
  facebook:
    'M24 12a12 12 0 1 0-13.9 11.9v-8.4H7.1V12h3V9.4c0-3 1.8-4.7 4.5-4.7 1.3 0 2.7.2 2.7.2v3h-1.5c-1.5 0-2 .9-2 1.9V12h3.4l-.5 3.5h-2.9v8.4A12 12 0 0 0 24 12z',
  mixer: 'M5 3 2 6l6 6-6 6 3 3 9-9-9-9zm14 0-9 9 9 9 3-3-6-6 6-6-3-3z',
  irc: 'M10 3 9 8H5l-.4 2h4L7.8 14h-4l-.4 2h4l-1 5h2l1-5h4l-1 5h2l1-5h4l.4-2h-4l.8-4h4l.4-2h-4l1-5h-2l-1 5h-4l1-5h-2zm-.6 7h4l-.8 4h-4l.8-4z',
};

interface NetworkIconProps {
  network: string;
  /** The network's own name, for the accessible label; empty when the name is beside it. */
  label: string;
  /** Untrusted icon markup sent with a chat line for unknown networks. */
  customSvg?: string;
  customCss?: string;
  className?: string;
}

/** A network's mark: built-in for known networks, the server's SVG (as an image) otherwise. */
export const NetworkIcon = memo(function NetworkIcon({
  network,
  label,
  customSvg,
  customCss,
  className = 'size-4',
}: NetworkIconProps) {
  const path = Object.hasOwn(PATHS, network) ? PATHS[network] : undefined;
  if (!path && customSvg) {
    return (
      <img
        src={svgImageUrl(customSvg)}
        alt={label}
        referrerPolicy="no-referrer"
        title={label}
        className={`${className} inline-block shrink-0 object-contain`}
        style={{ color: colorFromIconCss(customCss) }}
      />
    );
  }
  if (!path) {
    return (
      <span
        {...(label ? { role: 'img', 'aria-label': label, title: label } : { 'aria-hidden': true })}
        className={`${className} inline-grid shrink-0 place-items-center rounded-sm text-[0.6rem] font-bold text-white uppercase`}
        style={{ backgroundColor: networkColor(network) }}
      >
        {label.slice(0, 1)}
      </span>
    );
  }
  return (
    <svg
      viewBox="0 0 24 24"
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
      className={`${className} shrink-0`}
      style={{ color: networkColor(network) }}
    >
      {label && <title>{label}</title>}
      <path fill="currentColor" d={path} />
    </svg>
  );
});
