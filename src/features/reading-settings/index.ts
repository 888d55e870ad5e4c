/** The Settings dialog (reading settings and the tools' groups). */
export { SettingsDialog } from './settings-dialog';
