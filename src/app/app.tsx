import { useLingui } from '@lingui/react/macro';
import { AddressNotice, addressNoticeText } from '../components/ui/address-notice';
import {
  Suspense,
  lazy,
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { chatdeckAddress } from '../config/multistreamer-url';
import type { Settings } from '../config/settings';
import { savedDeck, type DeckColumn } from '../config/deck-layout';
import { forgetToken, rememberToken } from '../config/token-store';
import { ConnectForm, type ConnectChoice } from '../features/connect';
import { refusedAdvice } from '../features/connection';
import { createImagePolicy } from '../protocol/image-hosts';
import { StreamProvider } from '../session/stream-provider';
import type { StreamAddress, StreamSession } from '../session/stream-session';
import { useStreamSessions } from '../session/use-stream-sessions';
import { Deck } from '../features/deck';
import { FeaturedOverlay, FeaturedProvider } from '../features/featured';
import { PollOverlay } from '../features/poll';

// The `?giveaway` overlay: a page of its own (its code loads only there).
const GiveawayOverlay = lazy(() =>
  import('../features/giveaway').then((module) => ({ default: module.GiveawayOverlay })),
);
import { useSessionSettings } from '../features/reading';
import { WidgetBuilder } from '../features/widget-builder';
import { Dashboard } from './dashboard';
import { narrowImageSources } from './narrow-image-sources';
import { Widget } from './widget';

/** `stream=21,34` or `deck=…` on the dashboard: a deck of columns rather than one stream. */
function deckOf(settings: Settings): { columns: DeckColumn[]; token: string } | null {
  if (
    settings.builder ||
    settings.featured ||
    settings.poll ||
    settings.giveaway ||
    settings.widget ||
    !settings.token
  )
    return null;
  const columns =
    settings.deck === 'kept'
      ? savedDeck()
      : (settings.deck ?? settings.streamIds?.map((stream) => ({ stream, width: 1 })) ?? []);
  if (columns.length === 0) return null;
  return { columns, token: settings.token };
}

function initialConnection(settings: Settings): StreamAddress | null {
  if (
    settings.builder ||
    settings.featured ||
    settings.poll ||
    settings.giveaway ||
    deckOf(settings)
  )
    return null;
  if (settings.streamId === undefined || settings.token === undefined) return null;
  return { server: settings.server, streamId: settings.streamId, token: settings.token };
}

/** The session's connection phase; idle without one. */
function useConnectionPhase(session: StreamSession | null) {
  const subscribe = useCallback(
    (changed: () => void) => session?.store.subscribe(changed) ?? (() => undefined),
    [session],
  );
  return useSyncExternalStore(
    subscribe,
    () => session?.store.getState().connection.phase ?? 'idle',
  );
}

/** The shell: a connect form until there is a stream to join, then dashboard or widget. */
export function App({ settings }: { settings: Settings }) {
  const { t, i18n } = useLingui();
  const [connection, setConnection] = useState(() => initialConnection(settings));
  const [refused, setRefused] = useState<StreamAddress | null>(null);
  const addresses = useMemo(() => (connection ? [connection] : []), [connection]);
  const sessionSettings = useSessionSettings();
  const [session = null] = useStreamSessions(addresses, {
    retryForever: settings.widget,
    historyLimit: settings.historyLimit,
    // A dashboard keeps the chat on this device; a widget only shows it.
    keepChat: !settings.widget,
    settings: sessionSettings,
  });
  const phase = useConnectionPhase(session);
  const server = connection?.server ?? settings.server;
  const images = useMemo(
    () =>
      createImagePolicy(server, settings.imageHosts, settings.emoteApi ? [settings.emoteApi] : []),
    [server, settings.imageHosts, settings.emoteApi],
  );
  // Narrowed once a server has let us in: a page's server never changes after that.
  useEffect(() => {
    if (phase === 'connected') narrowImageSources(images, document);
  }, [phase, images]);
  // Refused again and again: back to the form, with the stream filled in, to fix the token.
  // (Set while rendering, as React advises for state that follows other state.)
  if (phase === 'refused' && connection) {
    setRefused(connection);
    setConnection(null);
  }

  if (settings.featured) {
    return (
      <Suspense fallback={null}>
        <FeaturedOverlay
          options={{
            showtimeSeconds: settings.showtimeSeconds,
            speechLang: settings.speechLang,
            server: settings.server,
            imageHosts: settings.imageHosts,
            preview: settings.preview,
          }}
        />
      </Suspense>
    );
  }
  if (settings.giveaway) {
    return (
      <Suspense fallback={null}>
        <GiveawayOverlay />
      </Suspense>
    );
  }
  if (settings.poll) {
    return (
      <Suspense fallback={null}>
        <PollOverlay />
      </Suspense>
    );
  }
  const deck = deckOf(settings);
  if (deck) {
    return (
      <Suspense fallback={null}>
        <FeaturedProvider>
          <Deck
            settings={settings}
            columns={deck.columns}
            token={deck.token}
            images={images}
            onSignOut={() => signOut(settings.server)}
          />
        </FeaturedProvider>
        <AddressNotice problems={settings.addressProblems} />
      </Suspense>
    );
  }
  if (settings.builder) {
    return (
      <Suspense fallback={null}>
        <WidgetBuilder settings={settings} />
      </Suspense>
    );
  }
  if (!connection || !session) {
    const connect = (chosen: StreamAddress, { remember, widgetOptions }: ConnectChoice) => {
      rememberToken(chosen.server, chosen.token, { onDevice: remember });
      // Options from a multistreamer address change the page itself: load it with them.
      if (widgetOptions.length > 0) {
        const link = { ...chosen, options: widgetOptions };
        const address = new URL(chatdeckAddress(window.location.href, link));
        address.hash = '';
        window.location.assign(address.href);
        return;
      }
      setRefused(null);
      setConnection(chosen);
    };
    const advice = refusedAdvice();
    const stream = refused?.streamId;
    const host = refused ? hostOf(refused.server) : '';
    return (
      <Suspense fallback={null}>
        <ConnectForm
          key={refused ? `refused-${refused.streamId}` : 'first'}
          defaultServer={refused?.server ?? settings.server}
          defaultStreamId={refused?.streamId ?? settings.streamId}
          notice={
            refused
              ? t`${advice} (stream ${stream} on ${host}, refused 3 times in a row).`
              : addressNoticeText(settings.addressProblems, i18n)
          }
          onConnect={connect}
        />
      </Suspense>
    );
  }
  if (settings.widget) {
    return (
      <StreamProvider session={session}>
        <Widget settings={settings} images={images} />
      </StreamProvider>
    );
  }
  return (
    <StreamProvider session={session}>
      <FeaturedProvider>
        <Dashboard
          settings={settings}
          images={images}
          stream={connection}
          onSignOut={() => signOut(connection.server)}
        />
      </FeaturedProvider>
      <AddressNotice problems={settings.addressProblems} />
    </StreamProvider>
  );
}

/** Forgets the token and starts a fresh page: nothing of a stream's chat or accounts stays. */
function signOut(server: string): void {
  forgetToken(server);
  const url = new URL(window.location.href);
  url.searchParams.delete('stream');
  url.searchParams.delete('deck');
  window.location.assign(url.href);
}

function hostOf(server: string): string {
  try {
    return new URL(server).host;
  } catch {
    return server;
  }
}
