import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Account } from '../../protocol/events';
import { useReadingSettings } from '../../store/reading-settings-store';
import { useStream } from '../../store/stream-context';
import type { HistoryLine } from '../../store/slices/history';

import type * as RuntimeModule from './emote-runtime';

type Runtime = typeof RuntimeModule;

/** Turns a line's rendered words into emote images (see the chat's `decorateFor`). */
export type LineDecorator = (rendered: ReactNode) => ReactNode;
/** The decorator for one line, or undefined to leave it as it is. */
export type DecorateFor = (line: HistoryLine) => LineDecorator | undefined;

/** While a page is open, its channels' emotes are looked at again this often. */
const REFRESH_EVERY_MS = 30 * 60 * 1000;
// Twitch logins: what FrankerFaceZ's room lookup takes.
const TWITCH_LOGIN = /^[a-z0-9_]{1,25}$/;

let runtime: Runtime | null = null;
let loading: Promise<Runtime> | null = null;
function loadRuntime(): Promise<Runtime> {
  loading ??= import('./emote-runtime').then((module) => (runtime = module));
  return loading;
}

/** The stream's Twitch accounts as `id:login` pairs, one string (stable while they are). */
function twitchChannels(accounts: readonly Account[]): string {
  return accounts
    .filter((account) => account.network.name === 'twitch')
    .map((account) => [account.id, account.name.toLowerCase()] as const)
    .filter(([, login]) => TWITCH_LOGIN.test(login))
    .map(([id, login]) => `${id}:${login}`)
    .join(',');
}

const noSubscription = () => () => undefined;

/**
 * 7TV, BetterTTV and FrankerFaceZ emotes for the stream's Twitch channels, as Settings say:
 * the lookups load on demand (their code too) and lines render as text until, and unless,
 * they answer. `apiBase` is `emote_api`, when the page has one.
 */
export function useThirdPartyEmotes(apiBase: string | undefined): DecorateFor | undefined {
  const enabled = useReadingSettings((state) => state.settings.thirdPartyEmotes);
  const providers = useReadingSettings((state) => state.settings.emoteProviders);
  const channels = useStream((state) => twitchChannels(state.accounts));
  const active =
    enabled && channels !== '' && (providers.ffz || providers.bttv || providers.seventv);
  const [module, setModule] = useState<Runtime | null>(runtime);
  useEffect(() => {
    if (!active || module) return;
    let live = true;
    void loadRuntime().then((loaded) => {
      if (live) setModule(loaded);
    });
    return () => {
      live = false;
    };
  }, [active, module]);

  const loader = active && module ? module.emoteLoader(apiBase) : null;
  const version = useSyncExternalStore(
    loader?.subscribe ?? noSubscription,
    () => loader?.version ?? 0,
  );
  useEffect(() => {
    if (!loader) return;
    const logins = channels.split(',').map((pair) => pair.slice(pair.indexOf(':') + 1));
    const want = () => loader.want(logins, providers);
    want();
    const timer = setInterval(want, REFRESH_EVERY_MS);
    return () => clearInterval(timer);
  }, [loader, channels, providers]);

  return useMemo(() => {
    if (!loader || !module) return undefined;
    const loginOf = new Map(
      channels.split(',').map((pair) => {
        const at = pair.indexOf(':');
        return [Number(pair.slice(0, at)), pair.slice(at + 1)] as const;
      }),
    );
    const decorators = new Map<string, LineDecorator>();
    const decoratorOf = (login: string | undefined): LineDecorator => {
      const key = login ?? '';
      let decorator = decorators.get(key);
      if (!decorator) {
        decorator = module.wordDecorator(loader.index(login, providers));
        decorators.set(key, decorator);
      }
      return decorator;
    };
    // Only lines Twitch relayed: a "via API" line says Twitch but is anyone's.
    return (line) =>
      line.network === 'twitch' && !line.viaApi
        ? decoratorOf(loginOf.get(line.accountId))
        : undefined;
    // `version` stands for the answers that came in.
  }, [loader, module, channels, providers, version]);
}
