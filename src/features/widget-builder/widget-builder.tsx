import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useLayoutEffect, useMemo, useState } from 'react';
import type { Settings, Theme } from '../../config/settings';
import { CheckField } from '../../components/ui/check-field';
import { TextField } from '../../components/ui/text-field';
import { rememberPreviewToken, rememberedToken } from '../../config/token-store';
import { FeaturedOverlayBuilder } from './featured-overlay-builder';
import { useReadingSettings } from '../reading';
import { parseMultistreamerUrl } from '../../config/multistreamer-url';
import { streamIdSchema, validInput } from '../../config/inputs';
import {
  DEFAULT_WIDGET_OPTIONS,
  inLanguage,
  widgetOptionsFromLink,
  widgetUrl,
  type WidgetOptions,
} from './widget-url';
import { Brand } from '../../components/ui/brand';
import { BACKDROPS, BACKDROP_NAMES, Section, type Backdrop } from './builder-parts';

/** The on/off options, each one checkbox. */
type Flag = 'compact' | 'hideIrc' | 'hidePm' | 'fromBottom' | 'showPicture' | 'transparent';

/**
 * `?builder`: tick the overlay options, watch a live preview, copy the widget's address
 * (token in the `#` fragment, shown masked).
 */
export function WidgetBuilder({ settings }: { settings: Settings }) {
  const { t, i18n } = useLingui();
  const streamerMode = useReadingSettings((state) => state.settings.streamerMode);
  const [options, setOptions] = useState<WidgetOptions>(() => ({
    ...DEFAULT_WIDGET_OPTIONS,
    server: settings.server,
    streamId: settings.streamId ?? null,
    token: settings.token ?? rememberedToken(settings.server) ?? '',
  }));
  const [backdrop, setBackdrop] = useState<Backdrop>('dark');
  // Streamer mode keeps the token out of the page; "Show" lifts that for this field only.
  const [showToken, setShowToken] = useState(false);
  const tokenHidden = streamerMode && !showToken;
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const urlId = useId();
  const set = <K extends keyof WidgetOptions>(key: K, value: WidgetOptions[K]) => {
    setCopied(null);
    setOptions((current) => ({ ...current, [key]: value }));
  };
  const url = useMemo(() => {
    try {
      return widgetUrl(window.location.href, options);
    } catch {
      return null;
    }
  }, [options]);
  const flag = (key: Flag, label: string, hint?: string) => (
    <CheckField label={label} hint={hint} checked={options[key]} onChange={(on) => set(key, on)} />
  );
  const ready = url !== null && options.streamId !== null && options.token.trim() !== '';
  // Before the preview frame loads (layout effects run before its page does): its token.
  useLayoutEffect(() => {
    if (ready) rememberPreviewToken(options.server, options.token.trim());
  }, [ready, options.server, options.token]);

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url.full);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <div className="mx-auto flex min-h-dvh max-w-6xl flex-col gap-6 p-4 lg:p-8">
      <header>
        <h1 className="text-xl font-bold">
          <Trans>
            <Brand /> widget builder
          </Trans>
        </h1>
        <p className="mt-1 max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
          <Trans>
            Chat for an OBS browser source, an OBS dock or any page. Pick the options, check the
            preview, then copy the address into OBS (Sources → Browser, or Docks → Custom Browser
            Docks).
          </Trans>
        </p>
      </header>
      <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
        <form
          aria-label={t`Widget options`}
          onSubmit={(event) => event.preventDefault()}
          className="flex flex-col gap-6 rounded-2xl border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900"
        >
          <Section title={t`Stream`}>
            <TextField
              label={t`Server`}
              type="url"
              value={options.server}
              onChange={(value) => {
                const link = parseMultistreamerUrl(value);
                if (!link) return set('server', value);
                setCopied(null);
                setOptions((current) => widgetOptionsFromLink(link, current));
              }}
              hint={t`Or paste multistreamer’s widget address: everything it says comes along.`}
            />
            <div className="grid grid-cols-[5rem_minmax(0,1fr)] gap-3">
              <TextField
                label={t`Stream`}
                inputMode="numeric"
                value={options.streamId === null ? '' : String(options.streamId)}
                onChange={(value) => set('streamId', validInput(streamIdSchema, value) ?? null)}
              />
              <TextField
                label={t`Token`}
                type="password"
                value={tokenHidden ? '' : options.token}
                placeholder={tokenHidden && options.token ? t`Hidden (streamer mode)` : undefined}
                onChange={(value) => set('token', value)}
                autoComplete="off"
              />
            </div>
            {streamerMode && (
              <button
                type="button"
                aria-pressed={showToken}
                onClick={() => setShowToken((shown) => !shown)}
                className="self-start rounded-lg px-2.5 py-1 text-sm font-medium text-violet-700 hover:bg-violet-500/10 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-violet-300"
              >
                {showToken ? t`Hide token` : t`Show token`}
              </button>
            )}
          </Section>
          <Section title={t`Lines`}>
            {flag('compact', t`Compact rows`)}
            <div className="flex items-center gap-2">
              <CheckField
                label={t`Fade out after`}
                checked={options.fadeoutSeconds !== null}
                onChange={(on) => set('fadeoutSeconds', on ? 10 : null)}
              />
              <label className="flex items-center gap-1 text-sm">
                <input
                  type="number"
                  min={1}
                  max={600}
                  aria-label={t`Fade out after, seconds`}
                  value={options.fadeoutSeconds ?? 10}
                  disabled={options.fadeoutSeconds === null}
                  onChange={(event) =>
                    set('fadeoutSeconds', Math.max(1, Number(event.target.value) || 10))
                  }
                  className="field w-16 py-0.5"
                />
                s
              </label>
            </div>
            {flag('hideIrc', t`Hide IRC lines`)}
            {flag(
              'hidePm',
              t`Hide private messages`,
              t`Recommended on stream: whispers stay yours.`,
            )}
            {flag('fromBottom', t`Stack from the bottom`)}
            {flag('showPicture', t`Show chatters’ pictures`)}
            <TextField
              label={t`Extra image hosts`}
              value={options.imageHosts}
              onChange={(value) => set('imageHosts', value)}
              hint={t`Emotes and pictures load only from Twitch, YouTube and your server. Add hosts you trust, separated by commas (*.example for subdomains).`}
            />
          </Section>
          <Section title={t`Look`}>
            {flag(
              'transparent',
              t`Transparent background`,
              t`For OBS browser sources over your scene.`,
            )}
            <label className="flex items-center justify-between gap-2 text-sm">
              <Trans>Theme</Trans>
              <select
                value={options.theme}
                onChange={(event) => set('theme', event.target.value as Theme)}
                className="field w-32 py-1"
              >
                <option value="system">{t`System`}</option>
                <option value="dark">{t`Dark`}</option>
                <option value="light">{t`Light`}</option>
              </select>
            </label>
            <label className="flex items-center justify-between gap-2 text-sm">
              <Trans>Font size (px)</Trans>
              <input
                type="number"
                min={8}
                max={64}
                placeholder={t`auto`}
                value={options.fontSize ?? ''}
                onChange={(event) => {
                  const size = Number(event.target.value);
                  set('fontSize', event.target.value && size >= 8 && size <= 64 ? size : null);
                }}
                className="field w-28 py-1"
              />
            </label>
          </Section>
        </form>

        <section aria-label={t`Preview`} className="flex min-w-0 flex-col gap-3">
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium">
              <Trans>Preview over</Trans>
            </span>
            {(['dark', 'light', 'checks'] as const).map((choice) => (
              <label key={choice} className="flex items-center gap-1">
                <input
                  type="radio"
                  name="backdrop"
                  checked={backdrop === choice}
                  onChange={() => setBackdrop(choice)}
                  className="accent-violet-600"
                />
                {i18n._(BACKDROP_NAMES[choice])}
              </label>
            ))}
          </div>
          <div
            className={`h-[28rem] overflow-hidden rounded-2xl border border-zinc-300 dark:border-zinc-700 ${BACKDROPS[backdrop]}`}
          >
            {ready ? (
              <iframe
                key={url.full}
                title={t`Widget preview`}
                src={inLanguage(url.preview, i18n.locale)}
                // A transparent widget keeps the light scheme (apply-appearance.ts); a frame whose
                // scheme differs from its element's gets an opaque backdrop (white in a dark page).
                style={{ colorScheme: options.transparent ? 'light' : 'normal' }}
                className="size-full"
                referrerPolicy="no-referrer"
              />
            ) : (
              <p
                className={`grid size-full place-items-center p-6 text-center text-sm ${backdrop === 'dark' ? 'text-zinc-300' : 'text-zinc-700'}`}
              >
                <Trans>Enter the stream id and token to see the live preview.</Trans>
              </p>
            )}
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor={urlId} className="text-sm font-medium">
              <Trans>Widget URL</Trans>
            </label>
            <div className="flex gap-2">
              <input
                id={urlId}
                readOnly
                value={(copied === 'failed' && !streamerMode ? url?.full : url?.masked) ?? ''}
                onFocus={(event) => event.target.select()}
                className="field min-w-0 flex-1 font-mono text-xs"
              />
              <button
                type="button"
                onClick={() => void copy()}
                disabled={!ready}
                className="shrink-0 rounded-lg bg-violet-600 px-4 py-2 text-sm font-semibold text-white hover:bg-violet-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500 disabled:opacity-50"
              >
                <Trans>Copy URL</Trans>
              </button>
            </div>
            <p role="status" className="min-h-5 text-xs text-zinc-500 dark:text-zinc-400">
              {copied === 'yes'
                ? t`Copied, with your token. Treat it like a password.`
                : copied === 'failed' && streamerMode
                  ? t`The browser did not allow copying, and streamer mode keeps the token off screen: turn it off in Settings to see the full address.`
                  : copied === 'failed'
                    ? t`The browser did not allow copying: the full address (with your token) is in the field now.`
                    : t`The token stays in the part after #, which browsers never send to a server.`}
            </p>
          </div>
        </section>
      </div>
      <FeaturedOverlayBuilder imageHosts={options.imageHosts} server={options.server} />
    </div>
  );
}
