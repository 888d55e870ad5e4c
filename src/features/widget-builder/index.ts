/** The widget builder: makes the addresses of widgets and overlays for OBS (`?builder`). */
import { lazy } from 'react';

/** Loaded only on the builder page. */
export const WidgetBuilder = lazy(() =>
  import('./widget-builder').then((module) => ({ default: module.WidgetBuilder })),
);
