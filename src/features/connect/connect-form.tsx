import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { forgetToken, isRememberedOnDevice, rememberedToken } from '../../config/token-store';
import { CheckField } from '../../components/ui/check-field';
import { TextField } from '../../components/ui/text-field';
import type { StreamSummary } from '../../protocol/api';
import type { StreamAddress as StreamConnection } from '../../session/stream-session';
import { SignInError, listStreams, signIn } from './sign-in';
import { parseMultistreamerUrl } from '../../config/multistreamer-url';
import { describeLink } from './pasted-link';
import { StreamChoices } from './stream-choices';
import { checkInput, serverAddressSchema, streamIdSchema, tokenSchema } from '../../config/inputs';
import { Brand } from '../../components/ui/brand';

export interface ConnectChoice {
  remember: boolean;
  /** Widget options carried over from a pasted multistreamer address, in its order. */
  widgetOptions: Array<[string, string]>;
}

interface ConnectFormProps {
  defaultServer: string;
  defaultStreamId?: number;
  /** Why the form is shown again (the server refused the token): said, and the token focused. */
  notice?: string;
  onConnect: (connection: StreamConnection, choice: ConnectChoice) => void;
}

function messageOf(error: unknown, otherwise: string): string {
  return error instanceof SignInError ? error.message : otherwise;
}

/**
 * Where to connect when the address did not say: the server, then either a multistreamer
 * account (username and password, which fetch a token and the user's streams) or a stream id
 * and an API token.
 */
export function ConnectForm({
  defaultServer,
  defaultStreamId,
  notice,
  onConnect,
}: ConnectFormProps) {
  const { t } = useLingui();
  const [server, setServer] = useState(defaultServer);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [stream, setStream] = useState(defaultStreamId ? String(defaultStreamId) : '');
  const [token, setToken] = useState(() => rememberedToken(defaultServer) ?? '');
  const [remember, setRemember] = useState(false);
  const [remembered, setRemembered] = useState(() => isRememberedOnDevice(defaultServer));
  const [streams, setStreams] = useState<StreamSummary[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [widgetOptions, setWidgetOptions] = useState<Array<[string, string]>>([]);
  const [pasted, setPasted] = useState<string | null>(null);
  const errorId = useId();
  const noticeId = useId();
  const tokenRef = useRef<HTMLInputElement>(null);
  // Refused: the token (or the stream) is what to fix, so the keyboard starts there.
  useEffect(() => {
    if (notice) tokenRef.current?.select();
  }, [notice]);
  const tokenFormId = useId();
  const streamListRef = useRef<HTMLUListElement>(null);
  // Signed in: the keyboard goes straight to the first stream to open.
  useEffect(() => {
    streamListRef.current?.querySelector('button')?.focus();
  }, [streams]);

  const serverCheck = checkInput(serverAddressSchema, server);
  const cleanServer = server.trim();
  const serverProblem = serverCheck.ok ? null : serverCheck.problem;

  const connectWithToken = () => {
    if (!serverCheck.ok) return setError(serverCheck.problem);
    const streamId = checkInput(streamIdSchema, stream);
    if (!streamId.ok) return setError(streamId.problem);
    const checkedToken = checkInput(tokenSchema, token);
    if (!checkedToken.ok) return setError(checkedToken.problem);
    setError(null);
    onConnect(
      { server: serverCheck.value, streamId: streamId.value, token: checkedToken.value },
      { remember, widgetOptions },
    );
  };

  // A multistreamer chat or widget address pasted as the server fills in everything it says.
  const changeServer = (value: string) => {
    setStreams(null);
    const link = parseMultistreamerUrl(value);
    if (!link) {
      setServer(value);
      return;
    }
    setServer(link.server);
    setStream(String(link.streamId));
    if (link.token) setToken(link.token);
    setWidgetOptions(link.options);
    setPasted(describeLink(link));
    setError(null);
  };

  const signInAndList = async () => {
    if (serverProblem) return setError(serverProblem);
    if (!username.trim() || !password) return setError(t`Enter your username and password.`);
    setError(null);
    setBusy(true);
    setStreams(null);
    try {
      const signedIn = await signIn(cleanServer, username.trim(), password);
      setToken(signedIn);
      setPassword('');
      setStreams(await listStreams(cleanServer, signedIn));
    } catch (failure) {
      setError(messageOf(failure, t`Signing in failed. Try again.`));
    } finally {
      setBusy(false);
    }
  };

  // One form per action (Chromium asks for that: two password fields in one form read as one
  // confusing form); Enter in a field acts for its own form.
  const onSignIn = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void signInAndList();
  };
  const onConnectWithToken = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    connectWithToken();
  };

  const forget = () => {
    forgetToken(cleanServer);
    setRemembered(false);
    setToken('');
  };

  return (
    <div className="grid min-h-dvh place-items-center p-4">
      <div
        role="form"
        aria-label={t`Connect`}
        aria-describedby={error ? errorId : undefined}
        aria-busy={busy}
        className="flex w-full max-w-md flex-col gap-5 rounded-2xl border border-zinc-200 bg-white p-6 shadow-xl shadow-black/5 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <div>
          <h1 className="text-xl font-bold">
            <Brand />
          </h1>
          <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
            <Trans>Connect to a multistreamer stream to see its accounts, viewers and chat.</Trans>
          </p>
        </div>
        {notice && (
          <p
            id={noticeId}
            role="alert"
            className="rounded-lg border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-200"
          >
            {notice}
          </p>
        )}
        <TextField
          label={t`Server`}
          name="server"
          // Enter here connects with the stream id and token (the server belongs to both ways).
          form={tokenFormId}
          type="url"
          value={server}
          onChange={changeServer}
          // eslint-disable-next-line no-restricted-syntax -- an address, the same in every language
          placeholder="https://multistreamer.example.com"
          autoComplete="url"
          required
          hint={t`Or paste multistreamer’s chat or widget address: stream, token and options come with it.`}
        />
        {pasted && (
          <p role="status" className="-mt-3 text-sm text-emerald-700 dark:text-emerald-300">
            {pasted}
          </p>
        )}

        <form onSubmit={onSignIn} noValidate>
          <fieldset className="flex flex-col gap-3">
            <legend className="mb-2 text-sm font-semibold">
              <Trans>Sign in with your account</Trans>
            </legend>
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField
                label={t`Username`}
                name="username"
                value={username}
                onChange={setUsername}
                autoComplete="username"
              />
              <TextField
                label={t`Password`}
                name="password"
                type="password"
                value={password}
                onChange={setPassword}
                autoComplete="current-password"
              />
            </div>
            <button
              type="submit"
              disabled={busy}
              className="rounded-lg bg-violet-600 px-4 py-2 font-semibold text-white hover:bg-violet-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500 disabled:opacity-60"
            >
              {busy ? t`Signing in…` : t`Sign in`}
            </button>
            {streams && (
              <StreamChoices
                streams={streams}
                labelId={`${errorId}-streams`}
                listRef={streamListRef}
                onOpen={(streamId) =>
                  onConnect(
                    { server: cleanServer, streamId, token: token.trim() },
                    { remember, widgetOptions },
                  )
                }
              />
            )}
          </fieldset>
        </form>

        <div className="flex items-center gap-3 text-xs text-zinc-500 uppercase dark:text-zinc-400">
          <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
          <Trans>or</Trans>
          <span className="h-px flex-1 bg-zinc-200 dark:bg-zinc-800" />
        </div>

        <form id={tokenFormId} onSubmit={onConnectWithToken} noValidate>
          <fieldset className="flex flex-col gap-3">
            <legend className="mb-2 text-sm font-semibold">
              <Trans>Use a stream id and an API token</Trans>
            </legend>
            <div className="grid gap-3 sm:grid-cols-[6rem_1fr]">
              <TextField
                label={t`Stream`}
                name="stream"
                type="text"
                inputMode="numeric"
                value={stream}
                onChange={setStream}
                placeholder="1"
              />
              <TextField
                ref={tokenRef}
                label={t`Token`}
                name="token"
                type="password"
                value={token}
                onChange={setToken}
                autoComplete="off"
                spellCheck={false}
                aria-describedby={notice ? noticeId : undefined}
              />
            </div>
            <button
              type="submit"
              className="rounded-lg border border-violet-600 px-4 py-2 font-semibold text-violet-700 hover:bg-violet-600 hover:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500 dark:text-violet-300"
            >
              <Trans>Connect</Trans>
            </button>
          </fieldset>
        </form>

        <div className="flex flex-col gap-2 text-sm">
          <CheckField
            label={t`Remember on this device`}
            checked={remember}
            onChange={setRemember}
          />
          {remembered && (
            <p className="flex items-center gap-2 text-zinc-500 dark:text-zinc-400">
              <Trans>A token for this server is remembered on this device.</Trans>
              <button
                type="button"
                onClick={forget}
                className="font-medium text-violet-700 underline dark:text-violet-300"
              >
                <Trans>Forget it</Trans>
              </button>
            </p>
          )}
        </div>
        {error && (
          <p id={errorId} role="alert" className="text-sm text-rose-600 dark:text-rose-400">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
