import { msg, plural, t } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { DialogDone, ModalDialog } from '../../components/ui/modal-dialog';
import { useState } from 'react';
import { useCurrentSession } from '../../session/stream-provider';
import type { Recap } from './recap';

/** A question of the Questions panel nobody marked answered. */
export interface UnansweredQuestion {
  key: string;
  name: string;
  text: string;
}

const WHEN: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return minutes < 60 ? t`${minutes} min` : t`${hours} h ${rest} min`;
}

/** The stream in figures: when, viewers and lines per network, top and first-time chatters. */
export function RecapDialog({ recap, onClose }: { recap: Recap; onClose: () => void }) {
  const { i18n } = useLingui();
  const number = (value: number) => i18n.number(value);
  const when = (at: number) => i18n.date(at, WHEN);
  const firstTime = number(recap.firstTimeChatters.count);
  // The Questions panel's lines never answered, as they are when the recap opens.
  const assistant = useCurrentSession().assistant;
  const [questions] = useState<UnansweredQuestion[]>(() =>
    (assistant.getState().parts?.questions.questions.getState().questions ?? [])
      .filter((question) => !question.answered)
      .map(({ key, line }) => ({ key, name: line.from.name, text: line.text })),
  );
  const unanswered = number(questions.length);
  return (
    <ModalDialog title={i18n._(msg`Recap`)} onClose={onClose}>
      <div className="flex flex-col gap-4 p-4 text-sm">
        <p>
          {recap.start !== null ? when(recap.start) : i18n._(msg`Start unknown`)}
          {recap.end !== null && ` – ${when(recap.end)}`}
          {recap.start !== null && recap.end !== null && (
            <span className="text-zinc-500 dark:text-zinc-400">
              {' '}
              ({duration(recap.end - recap.start)})
            </span>
          )}
          . {plural(recap.messages, { one: '# chat line.', other: '# chat lines.' })}
        </p>
        <table className="w-full text-start tabular-nums">
          <caption className="sr-only">
            <Trans>Per network</Trans>
          </caption>
          <thead className="text-xs text-zinc-500 dark:text-zinc-400">
            <tr>
              <th scope="col" className="py-1 font-medium">
                <Trans>Network</Trans>
              </th>
              <th scope="col" className="py-1 font-medium">
                <Trans>Peak viewers</Trans>
              </th>
              <th scope="col" className="py-1 font-medium">
                <Trans>Average</Trans>
              </th>
              <th scope="col" className="py-1 font-medium">
                <Trans>Lines</Trans>
              </th>
            </tr>
          </thead>
          <tbody>
            {recap.networks.map((network) => (
              <tr key={network.network} className="border-t border-zinc-200 dark:border-zinc-800">
                <th scope="row" className="py-1 font-medium">
                  {network.displayName}
                </th>
                <td>{network.peakViewers === null ? '–' : number(network.peakViewers)}</td>
                <td>{network.averageViewers === null ? '–' : number(network.averageViewers)}</td>
                <td>{number(network.messages)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <section aria-labelledby="recap-top">
          <h3 id="recap-top" className="font-semibold">
            <Trans>Top chatters</Trans>
          </h3>
          {recap.topChatters.length === 0 ? (
            <p className="text-zinc-500 dark:text-zinc-400">
              <Trans>Nobody chatted.</Trans>
            </p>
          ) : (
            <ol className="mt-1 list-decimal ps-5">
              {recap.topChatters.map((chatter) => (
                <li key={chatter.key}>
                  {chatter.name}{' '}
                  <span className="text-zinc-500 dark:text-zinc-400">
                    ({chatter.network}, {plural(chatter.lines, { one: '# line', other: '# lines' })}
                    )
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="recap-first">
          <h3 id="recap-first" className="font-semibold">
            <Trans>First-time chatters: {firstTime}</Trans>
          </h3>
          {recap.firstTimeChatters.names.length > 0 && (
            <p className="mt-1">{recap.firstTimeChatters.names.join(', ')}</p>
          )}
        </section>
        <section aria-labelledby="recap-questions">
          <h3 id="recap-questions" className="font-semibold">
            <Trans>Unanswered questions: {unanswered}</Trans>
          </h3>
          {questions.length > 0 && (
            <ul className="mt-1 flex max-h-48 flex-col gap-0.5 overflow-y-auto">
              {questions.map((question) => (
                <li key={question.key} className="break-words">
                  <span className="font-medium">{question.name}</span>: {question.text}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <DialogDone onDone={onClose} />
    </ModalDialog>
  );
}
