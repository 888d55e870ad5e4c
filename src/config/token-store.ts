import * as v from 'valibot';
import { apiTokenSchema } from '../protocol/api';
import { pageStorage } from './page-storage';

/**
 * Where access tokens are kept, per multistreamer server: for this tab only (session storage,
 * so a reload stays connected once the token has left the address bar), or on this device
 * (local storage) when the streamer opts in. Never anywhere else.
 */
const TAB_KEY = 'chatdeck:tokens';
const DEVICE_KEY = 'chatdeck:remembered-tokens';

const tokensSchema = v.record(v.string(), apiTokenSchema);

export interface Storages {
  sessionStorage: Storage | null;
  localStorage: Storage | null;
}

function pageStorages(): Storages {
  return {
    sessionStorage: pageStorage('sessionStorage'),
    localStorage: pageStorage('localStorage'),
  };
}

function read(storage: Storage | null, key: string): Record<string, string> {
  if (!storage) return {};
  try {
    const result = v.safeParse(tokensSchema, JSON.parse(storage.getItem(key) ?? '{}'));
    return result.success ? result.output : {};
  } catch {
    return {};
  }
}

function write(storage: Storage | null, key: string, tokens: Record<string, string>): void {
  if (!storage) return;
  try {
    if (Object.keys(tokens).length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify(tokens));
  } catch {
    // Storage full or disabled (private mode, sandboxed iframe): the token just is not kept.
  }
}

/** A server's address as a stable key (no trailing slash). */
function keyOf(server: string): string {
  return server.replace(/\/+$/, '');
}

export function rememberToken(
  server: string,
  token: string,
  { onDevice = false }: { onDevice?: boolean } = {},
  storages: Storages = pageStorages(),
): void {
  const key = keyOf(server);
  write(storages.sessionStorage, TAB_KEY, {
    ...read(storages.sessionStorage, TAB_KEY),
    [key]: token,
  });
  if (onDevice) {
    write(storages.localStorage, DEVICE_KEY, {
      ...read(storages.localStorage, DEVICE_KEY),
      [key]: token,
    });
  }
}

/** The token kept for a server: this tab's first, then the one remembered on this device. */
export function rememberedToken(
  server: string,
  storages: Storages = pageStorages(),
): string | undefined {
  const key = keyOf(server);
  return (
    read(storages.sessionStorage, TAB_KEY)[key] ?? read(storages.localStorage, DEVICE_KEY)[key]
  );
}

export function isRememberedOnDevice(server: string, storages: Storages = pageStorages()): boolean {
  return keyOf(server) in read(storages.localStorage, DEVICE_KEY);
}

/** Forgets a server's token everywhere Chatdeck kept it. */
export function forgetToken(server: string, storages: Storages = pageStorages()): void {
  const key = keyOf(server);
  for (const [storage, name] of [
    [storages.sessionStorage, TAB_KEY],
    [storages.localStorage, DEVICE_KEY],
  ] as const) {
    const kept = Object.entries(read(storage, name)).filter(([server]) => server !== key);
    write(storage, name, Object.fromEntries(kept));
  }
}

/**
 * The builder's preview of a widget gets the token here (this tab's session storage, which a
 * same-origin frame of the tab shares), not in its address: the frame's `src` is in the DOM.
 */
const PREVIEW_KEY = 'chatdeck:preview-token';
const previewSchema = v.object({ server: v.string(), token: apiTokenSchema });

export function rememberPreviewToken(
  server: string,
  token: string,
  storage: Storage | null = pageStorage('sessionStorage'),
): void {
  try {
    storage?.setItem(PREVIEW_KEY, JSON.stringify({ server: keyOf(server), token }));
  } catch {
    // Storage refused: the preview asks for the token like any page without one.
  }
}

/** The token the builder left for its preview of this server's widget, if any. */
export function previewToken(
  server: string,
  storage: Storage | null = pageStorage('sessionStorage'),
): string | undefined {
  try {
    const result = v.safeParse(previewSchema, JSON.parse(storage?.getItem(PREVIEW_KEY) ?? 'null'));
    return result.success && result.output.server === keyOf(server)
      ? result.output.token
      : undefined;
  } catch {
    return undefined;
  }
}
