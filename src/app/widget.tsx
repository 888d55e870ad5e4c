import { ErrorBoundary } from '../components/ui/error-boundary';
import type { Settings } from '../config/settings';
import { chatViewOptions, ChatLog } from '../features/chat';
import type { ImagePolicy } from '../protocol/image-hosts';
import { ConnectionNote } from '../features/connection';
import { useThirdPartyEmotes } from '../features/emotes';

/** Chat only, for OBS docks, browser sources and iframes: no header, no composer. */
export function Widget({ settings, images }: { settings: Settings; images: ImagePolicy }) {
  const decorateFor = useThirdPartyEmotes(settings.emoteApi);
  return (
    <div className="relative flex h-dvh flex-col">
      {/* A transparent overlay on stream stays silent: nothing but chat is ever drawn on it. */}
      {!settings.transparent && (
        <ErrorBoundary fallback={null}>
          <ConnectionNote />
        </ErrorBoundary>
      )}
      <ErrorBoundary fallback={null}>
        <ChatLog
          images={images}
          view={chatViewOptions(settings, { widget: true })}
          widget
          decorateFor={decorateFor}
        />
      </ErrorBoundary>
    </div>
  );
}
