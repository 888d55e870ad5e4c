import { memo, useId, type CSSProperties } from 'react';
import { NetworkIcon } from '../../components/network/network-icon';
import type { ImagePolicy } from '../../protocol/image-hosts';
import type { HistoryLine } from '../../store/slices/history';
import { authorColor } from './author-color';
import { MessageMarkdown } from './message-markdown';

export interface ChatMessageOptions {
  showPicture: boolean;
  compact: boolean;
  /** Which hosts chat images and pictures may be fetched from. */
  images: ImagePolicy;
  /** Display names of networks by machine name, from the account list. */
  networkName: (network: string) => string;
}

const timeFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Why a "via API" line's name is not to be trusted, said on hover and on keyboard focus. */
export const VIA_API_EXPLANATION =
  'Published through multistreamer’s API by someone this stream is shared with: the name shown may not be who wrote it.';

function ViaApi() {
  const id = useId();
  return (
    <>
      <button
        type="button"
        aria-describedby={id}
        className="via-api mx-1 cursor-help rounded border border-rose-500/50 px-1 py-px align-baseline text-[0.7em] font-semibold text-rose-700 not-italic focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-rose-300"
      >
        via API
      </button>
      <span
        id={id}
        className="via-api-why text-[0.75em] text-rose-700 not-italic dark:text-rose-300"
      >
        {VIA_API_EXPLANATION}{' '}
      </span>
    </>
  );
}

/** One chat line: network, author, and the rendered message; an action reads "name waves". */
export const ChatMessage = memo(function ChatMessage({
  message,
  options,
}: {
  message: HistoryLine;
  options: ChatMessageOptions;
}) {
  const { from, to, kind, network } = message;
  const action = kind === 'emote';
  const at = new Date(message.timestamp ?? message.receivedAt);
  return (
    <article
      className={`chat-line flex min-w-0 items-start gap-2 px-3 ${options.compact ? 'py-0.5' : 'py-1'} ${
        to ? 'bg-amber-400/10 ring-1 ring-amber-500/25 ring-inset' : ''
      }`}
      data-network={network}
      data-kind={kind}
    >
      {!options.compact && (
        <time
          dateTime={at.toISOString()}
          className="mt-[0.2em] hidden w-11 shrink-0 text-[0.75em] text-zinc-500 tabular-nums sm:block dark:text-zinc-400"
        >
          {timeFormat.format(at)}
        </time>
      )}
      <span className="mt-[0.25em] shrink-0">
        <NetworkIcon
          network={network}
          label={options.networkName(network)}
          customSvg={message.networkIcon?.svg}
          customCss={message.networkIcon?.css}
        />
      </span>
      {options.showPicture && from.picture && options.images.allows(from.picture) && (
        <img
          src={from.picture}
          alt=""
          width={20}
          height={20}
          loading="lazy"
          referrerPolicy="no-referrer"
          className="mt-[0.1em] size-5 shrink-0 rounded-full object-cover"
        />
      )}
      <p className={`chat-text min-w-0 flex-1 leading-relaxed ${action ? 'italic' : ''}`}>
        <span
          className="author-name font-semibold not-italic"
          style={authorColor(from.name) as CSSProperties}
        >
          {from.name}
        </span>
        {to && (
          <span className="mx-1 rounded bg-amber-500/20 px-1.5 py-px text-[0.75em] font-medium text-amber-800 not-italic dark:text-amber-200">
            private to {to.name}
          </span>
        )}
        {message.viaApi && <ViaApi />}
        {action ? ' ' : <span className="text-zinc-500 dark:text-zinc-400">: </span>}
        <span className={action ? 'text-zinc-600 dark:text-zinc-300' : ''}>
          <MessageMarkdown
            markdown={message.markdown}
            text={message.text}
            images={options.images}
          />
        </span>
      </p>
    </article>
  );
});
