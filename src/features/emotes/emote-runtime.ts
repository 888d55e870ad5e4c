import type { EmoteProviders, ReadingSettingsState } from '../reading';
import type { Account } from '../../protocol/events';
import type { StreamState } from '../../store/stream-store';
import { EmoteLoader } from './emote-loader';
import { wordDecorator } from './emote-words';
import type { DecorateFor, LineDecorator } from './use-third-party-emotes';
import { workerReader } from './worker-reader';

/**
 * What the page loads once it has a Twitch channel to show emotes for: a chunk of its own
 * (the first paint never waits for it), which has a worker fetch and check the answers. It
 * imports nothing the first chunk holds; the stores come as arguments.
 */

/** While a page is open, its channels' emotes are looked at again this often. */
const REFRESH_EVERY_MS = 30 * 60 * 1000;
// Twitch logins: what FrankerFaceZ's room lookup takes.
const TWITCH_LOGIN = /^[a-z0-9_]{1,25}$/;

interface Subscribable<T> {
  getState(): T;
  subscribe(listener: (state: T, previous: T) => void): () => void;
}

const loaders = new Map<string, EmoteLoader>();

/** One loader per API origin for the whole page (a deck's columns share it). */
function loaderFor(apiBase: string | undefined, storage: Storage | null): EmoteLoader {
  const key = apiBase ?? '';
  let loader = loaders.get(key);
  if (!loader) {
    loader = new EmoteLoader(apiBase, { storage, reader: workerReader() });
    loaders.set(key, loader);
  }
  return loader;
}

/** The stream's Twitch channels, by account id. */
function channelsOf(accounts: readonly Account[]): Map<number, string> {
  const logins = new Map<number, string>();
  for (const account of accounts) {
    const login = account.name.toLowerCase();
    if (account.network.name === 'twitch' && TWITCH_LOGIN.test(login)) {
      logins.set(account.id, login);
    }
  }
  return logins;
}

/**
 * Follows one stream's Twitch channels and the emote settings: asks the loader for their
 * emotes (again every 30 minutes), and gives `show` a new `decorateFor` whenever what lines
 * would show changes. Returns the function that stops.
 */
export function followChannels({
  store,
  settings,
  apiBase,
  storage,
  show,
}: {
  store: Subscribable<StreamState>;
  settings: Subscribable<ReadingSettingsState>;
  apiBase: string | undefined;
  storage: Storage | null;
  show: (decorateFor: DecorateFor) => void;
}): () => void {
  const loader = loaderFor(apiBase, storage);
  let channels = new Map<number, string>();
  let channelsKey = '';
  let providers: EmoteProviders = settings.getState().settings.emoteProviders;

  const publish = () => {
    const decorators = new Map<string, LineDecorator>();
    const known = channels;
    const shown = providers;
    const decoratorOf = (login: string | undefined): LineDecorator => {
      let decorator = decorators.get(login ?? '');
      if (!decorator) {
        decorator = wordDecorator(loader.index(login, shown));
        decorators.set(login ?? '', decorator);
      }
      return decorator;
    };
    // Only lines Twitch relayed: a "via API" line says Twitch but is anyone's.
    show((line) =>
      line.network === 'twitch' && !line.viaApi
        ? decoratorOf(known.get(line.accountId))
        : undefined,
    );
  };
  const want = () => loader.want([...new Set(channels.values())], providers);
  const follow = () => {
    const next = channelsOf(store.getState().accounts);
    const key = [...next].join();
    const nextProviders = settings.getState().settings.emoteProviders;
    if (key === channelsKey && nextProviders === providers) return;
    channels = next;
    channelsKey = key;
    providers = nextProviders;
    want();
    publish();
  };
  channelsKey = 'none';
  follow();
  const stops = [
    store.subscribe((state, previous) => {
      if (state.accounts !== previous.accounts) follow();
    }),
    settings.subscribe(follow),
    loader.subscribe(publish),
  ];
  const timer = setInterval(want, REFRESH_EVERY_MS);
  return () => {
    clearInterval(timer);
    for (const stop of stops) stop();
  };
}
