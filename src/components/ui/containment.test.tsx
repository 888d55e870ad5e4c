import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { RowBoundary } from '../../features/chat/row-boundary';
import { Panel } from './panel';

function Broken(): never {
  throw new Error('render failed');
}

describe('containment', () => {
  it('a chat line that fails to render falls back to its plain text, alone', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <div>
        <RowBoundary author="alice" text="the line as typed">
          <Broken />
        </RowBoundary>
        <RowBoundary author="bob" text="unused">
          <article>bob: still here</article>
        </RowBoundary>
      </div>,
    );
    const rows = screen.getAllByRole('article');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('alice: the line as typed');
    expect(rows[1]).toHaveTextContent('bob: still here');
  });

  it('a panel that fails says so and leaves the other panels working', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    render(
      <main>
        <Panel name="viewers">
          <Broken />
        </Panel>
        <Panel name="chat">
          <p>chat keeps going</p>
        </Panel>
      </main>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The viewers panel failed to show. The rest of Chatdeck keeps working.',
    );
    expect(screen.getByText('chat keeps going')).toBeVisible();
    expect(warn).toHaveBeenCalledWith(
      'Chatdeck contained a render error:',
      'render failed',
      expect.any(String),
    );
  });
});
