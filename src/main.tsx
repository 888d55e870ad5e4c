import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyAppearance } from './app/apply-appearance';
import { addressWithoutToken, readSettings } from './config/settings';
import { rememberToken, rememberedToken, previewToken } from './config/token-store';
import { startServiceWorker } from './features/installable';
import { ReadingSettingsProvider, createReadingSettingsStore } from './features/reading';
import { I18nProvider } from '@lingui/react';
import { i18n, startLanguage } from './i18n';
import './index.css';

const settings = readSettings(window.location);
// The token is a secret: read once, then gone from the address bar and history. This tab
// keeps it (session storage) so that a reload stays connected.
const clean = addressWithoutToken(window.location.href);
if (clean !== window.location.href) window.history.replaceState(window.history.state, '', clean);
if (settings.token !== undefined) rememberToken(settings.server, settings.token);
// The builder's preview of a widget is given its token in this tab's storage, not its address.
else if (settings.widget && settings.preview) settings.token = previewToken(settings.server);
else settings.token = rememberedToken(settings.server);

applyAppearance(settings, document.documentElement, window);
// Reading settings are the device's; the address wins for this page; other pages' changes apply.
const readingSettings = createReadingSettingsStore();
if (settings.streamerMode !== undefined)
  readingSettings.override({ streamerMode: settings.streamerMode });
readingSettings.follow(window);

const root = document.getElementById('root');
// The first paint is in the page's language: English is in this file, another language's
// catalog is loaded first (and should it fail, the page shows in English).
const languageReady = startLanguage(window).catch(() => undefined);
if (root) {
  void languageReady.then(() =>
    createRoot(root).render(
      <StrictMode>
        <I18nProvider i18n={i18n}>
          <ReadingSettingsProvider settings={readingSettings}>
            <App settings={settings} />
          </ReadingSettingsProvider>
        </I18nProvider>
      </StrictMode>,
    ),
  );
}

// The app's files kept on the device, for an installed app and for opening with no network.
if (import.meta.env.PROD) startServiceWorker(window);
