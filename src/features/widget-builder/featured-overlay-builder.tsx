import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useMemo, useState } from 'react';
import { TextField } from '../../components/ui/text-field';
import { featuredOverlayUrl, inLanguage } from './widget-url';

/** A language tag: written the same in every interface language. */
const LANGUAGE_TAG_EXAMPLE = 'en-US';

/**
 * The featured-line overlay in the builder: how long a line stays, whether it is read aloud,
 * a preview (a sample line until a dashboard features one), and its address to copy.
 */
export function FeaturedOverlayBuilder({
  imageHosts,
  server,
}: {
  imageHosts: string;
  server: string;
}) {
  const { t, i18n } = useLingui();
  const [showtime, setShowtime] = useState('');
  const [speech, setSpeech] = useState('');
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const urlId = useId();
  const seconds =
    /^\d{1,4}$/.test(showtime.trim()) && Number(showtime) > 0 ? Number(showtime) : null;
  const speechValid =
    speech.trim() === '' || /^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/.test(speech.trim());
  const url = useMemo(
    () =>
      featuredOverlayUrl(window.location.href, {
        showtimeSeconds: seconds,
        speechLang: speechValid ? speech : '',
        imageHosts,
        server,
      }),
    [seconds, speech, speechValid, imageHosts, server],
  );
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <section
      aria-labelledby={`${urlId}-title`}
      className="grid gap-6 rounded-2xl border border-zinc-200 bg-white p-5 lg:grid-cols-[20rem_1fr] dark:border-zinc-800 dark:bg-zinc-900"
    >
      <form
        aria-label={t`Featured overlay options`}
        onSubmit={(event) => event.preventDefault()}
        className="flex flex-col gap-4"
      >
        <div>
          <h2 id={`${urlId}-title`} className="text-lg font-semibold">
            <Trans>Featured line overlay</Trans>
          </h2>
          <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            <Trans>
              A browser source that shows the line you Feature in the dashboard (Ctrl+Feature queues
              it). No token in it: it only listens to Chatdeck pages of this address.
            </Trans>
          </p>
        </div>
        <TextField
          label={t`Hide after (seconds)`}
          inputMode="numeric"
          value={showtime}
          onChange={(value) => {
            setShowtime(value);
            setCopied(null);
          }}
          hint={t`Empty: until you clear it or feature another.`}
        />
        <TextField
          label={t`Read aloud (language)`}
          value={speech}
          onChange={(value) => {
            setSpeech(value);
            setCopied(null);
          }}
          placeholder={LANGUAGE_TAG_EXAMPLE}
          aria-invalid={!speechValid || undefined}
          hint={
            speechValid
              ? t`A language tag such as en-US or de-DE; empty: silent.`
              : t`Not a language tag: write it like en-US.`
          }
        />
      </form>
      <div className="flex min-w-0 flex-col gap-3">
        <div className="preview-checks aspect-[32/10] overflow-hidden rounded-2xl border border-zinc-300 dark:border-zinc-700">
          <iframe
            title={t`Featured overlay preview`}
            src={inLanguage(`${url}${url.includes('?') ? '&' : '?'}preview`, i18n.locale)}
            // The overlay's page keeps the light scheme (it is transparent): the frame's element
            // too, or the browser paints an opaque backdrop behind it in a dark page.
            style={{ colorScheme: 'light' }}
            className="size-full"
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={urlId} className="text-sm font-medium">
            <Trans>Featured overlay URL</Trans>
          </label>
          <div className="flex gap-2">
            <input
              id={urlId}
              readOnly
              value={url}
              onFocus={(event) => event.target.select()}
              className="field min-w-0 flex-1 font-mono text-xs"
            />
            <button
              type="button"
              onClick={() => void copy()}
              className="shrink-0 rounded-lg bg-violet-600 px-4 py-2 text-sm font-semibold text-white hover:bg-violet-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500"
            >
              <Trans>Copy overlay URL</Trans>
            </button>
          </div>
          <p role="status" className="min-h-5 text-xs text-zinc-500 dark:text-zinc-400">
            {copied === 'yes'
              ? t`Copied. In OBS: Sources → Browser, 1920 × 600 (or 1280 × 600), this URL.`
              : copied === 'failed'
                ? t`The browser did not allow copying: select the address above and copy it.`
                : t`Sized for a 1920 × 600 or 1280 × 600 browser source, transparent around the card.`}
          </p>
        </div>
      </div>
    </section>
  );
}
