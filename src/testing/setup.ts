import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import type * as Testing from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, beforeAll, vi } from 'vitest';
import { loadMarkdownParser } from '../components/message-text/message-markdown';

// The app loads the markdown parser on demand; tests render with it already there.
beforeAll(() => loadMarkdownParser());

afterEach(() => {
  if (typeof document !== 'undefined') cleanup();
});

// jsdom has <dialog> but not its modal behaviour: what the tests rely on of it, as browsers
// do it (open, close, and Escape firing `cancel`).
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
    const dialog: HTMLDialogElement = this as HTMLDialogElement;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !dialog.open) return;
      const cancel = new Event('cancel', { cancelable: true });
      if (dialog.dispatchEvent(cancel)) dialog.close();
    };
    document.addEventListener('keydown', onKey);
    dialog.addEventListener('close', () => document.removeEventListener('keydown', onKey), {
      once: true,
    });
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

// Every component reads its words through Lingui: tests render inside its provider, in English
// (the catalog src/i18n loads with the first page), as the app does.
vi.mock('@testing-library/react', async (importOriginal) => {
  const original = await importOriginal<typeof Testing>();
  const { I18nProvider } = await import('@lingui/react');
  const { i18n } = await import('../i18n');
  const inI18n =
    (Inner?: React.JSXElementConstructor<{ children: React.ReactNode }>) =>
    ({ children }: { children: React.ReactNode }) =>
      createElement(
        I18nProvider,
        { i18n },
        Inner ? createElement(Inner, null, children) : children,
      );
  return {
    ...original,
    render: ((ui: React.ReactNode, options?: Parameters<typeof original.render>[1]) =>
      original.render(ui, {
        ...options,
        wrapper: inI18n(options?.wrapper),
      })) as typeof original.render,
    renderHook: ((hook: () => unknown, options?: Parameters<typeof original.renderHook>[1]) =>
      original.renderHook(hook, {
        ...options,
        wrapper: inI18n(options?.wrapper),
      })) as typeof original.renderHook,
  };
});
