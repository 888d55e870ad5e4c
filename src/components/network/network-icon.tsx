import { memo } from 'react';
import { colorFromIconCss, networkColor, svgImageUrl } from './network-style';

/** Networks with a mark of Chatdeck's own (drawn in index.css: `.net-mark-NAME`). */
const MARKED = new Set(['twitch', 'youtube', 'facebook', 'mixer', 'irc']);

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
  const marked = MARKED.has(network);
  if (!marked && customSvg) {
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
  if (!marked) {
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
    <span
      {...(label ? { role: 'img', 'aria-label': label, title: label } : { 'aria-hidden': true })}
      className={`${className} mark net-mark-${network} shrink-0`}
    />
  );
});
