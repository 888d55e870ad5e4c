import { setupI18n, type I18n, type MessageDescriptor } from '@lingui/core';
import { i18n as english } from '../i18n';

/** What the interface shows for a message descriptor (an error or notice made outside React). */
export function said(
  descriptor: MessageDescriptor | null | undefined,
  i18n: I18n = english,
): string | null {
  return descriptor ? i18n._(descriptor) : null;
}

/** An interface in German, with the app's catalog, for tests that check a message is translated. */
export async function germanI18n(): Promise<I18n> {
  const { messages } = await import('../locales/de/messages.po');
  const german = setupI18n({ locale: 'de', messages: { de: messages } });
  return german;
}
