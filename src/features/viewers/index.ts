/** Viewers: how many watch, per account and over time. */
export { ViewerPanel, ViewerSummary } from './viewer-panel';
