import { Panel } from '../components/ui/panel';
import type { Settings } from '../config/settings';
import type { ImagePolicy } from '../protocol/image-hosts';
import { AccountList } from '../features/accounts/account-list';
import { ChatLog } from '../features/chat/chat-log';
import { Composer } from '../features/composer/composer';
import { ConnectionStatus } from '../features/connection/connection-status';
import { StreamState } from '../features/connection/stream-state';
import { Diagnostics } from '../features/diagnostics/diagnostics';
import { ViewerPanel } from '../features/viewers/viewer-panel';
import { Brand } from '../components/ui/brand';

/** The full dashboard: who is live, viewers, the unified chat and the composer. */
export function Dashboard({
  settings,
  images,
  onSignOut,
}: {
  settings: Settings;
  images: ImagePolicy;
  onSignOut: () => void;
}) {
  return (
    <div className="flex h-dvh flex-col">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-zinc-200 bg-white/80 px-4 py-2 backdrop-blur dark:border-zinc-800 dark:bg-zinc-900/80">
        <h1 className="text-lg font-bold tracking-tight">
          <Brand />
        </h1>
        <Panel name="stream">
          <StreamState />
        </Panel>
        <div className="ml-auto min-w-0">
          <Panel name="connection">
            <ConnectionStatus />
          </Panel>
        </div>
        <button
          type="button"
          onClick={onSignOut}
          title="Disconnect and forget the token on this device"
          className="rounded-md px-2 py-1 text-sm text-zinc-600 hover:bg-zinc-500/10 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-zinc-400"
        >
          Sign out
        </button>
      </header>
      <div className="flex min-h-0 flex-1 flex-col lg:flex-row">
        <aside className="flex max-h-[38vh] shrink-0 flex-col gap-5 overflow-y-auto border-b border-zinc-200 p-4 lg:max-h-none lg:w-72 lg:border-r lg:border-b-0 dark:border-zinc-800">
          <Panel name="viewers">
            <ViewerPanel />
          </Panel>
          <Panel name="accounts">
            <AccountList />
          </Panel>
          <Panel name="diagnostics">
            <Diagnostics />
          </Panel>
        </aside>
        <main className="flex min-h-0 min-w-0 flex-1 flex-col">
          <Panel name="chat">
            <ChatLog
              images={images}
              hideIrc={settings.hideIrc}
              hidePm={settings.hidePm}
              compact={settings.compact}
              showPicture={settings.showPicture}
              fromBottom={settings.fromBottom}
            />
          </Panel>
          <Panel name="composer">
            <Composer />
          </Panel>
        </main>
      </div>
    </div>
  );
}
