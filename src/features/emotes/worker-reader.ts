import type { AnswerReader, KeptAnswer, LookupResult } from './emote-types';
import type { FromEmoteWorker, ToEmoteWorker } from './reader-messages';

type Pending = (answer: FromEmoteWorker | null) => void;
/** A message without its id (given when it is sent). */
type Unsent = ToEmoteWorker extends infer T ? (T extends unknown ? Omit<T, 'id'> : never) : never;

/**
 * The page's side of the emote worker. Should the worker fail to start or die, every lookup
 * fails from then on: lines stay as they are, with no third-party emotes.
 */
export function workerReader(): AnswerReader {
  let worker: Worker | null = null;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const fail = () => {
    broken = true;
    worker?.terminate();
    for (const settle of pending.values()) settle(null);
    pending.clear();
  };
  const ask = (message: Unsent) =>
    new Promise<FromEmoteWorker | null>((resolve) => {
      if (broken) return resolve(null);
      try {
        worker ??= new Worker(new URL('./emote-worker.ts', import.meta.url), {
          type: 'module',
          name: 'chatdeck-emotes',
        });
      } catch {
        fail();
        return resolve(null);
      }
      worker.onmessage = (event: MessageEvent<FromEmoteWorker>) => {
        pending.get(event.data.id)?.(event.data);
        pending.delete(event.data.id);
      };
      worker.onerror = fail;
      const id = nextId++;
      pending.set(id, resolve);
      worker.postMessage({ ...message, id } as ToEmoteWorker);
    });
  return {
    async read(request) {
      const answer = await ask({ type: 'read', request });
      return answer?.type === 'read' ? answer.result : ({ kind: 'failed' } satisfies LookupResult);
    },
    async check(text, apiBase, now) {
      const answer = await ask({ type: 'check', text, apiBase, now });
      return answer?.type === 'check'
        ? answer.kept
        : (null as { value: KeptAnswer; at: number } | null);
    },
  };
}
