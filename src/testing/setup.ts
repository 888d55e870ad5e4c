import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
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
