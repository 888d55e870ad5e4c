// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The no-restricted-imports messages ESLint gives a file at `path` with `source`. */
async function zoneErrors(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the layers, as lint enforces them', () => {
  it('a feature importing another feature fails', async () => {
    expect(
      await zoneErrors(
        'src/features/chat/zone-probe.ts',
        "import { ViewerPanel } from '../viewers/viewer-panel';\nexport const probe = ViewerPanel;\n",
      ),
    ).toEqual([expect.stringContaining('Features never import each other')]);
  });

  it('a feature may use the store, the session, components and protocol', async () => {
    expect(
      await zoneErrors(
        'src/features/chat/zone-probe.ts',
        [
          "import { useStream } from '../../store/stream-context';",
          "import { useStreamActions } from '../../session/stream-provider';",
          "import { Panel } from '../../components/ui/panel';",
          "import { parseServerEvent } from '../../protocol/parse';",
          'export const probe = [useStream, useStreamActions, Panel, parseServerEvent];',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('the socket importing the store, the session or React fails', async () => {
    for (const source of [
      "import { createStreamStore } from '../store/stream-store';\nexport const probe = createStreamStore;\n",
      "import { bindStream } from '../session/bind-stream';\nexport const probe = bindStream;\n",
      "import { useEffect } from 'react';\nexport const probe = useEffect;\n",
    ]) {
      expect(await zoneErrors('src/socket/zone-probe.ts', source), source).toHaveLength(1);
    }
  });

  it('the store importing the socket fails', async () => {
    expect(
      await zoneErrors(
        'src/store/zone-probe.ts',
        "import { ChatSocket } from '../socket/chat-socket';\nexport const probe = ChatSocket;\n",
      ),
    ).toEqual([expect.stringContaining('The store holds data')]);
  });

  it('protocol importing anything of ours fails', async () => {
    expect(
      await zoneErrors(
        'src/protocol/zone-probe.ts',
        "import { DEFAULT_HISTORY_LIMIT } from '../config/limits';\nexport const probe = DEFAULT_HISTORY_LIMIT;\n",
      ),
    ).toEqual([expect.stringContaining('wire contract')]);
  });

  it('config importing the store fails', async () => {
    expect(
      await zoneErrors(
        'src/config/zone-probe.ts',
        "import { createStreamStore } from '../store/stream-store';\nexport const probe = createStreamStore;\n",
      ),
    ).toEqual([expect.stringContaining('config/ reads settings')]);
  });
});
