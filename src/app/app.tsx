import { useState } from 'react';
import type { Settings } from '../config/settings';
import { keepToken } from '../config/token-store';
import { ConnectForm } from '../features/connect/connect-form';
import { useChatSocket, type StreamConnection } from '../socket/use-chat-socket';
import { Dashboard } from './dashboard';
import { Widget } from './widget';

function initialConnection(settings: Settings): StreamConnection | null {
  if (settings.streamId === undefined || settings.token === undefined) return null;
  return { server: settings.server, streamId: settings.streamId, token: settings.token };
}

/** The shell: a connect form until there is a stream to join, then dashboard or widget. */
export function App({ settings }: { settings: Settings }) {
  const [connection, setConnection] = useState(() => initialConnection(settings));
  useChatSocket(connection);
  if (!connection) {
    return (
      <ConnectForm
        defaultServer={settings.server}
        defaultStreamId={settings.streamId}
        onConnect={(chosen) => {
          keepToken(chosen.server, chosen.token);
          setConnection(chosen);
        }}
      />
    );
  }
  return settings.widget ? <Widget settings={settings} /> : <Dashboard settings={settings} />;
}
