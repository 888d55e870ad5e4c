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

const number = new Intl.NumberFormat();
const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The stream in figures: when, viewers and lines per network, top and first-time chatters. */
export function RecapDialog({ recap, onClose }: { recap: Recap; onClose: () => void }) {
  // The Questions panel's lines never answered, as they are when the recap opens.
  const assistant = useCurrentSession().assistant;
  const [questions] = useState<UnansweredQuestion[]>(() =>
    (assistant.getState().parts?.questions.questions.getState().questions ?? [])
      .filter((question) => !question.answered)
      .map(({ key, line }) => ({ key, name: line.from.name, text: line.text })),
  );
  return (
    <ModalDialog title="Recap" onClose={onClose}>
      <div className="flex flex-col gap-4 p-4 text-sm">
        <p>
          {recap.start !== null ? when.format(recap.start) : 'Start unknown'}
          {recap.end !== null && ` – ${when.format(recap.end)}`}
          {recap.start !== null && recap.end !== null && (
            <span className="text-zinc-500 dark:text-zinc-400">
              {' '}
              ({duration(recap.end - recap.start)})
            </span>
          )}
          . {number.format(recap.messages)} chat lines.
        </p>
        <table className="w-full text-left tabular-nums">
          <caption className="sr-only">Per network</caption>
          <thead className="text-xs text-zinc-500 dark:text-zinc-400">
            <tr>
              <th scope="col" className="py-1 font-medium">
                Network
              </th>
              <th scope="col" className="py-1 font-medium">
                Peak viewers
              </th>
              <th scope="col" className="py-1 font-medium">
                Average
              </th>
              <th scope="col" className="py-1 font-medium">
                Lines
              </th>
            </tr>
          </thead>
          <tbody>
            {recap.networks.map((network) => (
              <tr key={network.network} className="border-t border-zinc-200 dark:border-zinc-800">
                <th scope="row" className="py-1 font-medium">
                  {network.displayName}
                </th>
                <td>{network.peakViewers === null ? '–' : number.format(network.peakViewers)}</td>
                <td>
                  {network.averageViewers === null ? '–' : number.format(network.averageViewers)}
                </td>
                <td>{number.format(network.messages)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <section aria-labelledby="recap-top">
          <h3 id="recap-top" className="font-semibold">
            Top chatters
          </h3>
          {recap.topChatters.length === 0 ? (
            <p className="text-zinc-500 dark:text-zinc-400">Nobody chatted.</p>
          ) : (
            <ol className="mt-1 list-decimal pl-5">
              {recap.topChatters.map((chatter) => (
                <li key={`${chatter.network}:${chatter.name}`}>
                  {chatter.name}{' '}
                  <span className="text-zinc-500 dark:text-zinc-400">
                    ({chatter.network}, {number.format(chatter.lines)} line
                    {chatter.lines === 1 ? '' : 's'})
                  </span>
                </li>
              ))}
            </ol>
          )}
        </section>
        <section aria-labelledby="recap-first">
          <h3 id="recap-first" className="font-semibold">
            First-time chatters: {number.format(recap.firstTimeChatters.count)}
          </h3>
          {recap.firstTimeChatters.names.length > 0 && (
            <p className="mt-1">{recap.firstTimeChatters.names.join(', ')}</p>
          )}
        </section>
        <section aria-labelledby="recap-questions">
          <h3 id="recap-questions" className="font-semibold">
            Unanswered questions: {number.format(questions.length)}
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
