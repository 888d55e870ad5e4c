import type { Random } from './chatter';
import type { SimStream } from './world';

/** Frames a broken or hostile server might send: each must be survived, dropped and counted. */
export const JUNK_FRAMES: readonly string[] = [
  'not json at all',
  '{"type":"status","accounts":"nope"}',
  '{"type":"status","status":{},"accounts":{"x":{"name":5}}}',
  '[1,2,3]',
  'null',
  '42',
  '{"type":"text"}',
  '{"type":"text","network":"twitch","account_id":"fourteen","from":{"name":null}}',
  '{"__proto__":{"polluted":true},"type":"viewcountresult","account_id":14,"viewer_count":"many"}',
  '{"type":"mystery","data":1}',
  '{"type":"writerresult","account_id":{},"cur_stream_account_id":[]}',
  `{"type":"text","markdown":"${'x'.repeat(300_000)}"}`,
];

/** Refusals in a row a flaky network may cause; the dashboard gives up at three. */
export const MAX_FLAKY_REFUSALS = 2;

export interface ChaosOptions {
  /** Mean time between two mishaps. */
  everyMs: number;
  random?: Random;
}

/**
 * A flaky network and a sloppy server: at random, drops every connection (and sometimes
 * refuses the next reconnects), or sends junk frames. Returns stop.
 */
export function startChaos(stream: SimStream, { everyMs, random = Math.random }: ChaosOptions) {
  let timer: ReturnType<typeof setTimeout>;
  const mishap = () => {
    const roll = random();
    if (roll < 0.15) {
      stream.dropClients();
    } else if (roll < 0.25) {
      // At most two refusals in a row: a third is what a dashboard takes as a wrong token.
      const room = MAX_FLAKY_REFUSALS - stream.refusedInRow - stream.refuseUpgrades;
      if (room > 0) stream.refuseUpgrades += 1 + Math.floor(random() * room);
      stream.dropClients();
    } else {
      const count = 1 + Math.floor(random() * 4);
      for (let i = 0; i < count; i++) {
        stream.broadcastRaw(JUNK_FRAMES[Math.floor(random() * JUNK_FRAMES.length)]!);
      }
    }
    timer = setTimeout(mishap, everyMs * (0.5 + random()));
  };
  timer = setTimeout(mishap, everyMs * (0.5 + random()));
  return () => {
    clearTimeout(timer);
    stream.refuseUpgrades = 0;
  };
}
