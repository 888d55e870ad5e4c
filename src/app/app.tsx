import { useEffect, useMemo, useState } from 'react';
import type { Settings } from '../config/settings';
import { forgetToken, keepToken } from '../config/token-store';
import { ConnectForm } from '../features/connect/connect-form';
import { createImagePolicy } from '../protocol/image-hosts';
import { useChatSocket, type StreamConnection } from '../socket/use-chat-socket';
import { Dashboard } from './dashboard';
import { narrowImageSources } from './narrow-image-sources';
import { WidgetBuilder } from '../features/widget-builder/widget-builder';
import { Widget } from './widget';

function initialConnection(settings: Settings): StreamConnection | null {
  if (settings.builder) return null;
  if (settings.streamId === undefined || settings.token === undefined) return null;
  return { server: settings.server, streamId: settings.streamId, token: settings.token };
}

/** The shell: a connect form until there is a stream to join, then dashboard or widget. */
export function App({ settings }: { settings: Settings }) {
  const [connection, setConnection] = useState(() => initialConnection(settings));
  useChatSocket(connection);
  const server = connection?.server ?? settings.server;
  const images = useMemo(
    () => createImagePolicy(server, settings.imageHosts),
    [server, settings.imageHosts],
  );
  const connected = connection !== null;
  useEffect(() => {
    if (connected) narrowImageSources(images, document);
  }, [connected, images]);
  if (settings.builder) return <WidgetBuilder settings={settings} />;
  if (!connection) {
    return (
      <ConnectForm
        defaultServer={settings.server}
        defaultStreamId={settings.streamId}
        onConnect={(chosen, { remember }) => {
          keepToken(chosen.server, chosen.token, { onDevice: remember });
          setConnection(chosen);
        }}
      />
    );
  }
  if (settings.widget) return <Widget settings={settings} images={images} />;
  const signOut = () => {
    forgetToken(connection.server);
    // A fresh page: nothing of this stream's chat or accounts stays behind.
    const url = new URL(window.location.href);
    url.searchParams.delete('stream');
    window.location.assign(url.href);
  };
  return <Dashboard settings={settings} images={images} onSignOut={signOut} />;
}
