/// <reference lib="webworker" />
import { readLookup } from './answer-reader';
import { checkKept } from './kept-answers';
import type { FromEmoteWorker, ToEmoteWorker } from './reader-messages';

/**
 * The emote worker: fetches the providers' answers, parses and checks them (valibot), and
 * checks kept ones, off the page's thread: a 6 MB answer never stalls the chat.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<ToEmoteWorker>) => {
  const message = event.data;
  const reply = (answer: FromEmoteWorker) => scope.postMessage(answer);
  if (message.type === 'read') {
    void readLookup(message.request).then((result) =>
      reply({ id: message.id, type: 'read', result }),
    );
  } else {
    reply({
      id: message.id,
      type: 'check',
      kept: checkKept(message.text, message.apiBase, message.now),
    });
  }
};
