import { ErrorBoundary } from '../components/ui/error-boundary';
import type { Settings } from '../config/settings';
import type { ImagePolicy } from '../protocol/image-hosts';
import { ChatLog } from '../features/chat/chat-log';

/** Chat only, for OBS docks, browser sources and iframes: no header, no composer. */
export function Widget({ settings, images }: { settings: Settings; images: ImagePolicy }) {
  return (
    <div className="flex h-dvh flex-col">
      <ErrorBoundary fallback={null}>
        <ChatLog
          widget
          images={images}
          hideIrc={settings.hideIrc}
          hidePm={settings.hidePm}
          compact={settings.compact}
          showPicture={settings.showPicture}
          fromBottom={settings.fromBottom}
          fadeoutSeconds={settings.fadeoutSeconds}
        />
      </ErrorBoundary>
    </div>
  );
}
