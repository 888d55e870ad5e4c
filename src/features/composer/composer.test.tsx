import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ClientCommand } from '../../protocol/wire';
import { makeLiveStatus } from '../../testing/factories';
import { streamHarness, type StreamHarness } from '../../testing/stream-harness';
import { Composer } from './composer';

let sent: ClientCommand[];
let stream: StreamHarness;

beforeEach(() => {
  stream = streamHarness();
  sent = stream.sent;
  stream.setConnection({ phase: 'connected', since: 0 });
  stream.apply([makeLiveStatus()]);
});

describe('Composer', () => {
  it('lists writable accounts as From and sends on Enter without a local copy', async () => {
    const user = userEvent.setup();
    render(stream.wrap(<Composer />));
    const form = screen.getByRole('form', { name: 'Send a message' });
    expect(form).toBeInTheDocument();
    const from = screen.getByRole('combobox', { name: 'From' });
    expect([...(from as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      'IRC · john',
      'Twitch · jprjrdev',
      'Twitch · gamethattunedev',
    ]);
    expect(from).toHaveValue('14');
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'hello chat{Enter}');
    expect(sent.at(-1)).toEqual({
      type: 'text',
      account_id: 14,
      cur_stream_account_id: 14,
      text: 'hello chat',
    });
    expect(screen.getByRole('textbox', { name: 'Message' })).toHaveValue('');
    expect(stream.store.getState().messages).toHaveLength(0);
  });

  it('waits for a writer before a not-ready account can type, then enables input', async () => {
    const user = userEvent.setup();
    render(stream.wrap(<Composer />));
    await user.selectOptions(screen.getByRole('combobox', { name: 'From' }), '17');
    expect(screen.getByRole('combobox', { name: 'To' })).toHaveValue('14');
    expect(sent.at(-1)).toEqual({ type: 'writer', account_id: 17, cur_stream_account_id: 14 });
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeDisabled();
    expect(screen.getByText(/Asking multistreamer for a writer/)).toBeInTheDocument();
    stream.apply([{ type: 'writerresult', accountId: 17, streamAccountId: 14 }]);
    const input = await screen.findByRole('textbox', { name: 'Message' });
    expect(input).toBeEnabled();
    await user.type(input, '/me waves{Enter}');
    expect(sent.at(-1)).toEqual({
      type: 'emote',
      account_id: 17,
      cur_stream_account_id: 14,
      text: 'waves',
    });
  });

  it('explains slash commands while typing and shows errors', async () => {
    const user = userEvent.setup();
    render(stream.wrap(<Composer />));
    const input = screen.getByRole('textbox', { name: 'Message' });
    await user.type(input, '/msg alice psst');
    expect(screen.getByText('Private message to alice on the internal IRC.')).toBeInTheDocument();
    await user.clear(input);
    // While "/msg" is typed the command list is open (Enter would pick from it); a space ends it.
    await user.type(input, '/msg');
    expect(screen.getByRole('listbox', { name: 'Commands' })).toHaveTextContent('/msg USER TEXT');
    await user.type(input, ' {Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Usage: /msg USER TEXT');
  });

  it('holds what is sent while disconnected and shows it as waiting', async () => {
    const user = userEvent.setup();
    stream.setConnection({ phase: 'waiting', attempt: 1, retryAt: 0, reason: 'closed' });
    render(stream.wrap(<Composer />));
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'still there?{Enter}');
    // The list loads on demand: a cold transform on a busy machine can take over a second.
    expect(
      await screen.findByRole('list', { name: 'Waiting to send' }, { timeout: 5_000 }),
    ).toHaveTextContent('still there?');
    expect(sent.filter((command) => command.type === 'text')).toHaveLength(0);
  });
});
