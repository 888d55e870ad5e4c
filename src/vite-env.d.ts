/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set by `npm start` (scripts/start.ts): the simulator, the Connect form's default server. */
  readonly VITE_CHATDECK_SERVER?: string;
}

/** A Lingui catalog, compiled by @lingui/vite-plugin when imported. */
declare module '*.po' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
