import { useLingui } from '@lingui/react/macro';
import { CheckField } from '../../components/ui/check-field';
import type { EmoteProviders } from '../reading';
import { useReadingSettings, useReadingSettingsStore } from '../reading';
import { PROVIDER_NAMES, type EmoteProvider } from './emote-types';

const PROVIDERS: readonly EmoteProvider[] = ['seventv', 'bttv', 'ffz'];

/** Settings → Emotes: third-party emotes on or off, and each provider. */
export function EmoteSettings() {
  const { t } = useLingui();
  const readingSettings = useReadingSettingsStore();
  const enabled = useReadingSettings((state) => state.saved.thirdPartyEmotes);
  const providers = useReadingSettings((state) => state.saved.emoteProviders);
  const change = (patch: Partial<EmoteProviders>) =>
    readingSettings.store.getState().change({ emoteProviders: { ...providers, ...patch } });
  return (
    <>
      <CheckField
        label={t`7TV, BTTV and FFZ emotes`}
        hint={t`In lines from Twitch, the channel's and the global emotes of these providers show as images (looked up at each provider, kept on this device for a day).`}
        checked={enabled}
        onChange={(thirdPartyEmotes) =>
          readingSettings.store.getState().change({ thirdPartyEmotes })
        }
      />
      <div
        role="group"
        aria-label={t`Emote providers`}
        className="ms-6 flex flex-wrap gap-x-4 gap-y-1"
      >
        {PROVIDERS.map((provider) => (
          <label
            key={provider}
            className={`flex items-center gap-2 text-sm ${enabled ? '' : 'opacity-60'}`}
          >
            <input
              type="checkbox"
              checked={providers[provider]}
              disabled={!enabled}
              onChange={(event) => change({ [provider]: event.target.checked })}
              className="size-4 accent-violet-600"
            />
            {PROVIDER_NAMES[provider]}
          </label>
        ))}
      </div>
    </>
  );
}
