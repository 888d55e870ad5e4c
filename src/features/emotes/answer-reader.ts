import type { KeptAnswer, LookupRequest, LookupResult } from './emote-types';
import { fetchAnswer } from './fetch-answer';
import {
  mirrored,
  readBttvChannel,
  readBttvGlobal,
  readFfzGlobal,
  readFfzRoom,
  readSeventvSet,
  readSeventvUser,
  type ImageUrl,
} from './provider-answers';

const list = (emotes: KeptAnswer['emotes'] | null): KeptAnswer | null =>
  emotes ? { emotes } : null;

const READERS: Record<
  LookupRequest['kind'],
  (body: unknown, image: ImageUrl) => KeptAnswer | { setId: string } | null
> = {
  'ffz-room': readFfzRoom,
  'ffz-global': (body, image) => list(readFfzGlobal(body, image)),
  'bttv-channel': (body, image) => list(readBttvChannel(body, image)),
  'bttv-global': (body, image) => list(readBttvGlobal(body, image)),
  'seventv-user': readSeventvUser,
  'seventv-set': (body, image) => list(readSeventvSet(body, image)),
};

/** Fetches one lookup and reads its answer (what the emote worker does for the page). */
export async function readLookup(
  request: LookupRequest,
  fetcher: typeof fetch = globalThis.fetch,
): Promise<LookupResult> {
  const answer = await fetchAnswer(request.url, { fetcher });
  if (answer.kind !== 'json') return answer;
  const read = READERS[request.kind](answer.body, mirrored(request.apiBase));
  if (!read) return { kind: 'failed' };
  return 'setId' in read ? { kind: 'set', setId: read.setId } : { kind: 'emotes', value: read };
}
