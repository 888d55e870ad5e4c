// @vitest-environment node
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The rule in eslint.config.js that keeps every word a user sees or hears in the catalogs. */
const ROOT = join(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: ROOT });

async function untranslated(source: string, path = 'src/features/chat/probe.tsx') {
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, path) });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-syntax')
    .map((message) => message.line);
}

const HEAD = "import { Trans, useLingui } from '@lingui/react/macro';\n";

describe('words outside Lingui', () => {
  it('fails on JSX text and on naming attributes written as literals', async () => {
    expect(await untranslated(`${HEAD}export const A = () => <p>Hello there</p>;\n`)).toEqual([2]);
    expect(
      await untranslated(`${HEAD}export const A = () => <button aria-label="Close">x</button>;\n`),
    ).toEqual([2]);
    expect(
      await untranslated(`${HEAD}export const A = () => <input placeholder={'Type here'} />;\n`),
    ).toEqual([2]);
    expect(
      await untranslated(
        `${HEAD}export const A = ({ n }: { n: number }) => <img alt={\`\${n} pictures\`} src="" />;\n`,
      ),
    ).toEqual([2]);
    expect(
      await untranslated(
        `${HEAD}export const A = () => <F label="Highlight words" />;\nconst F = (p: { label: string }) => <i>{p.label}</i>;\n`,
      ),
    ).toEqual([2]);
  });

  it('passes words given through Lingui, class names, names the same in every language, and tests', async () => {
    expect(
      await untranslated(
        `${HEAD}export function A() {\n  const { t } = useLingui();\n  return <p className="flex items-center" title={t\`Settings\`}><Trans>Hello <b>there</b></Trans> OBS</p>;\n}\n`,
      ),
    ).toEqual([]);
    expect(
      await untranslated(
        `export const A = () => <p>Hello there</p>;\n`,
        'src/features/chat/probe.test.tsx',
      ),
    ).toEqual([]);
  });
});
