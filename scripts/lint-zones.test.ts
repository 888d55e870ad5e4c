// @vitest-environment node
import { ESLint } from 'eslint';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
// The messages of the zones in eslint.config.js (a JavaScript file: read, not typed).
const { ZONE_MESSAGES, STORE_IO_MESSAGE } = (await import(join(ROOT, 'eslint.config.js'))) as {
  ZONE_MESSAGES: Record<
    'featureIndex' | 'featureApp' | 'storeFeature' | 'protocol' | 'socket' | 'session' | 'config',
    string
  >;
  STORE_IO_MESSAGE: string;
};
const eslint = new ESLint({ cwd: ROOT });
const written: string[] = [];

/**
 * Writes probe source at `path`: a cycle needs both of its files on disk, where the rules
 * resolve them (the other probes are linted as text given a path, and write nothing).
 */
function probe(path: string, source: string): string {
  const file = join(ROOT, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  written.push(file);
  return file;
}

// The first lint loads the config, the parser and the resolvers: up to half a minute on a
// busy machine, which is no test's own time.
beforeAll(async () => {
  await eslint.lintText('export {};\n', { filePath: join(ROOT, 'src/store/zone-probe.ts') });
}, 60_000);

afterEach(() => {
  for (const file of written.splice(0)) rmSync(file, { force: true });
});

/** What the layer rules say of `source` linted as if it were the file at `path`. */
async function layerErrors(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, path) });
  return result!.messages
    .filter((message) =>
      [
        'import-x/no-restricted-paths',
        'import-x/no-cycle',
        'no-restricted-imports',
        'no-restricted-globals',
        'no-restricted-properties',
      ].includes(message.ruleId ?? ''),
    )
    .map((message) => message.message);
}

const uses = (...names: string[]) => `export const probe = [${names.join(', ')}];\n`;

describe('the layers, as lint enforces them (each rule refuses its probe)', () => {
  it('a feature reaching into another feature’s files fails', async () => {
    expect(
      await layerErrors(
        'src/features/chat/zone-probe.ts',
        "import { ViewerPanel } from '../viewers/viewer-panel';\n" + uses('ViewerPanel'),
      ),
    ).toEqual([expect.stringContaining(ZONE_MESSAGES.featureIndex)]);
  });

  it('a path that climbs out and back in is resolved, and fails too', async () => {
    expect(
      await layerErrors(
        'src/features/chat/zone-probe.ts',
        "import { ViewerPanel } from '../../features/viewers/viewer-panel';\n" +
          uses('ViewerPanel'),
      ),
    ).toEqual([expect.stringContaining(ZONE_MESSAGES.featureIndex)]);
  });

  it('the app or a session reaching into a feature’s files fails', async () => {
    expect(
      await layerErrors(
        'src/app/zone-probe.ts',
        "import { PollRunner } from '../features/poll/poll-runner';\n" + uses('PollRunner'),
      ),
    ).toEqual([expect.stringContaining(ZONE_MESSAGES.featureIndex)]);
    expect(
      await layerErrors(
        'src/session/zone-probe.ts',
        "import { createPollStore } from '../features/poll/poll-store';\n" +
          uses('createPollStore'),
      ),
    ).toEqual([expect.stringContaining(ZONE_MESSAGES.featureIndex)]);
  });

  it('through index.ts, a feature may use another; and the store, session, components, protocol', async () => {
    expect(
      await layerErrors(
        'src/features/chat/zone-probe.ts',
        [
          "import { ViewerPanel } from '../viewers';",
          "import { useStream } from '../../store/stream-context';",
          "import { useStreamActions } from '../../session/stream-provider';",
          "import { Panel } from '../../components/ui/panel';",
          "import { parseServerEvent } from '../../protocol/parse';",
          uses('ViewerPanel', 'useStream', 'useStreamActions', 'Panel', 'parseServerEvent'),
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('a feature importing the app fails', async () => {
    expect(
      await layerErrors(
        'src/features/chat/zone-probe.ts',
        "import { Dashboard } from '../../app/dashboard';\n" + uses('Dashboard'),
      ),
    ).toEqual([expect.stringContaining(ZONE_MESSAGES.featureApp)]);
  });

  it('the store importing a feature, even its index.ts, fails', async () => {
    expect(
      await layerErrors(
        'src/store/zone-probe.ts',
        "import { PollRunner } from '../features/poll';\n" + uses('PollRunner'),
      ),
    ).toEqual([expect.stringContaining(ZONE_MESSAGES.storeFeature)]);
  });

  it('the store doing I/O (storage, channels, databases, timers, locks) fails', async () => {
    for (const source of [
      "sessionStorage.setItem('chatdeck:draft', '');",
      "localStorage.getItem('chatdeck:settings');",
      "window.sessionStorage.setItem('chatdeck:draft', '');",
      'globalThis.localStorage.clear();',
      "indexedDB.open('chatdeck');",
      "new BroadcastChannel('chatdeck');",
      'setTimeout(() => undefined, 10);',
      'setInterval(() => undefined, 10);',
      "void navigator.locks.request('chatdeck', () => undefined);",
      "void fetch('/');",
    ]) {
      expect(await layerErrors('src/store/zone-probe.ts', `${source}\nexport {};\n`)).toEqual([
        expect.stringContaining(STORE_IO_MESSAGE),
      ]);
    }
    for (const source of [
      "import { persist } from 'zustand/middleware';\n" + uses('persist'),
      "import { pageStorage } from '../config/page-storage';\n" + uses('pageStorage'),
    ]) {
      expect(await layerErrors('src/store/zone-probe.ts', source)).toEqual([
        expect.stringContaining(STORE_IO_MESSAGE),
      ]);
    }
    // The session may: it owns the side effects.
    expect(
      await layerErrors(
        'src/session/zone-probe.ts',
        "sessionStorage.setItem('chatdeck:draft', '');\nsetTimeout(() => undefined, 10);\nexport {};\n",
      ),
    ).toEqual([]);
  });

  it('protocol importing anything of ours fails', async () => {
    expect(
      await layerErrors(
        'src/protocol/zone-probe.ts',
        "import { DEFAULT_HISTORY_LIMIT } from '../config/limits';\n" +
          uses('DEFAULT_HISTORY_LIMIT'),
      ),
    ).toEqual([expect.stringContaining(ZONE_MESSAGES.protocol)]);
    expect(
      await layerErrors(
        'src/protocol/zone-probe.ts',
        "import { PollSlot } from '../features/poll';\n" + uses('PollSlot'),
      ),
    ).toEqual([expect.stringContaining(ZONE_MESSAGES.protocol)]);
  });

  it('the socket importing the store, the session or React fails', async () => {
    for (const [source, message] of [
      ["import { createStreamStore } from '../store/stream-store';", ZONE_MESSAGES.socket],
      ["import { bindStream } from '../session/bind-stream';", ZONE_MESSAGES.socket],
      ["import { useEffect } from 'react';", 'The socket never touches React.'],
    ] as const) {
      const name = source.slice(9, source.indexOf(' }'));
      expect(await layerErrors('src/socket/zone-probe.ts', `${source}\n${uses(name)}`)).toEqual([
        expect.stringContaining(message),
      ]);
    }
  });

  it('a session importing the app, or config importing the store, fails', async () => {
    expect(
      await layerErrors(
        'src/session/zone-probe.ts',
        "import { Dashboard } from '../app/dashboard';\n" + uses('Dashboard'),
      ),
    ).toEqual([expect.stringContaining(ZONE_MESSAGES.session)]);
    expect(
      await layerErrors(
        'src/config/zone-probe.ts',
        "import { createStreamStore } from '../store/stream-store';\n" + uses('createStreamStore'),
      ),
    ).toEqual([expect.stringContaining(ZONE_MESSAGES.config)]);
  });

  it('an import cycle fails', async () => {
    probe(
      'src/store/zone-probe-b.ts',
      "import { a } from './zone-probe-a';\nexport const b = () => a;\n",
    );
    const a = probe(
      'src/store/zone-probe-a.ts',
      "import { b } from './zone-probe-b';\nexport const a = () => b;\n",
    );
    const [result] = await eslint.lintFiles([a]);
    expect(result!.messages.map((message) => message.message)).toEqual([
      expect.stringContaining('Dependency cycle'),
    ]);
  });
});
