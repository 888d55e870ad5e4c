/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Set by `npm start` (scripts/start.ts): the simulator, the Connect form's default server. */
  readonly VITE_CHATDECK_SERVER?: string;
}
