import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { I18n, MessageDescriptor } from '@lingui/core';
import { memo, useId } from 'react';
import type { Timestamps } from '../reading';
import { PLAIN_READING, type HighlightReason, type LineReading } from '../reading';
import { NetworkIcon } from '../../components/network/network-icon';
import type { ImagePolicy } from '../../protocol/image-hosts';
import type { HistoryLine } from '../../store/slices/history';
import { authorColorClass } from '../../components/message-text/author-color';
import { lineFacts, lineTime, pictureAllowed } from './line-facts';
import {
  MessageMarkdown,
  type LineDecorator,
} from '../../components/message-text/message-markdown';

export interface ChatMessageOptions {
  showPicture: boolean;
  compact: boolean;
  /** Which hosts chat images and pictures may be fetched from. */
  images: ImagePolicy;
  /** Display names of networks by machine name, from the account list. */
  networkName: (network: string) => string;
  /** 24 h when not said. */
  timestamps?: Timestamps;
  /** Streamer mode: no pictures, addresses cut down to their host. */
  streamerMode?: boolean;
  /** Opens the author's card; `from` is the name's button, which gets the focus back. */
  openCard?: (line: HistoryLine, from: HTMLElement) => void;
  /** The dashboard's actions on a line (a widget has none). */
  rowActions?: RowActions;
  /** What rewrites a line's words (Twitch's third-party emotes), if anything. */
  decorateFor?: (line: HistoryLine) => LineDecorator | undefined;
  /** The streamer's nickname for the line's author (shown instead of the name), if any. */
  nickname?: (line: HistoryLine) => string | undefined;
}

export interface RowActions {
  reply(line: HistoryLine): void;
  /** Puts the line on stream now, or (`queue`, Ctrl/Cmd+click) after the ones waiting. */
  feature(line: HistoryLine, queue: boolean): void;
  /** Pins the line in the Questions panel. */
  answerLater(line: HistoryLine): void;
}

/** Drawn by index.css (`.row-action`). */
const ROW_ACTION = 'row-action';

/** How each highlight reason is said to screen readers, and its colour. */
export const HIGHLIGHT_REASONS: Record<
  HighlightReason,
  { said: MessageDescriptor; className: string }
> = {
  mention: { said: msg`mentions you`, className: 'hl-mention' },
  keyword: { said: msg`a highlight word`, className: 'hl-keyword' },
  user: { said: msg`a highlighted chatter`, className: 'hl-user' },
  first: { said: msg`first message`, className: 'hl-first' },
};

/** The highlight reasons as read out, in the interface's language. */
export function highlightReasonsSaid(reasons: readonly HighlightReason[], i18n: I18n): string {
  return reasons.map((reason) => i18n._(HIGHLIGHT_REASONS[reason].said)).join(', ');
}

/** What the log adds to a line: the rules' reading, folded repeats, marks. */
export interface LineMarks {
  reading?: LineReading;
  /** Said this many times in 30 s (folded); undefined for once. */
  repeats?: number;
  /** A search result just chosen: briefly marked. */
  found?: boolean;
}

/** Why a "via API" line's name is not to be trusted, said on hover and on keyboard focus. */
export const VIA_API_EXPLANATION = msg`Published through multistreamer’s API by someone this stream is shared with: the name shown may not be who wrote it.`;

function ViaApi() {
  const id = useId();
  const { i18n } = useLingui();
  return (
    <>
      <button
        type="button"
        aria-describedby={id}
        className="via-api mx-1 cursor-help rounded border border-rose-500/50 px-1 py-px align-baseline text-[0.7em] font-semibold text-rose-700 not-italic focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-rose-300"
      >
        <Trans>via API</Trans>
      </button>
      <span
        id={id}
        className="via-api-why text-[0.75em] text-rose-700 not-italic dark:text-rose-300"
      >
        {i18n._(VIA_API_EXPLANATION)}{' '}
      </span>
    </>
  );
}

/** One chat line: network, author, and the rendered message; an action reads "name waves". */
export const ChatMessage = memo(function ChatMessage({
  message,
  options,
  reading = PLAIN_READING,
  repeats,
  found = false,
}: {
  message: HistoryLine;
  options: ChatMessageOptions;
} & LineMarks) {
  const { t, i18n } = useLingui();
  const { from, to, kind, network } = message;
  const nickname = options.nickname?.(message);
  const why = highlightReasonsSaid(reading.reasons, i18n);
  const toName = to?.name;
  const action = kind === 'emote';
  // Dates and the picture's host are worked out once per line, not on every render.
  const { iso, fullDate } = lineFacts(message);
  const { reasons, hidden } = reading;
  const timestamps = options.timestamps ?? '24h';
  const streamerMode = options.streamerMode ?? false;
  const showPicture = options.showPicture && !streamerMode;
  return (
    <article
      className={`chat-line group relative flex min-w-0 items-start gap-2 px-3 ${options.compact ? 'py-0.5' : 'py-1'} ${
        to ? 'bg-amber-400/10 ring-1 ring-amber-500/25 ring-inset' : ''
      } ${reasons.length > 0 ? `highlighted ${HIGHLIGHT_REASONS[reasons[0]!].className}` : ''} ${
        hidden ? 'hidden-shown opacity-60' : ''
      } ${found ? 'found-line' : ''}`}
      data-network={network}
      data-kind={kind}
      data-highlight={reasons.length > 0 ? reasons.join(' ') : undefined}
      data-hidden={hidden ? '' : undefined}
    >
      <time
        dateTime={iso}
        title={fullDate}
        hidden={timestamps === 'off' || options.compact}
        className={`line-time mt-[0.2em] shrink-0 text-[0.75em] text-zinc-600 tabular-nums dark:text-zinc-400 ${
          timestamps === '12h' ? 'min-w-14' : 'min-w-10'
        }`}
      >
        {timestamps === 'off' ? undefined : lineTime(message, timestamps)}
      </time>
      <span className="mt-[0.25em] shrink-0">
        <NetworkIcon
          network={network}
          label={options.networkName(network)}
          customSvg={message.networkIcon?.svg}
          customCss={message.networkIcon?.css}
        />
      </span>
      {showPicture && from.picture && pictureAllowed(message, options.images) && (
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
        {/* Room for Reply and Feature: the text flows around it and is never drawn under them. */}
        {options.rowActions && <span aria-hidden="true" className="row-actions-room" />}
        {reasons.length > 0 && (
          <span className="sr-only">
            <Trans>Highlighted: {why}.</Trans>{' '}
          </span>
        )}
        {hidden && (
          <span className="me-1 rounded bg-zinc-500/20 px-1 text-[0.7em] font-medium text-zinc-600 not-italic dark:text-zinc-300">
            <Trans>hidden</Trans>
          </span>
        )}
        {reasons.includes('first') && (
          <span
            aria-hidden="true"
            className="first-marker me-1 rounded bg-emerald-500/20 px-1 py-px text-[0.7em] font-semibold text-emerald-800 not-italic dark:text-emerald-200"
          >
            <Trans>first message</Trans>
          </span>
        )}
        <button
          type="button"
          className={`author-name ${authorColorClass(from.name)} cursor-pointer rounded-sm font-semibold not-italic hover:underline focus-visible:outline-2 focus-visible:outline-violet-500`}
          onClick={(event) => options.openCard?.(message, event.currentTarget)}
          title={nickname ? from.name : undefined}
        >
          {nickname ? (
            <>
              <span aria-hidden="true">{nickname}</span>
              <span className="sr-only">{from.name}</span>
            </>
          ) : (
            from.name
          )}
        </button>

        {to && (
          <span className="mx-1 rounded bg-amber-500/20 px-1.5 py-px text-[0.75em] font-medium text-amber-800 not-italic dark:text-amber-200">
            <Trans>private to {toName}</Trans>
          </span>
        )}
        {message.viaApi && <ViaApi />}
        {action ? ' ' : <span className="text-zinc-500 dark:text-zinc-400">: </span>}
        <span dir="auto" className={action ? 'text-zinc-600 dark:text-zinc-300' : ''}>
          <MessageMarkdown
            markdown={message.markdown}
            text={message.text}
            images={options.images}
            hostOnly={streamerMode}
            decorate={options.decorateFor?.(message)}
          />
        </span>
        {repeats !== undefined && repeats > 1 && (
          <span
            className="repeat-count ms-1.5 rounded-full bg-zinc-500/15 px-1.5 py-px text-[0.75em] font-semibold text-zinc-600 tabular-nums not-italic dark:text-zinc-300"
            title={t`Said ${repeats} times in 30 seconds`}
          >
            <span aria-hidden="true">×{repeats}</span>
            <span className="sr-only">
              , <Trans>said {repeats} times</Trans>
            </span>
          </span>
        )}
      </p>
      {options.rowActions && (
        <span className="row-actions">
          <button
            type="button"
            aria-label={t`Reply`}
            title={t`Reply`}
            className={ROW_ACTION}
            onClick={() => options.rowActions?.reply(message)}
          >
            <span aria-hidden="true" className="mark row-icon-reply size-3.5" />
          </button>
          <button
            type="button"
            aria-label={t`Feature`}
            className={ROW_ACTION}
            title={t`Feature: show this line on stream (the featured overlay). Ctrl+click: queue it.`}
            onClick={(event) =>
              options.rowActions?.feature(message, event.ctrlKey || event.metaKey)
            }
          >
            <span aria-hidden="true" className="mark row-icon-feature size-3.5" />
          </button>
          <button
            type="button"
            aria-label={t`Answer later`}
            title={t`Answer later: pin this line in Questions`}
            className={ROW_ACTION}
            onClick={() => options.rowActions?.answerLater(message)}
          >
            <span aria-hidden="true" className="mark row-icon-later size-3.5" />
          </button>
        </span>
      )}
    </article>
  );
});
