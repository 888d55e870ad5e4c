import { useLingui } from '@lingui/react/macro';
import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { CheckField } from '../../components/ui/check-field';
import type { ReadLinks, ReadWhich, ReadingSettings } from '../reading';
import { useReadingSettings, useReadingSettingsStore } from '../reading';
import { pickVoice } from './chat-reader';

const WHICH: { value: ReadWhich; label: MessageDescriptor }[] = [
  { value: 'all', label: msg`All lines` },
  { value: 'highlights', label: msg`Highlights` },
  { value: 'say', label: msg`Lines starting with !say` },
];
const LINKS: { value: ReadLinks; label: MessageDescriptor }[] = [
  { value: 'host', label: msg`Their site’s name` },
  { value: 'skip', label: msg`Nothing` },
];

const synth = (): SpeechSynthesis | undefined =>
  typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;

/** The browser's voices, as they come (Chrome lists them a moment after the page loads). */
function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() => synth()?.getVoices() ?? []);
  useEffect(() => {
    const speech = synth();
    if (!speech) return;
    const update = () => setVoices(speech.getVoices());
    speech.addEventListener('voiceschanged', update);
    return () => speech.removeEventListener('voiceschanged', update);
  }, []);
  return voices;
}

function Choice({
  label,
  value,
  onChange,
  disabled,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <label
      className={`flex items-center justify-between gap-3 text-sm ${disabled ? 'opacity-60' : ''}`}
    >
      {label}
      <select
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        className="field max-w-[14rem] py-1"
      >
        {children}
      </select>
    </label>
  );
}

function Slider({
  label,
  value,
  min,
  max,
  shown,
  disabled,
  onChange,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  shown: string;
  disabled: boolean;
  onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <div
      className={`flex items-center justify-between gap-3 text-sm ${disabled ? 'opacity-60' : ''}`}
    >
      <label htmlFor={id}>{label}</label>
      <span className="flex items-center gap-2">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={0.1}
          value={value}
          disabled={disabled}
          aria-valuetext={shown}
          onChange={(event) => onChange(Number(event.target.value))}
          className="w-32 accent-violet-600"
        />
        <output htmlFor={id} className="w-12 text-end tabular-nums">
          {shown}
        </output>
      </span>
    </div>
  );
}

type Permission = NotificationPermission | 'unsupported';
const permissionNow = (): Permission =>
  typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;

/** Settings → Voice and notice: read chat aloud, notify when hidden, pause on hover. */
export function VoiceSettings() {
  const { t, i18n } = useLingui();
  const readingSettings = useReadingSettingsStore();
  const change = (patch: Partial<ReadingSettings>) =>
    readingSettings.store.getState().change(patch);
  const kept = useReadingSettings((state) => state.saved);
  const voices = useVoices();
  const [permission, setPermission] = useState<Permission>(permissionNow);
  const speech = synth();
  const off = !kept.readAloud;
  const language = document.documentElement.lang || navigator.language || 'en';
  const fallback = pickVoice(voices, { voiceURI: '', lang: language });
  const fallbackName = fallback?.name;

  // The browser asks the streamer only from here, never when a page loads.
  const notify = async (on: boolean) => {
    if (!on) return change({ notifyHidden: false });
    if (permissionNow() === 'default') setPermission(await Notification.requestPermission());
    const now = permissionNow();
    setPermission(now);
    if (now === 'granted') change({ notifyHidden: true });
  };
  const notifyHint =
    permission === 'unsupported'
      ? t`This browser has no desktop notifications.`
      : permission === 'denied'
        ? t`Notifications are blocked for this site: allow them in the browser’s site settings.`
        : t`While this page is hidden, a mention or highlight shows as a desktop notification, at most one every 10 seconds. Clicking it shows the line.`;

  return (
    <>
      <CheckField
        label={t`Read chat aloud`}
        hint={
          speech
            ? t`With this browser’s voices; at most one line every 3 seconds, the lines in between are skipped. Emotes are not read.`
            : t`This browser cannot speak.`
        }
        checked={kept.readAloud}
        onChange={(readAloud) => change({ readAloud })}
      />
      <Choice
        label={t`Read which lines`}
        value={kept.readWhich}
        disabled={off}
        onChange={(readWhich) => change({ readWhich: readWhich as ReadWhich })}
      >
        {WHICH.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {i18n._(choice.label)}
          </option>
        ))}
      </Choice>
      <Choice
        label={t`Voice`}
        value={voices.some((voice) => voice.voiceURI === kept.readVoice) ? kept.readVoice : ''}
        disabled={off}
        onChange={(readVoice) => change({ readVoice })}
      >
        <option value="">
          {fallbackName ? t`For the page’s language: ${fallbackName}` : t`For the page’s language`}
        </option>
        {voices.map((voice) => (
          <option key={voice.voiceURI} value={voice.voiceURI}>
            {voice.name} ({voice.lang})
          </option>
        ))}
      </Choice>
      <Slider
        label={t`Reading speed`}
        value={kept.readRate}
        min={0.5}
        max={2}
        shown={`${i18n.number(kept.readRate, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}×`}
        disabled={off}
        onChange={(readRate) => change({ readRate })}
      />
      <Slider
        label={t`Reading volume`}
        value={kept.readVolume}
        min={0}
        max={1}
        shown={i18n.number(kept.readVolume, { style: 'percent' })}
        disabled={off}
        onChange={(readVolume) => change({ readVolume })}
      />
      <Choice
        label={t`Read links as`}
        value={kept.readLinks}
        disabled={off}
        onChange={(readLinks) => change({ readLinks: readLinks as ReadLinks })}
      >
        {LINKS.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {i18n._(choice.label)}
          </option>
        ))}
      </Choice>
      <CheckField
        label={t`Notify when hidden`}
        hint={notifyHint}
        checked={kept.notifyHidden && permission === 'granted'}
        onChange={(on) => void notify(on)}
      />
      <CheckField
        label={t`Pause while the pointer is on chat`}
        hint={t`In the dashboard, the chat stops moving while the pointer rests on it, and says how many lines wait.`}
        checked={kept.pauseOnHover}
        onChange={(pauseOnHover) => change({ pauseOnHover })}
      />
    </>
  );
}
