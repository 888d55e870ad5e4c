/** The header's tools: Settings (every tool's group in one dialog), chat search, notices. */
export { ReadingNotice, SettingsButton, useChatSearch } from './header-tools';
