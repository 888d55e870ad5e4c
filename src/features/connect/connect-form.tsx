import { useId, useState, type FormEvent } from 'react';
import type { StreamConnection } from '../../socket/use-chat-socket';

interface ConnectFormProps {
  defaultServer: string;
  defaultStreamId?: number;
  onConnect: (connection: StreamConnection) => void;
}

/** Where to connect when the address did not say: server, stream and API token. */
export function ConnectForm({ defaultServer, defaultStreamId, onConnect }: ConnectFormProps) {
  const [server, setServer] = useState(defaultServer);
  const [stream, setStream] = useState(defaultStreamId ? String(defaultStreamId) : '');
  const [token, setToken] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const streamId = Number(stream);
    if (!/^(https?|wss?):\/\/[^/]/i.test(server.trim())) {
      setError('The server address starts with http://, https://, ws:// or wss://.');
      return;
    }
    if (!Number.isInteger(streamId) || streamId < 1) {
      setError('The stream id is a positive whole number (see the stream’s chat URL).');
      return;
    }
    if (!token.trim()) {
      setError('Paste your API token (multistreamer profile page).');
      return;
    }
    setError(null);
    onConnect({ server: server.trim(), streamId, token: token.trim() });
  };

  return (
    <div className="grid min-h-dvh place-items-center p-4">
      <form
        aria-label="Connect"
        aria-describedby={error ? errorId : undefined}
        onSubmit={onSubmit}
        noValidate
        className="flex w-full max-w-sm flex-col gap-4 rounded-2xl border border-zinc-200 bg-white p-6 shadow-xl shadow-black/5 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <div>
          <h1 className="text-xl font-bold">
            Chat<span className="text-violet-500">deck</span>
          </h1>
          <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
            Connect to a multistreamer stream to see its accounts, viewers and chat.
          </p>
        </div>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Server
          <input
            type="url"
            value={server}
            onChange={(event) => setServer(event.target.value)}
            placeholder="https://multistreamer.example.com"
            autoComplete="url"
            required
            className="field"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Stream
          <input
            type="text"
            inputMode="numeric"
            value={stream}
            onChange={(event) => setStream(event.target.value)}
            placeholder="1"
            required
            className="field"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Token
          <input
            type="password"
            value={token}
            onChange={(event) => setToken(event.target.value)}
            autoComplete="off"
            required
            className="field"
          />
        </label>
        {error && (
          <p id={errorId} role="alert" className="text-sm text-rose-600 dark:text-rose-400">
            {error}
          </p>
        )}
        <button
          type="submit"
          className="rounded-lg bg-violet-600 px-4 py-2 font-semibold text-white hover:bg-violet-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500"
        >
          Connect
        </button>
      </form>
    </div>
  );
}
