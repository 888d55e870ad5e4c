import { useEffect, useState, type ReactNode } from 'react';
import { pageStorage } from '../../config/page-storage';
import { useReadingSettings, useReadingSettingsStore } from '../reading';
import { useStream, useStreamStore } from '../../store/stream-context';
import type { HistoryLine } from '../../store/slices/history';

/**
 * Turns a line's rendered words into emote images (see the chat's `decorateFor`); `words`
 * are the codes it turns (so that a reader can leave them out).
 */
export type LineDecorator = ((rendered: ReactNode) => ReactNode) & {
  readonly words: { has(word: string): boolean };
};
/** The decorator for one line, or undefined to leave it as it is. */
export type DecorateFor = (line: HistoryLine) => LineDecorator | undefined;

/**
 * 7TV, BetterTTV and FrankerFaceZ emotes for the stream's Twitch channels, as Settings say.
 * Everything but this hook loads on demand (emote-runtime.ts, and a worker for the lookups):
 * lines render as text until, and unless, the providers answer. `apiBase` is `emote_api`.
 */
export function useThirdPartyEmotes(apiBase: string | undefined): DecorateFor | undefined {
  const store = useStreamStore();
  const readingSettings = useReadingSettingsStore();
  const on = useReadingSettings((state) => state.settings.thirdPartyEmotes);
  const twitch = useStream((state) => state.accounts.some((a) => a.network.name === 'twitch'));
  const [decorateFor, setDecorateFor] = useState<{ current: DecorateFor } | null>(null);
  useEffect(() => {
    if (!on || !twitch) return;
    let stop: (() => void) | null = null;
    let live = true;
    void import('./emote-runtime').then((runtime) => {
      if (!live) return;
      stop = runtime.followChannels({
        store,
        settings: readingSettings.store,
        apiBase,
        storage: pageStorage('localStorage'),
        show: (current) => setDecorateFor({ current }),
      });
    });
    return () => {
      live = false;
      stop?.();
      setDecorateFor(null);
    };
  }, [on, twitch, store, apiBase, readingSettings.store]);
  return decorateFor?.current;
}
