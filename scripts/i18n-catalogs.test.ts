// @vitest-environment node
import { getCatalogs } from '@lingui/cli/api';
import { getConfig } from '@lingui/conf';
import { compileMessage, type CompiledMessage } from '@lingui/message-utils/compileMessage';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * Every language's catalog holds every message of src/, translated (issue 25). A message may
 * read the same as in English only when it is a name that does not change (this list), and a
 * translation keeps the message's placeholders, plurals and tags.
 */
const SAME_IN_EVERY_LANGUAGE = new Set(['CSV', 'JSON', 'Nightbot, twitch:StreamElements']);
/** Words a language shares with English, as its streamers say them. */
const SHARED: Record<string, Set<string>> = {
  de: new Set([
    'Chat',
    'Stream',
    'Streams',
    'Stream {id}',
    'Token',
    'Server',
    'Live',
    'Emotes',
    'Text',
    'Filter',
    'Bot',
    '/me TEXT',
    '/irc TEXT',
  ]),
  es: new Set(['Chat', 'Stream', 'Streams', 'Stream {id}', 'Token', 'bytes', 'Emotes', 'Bot']),
  'pt-BR': new Set(['Chat', 'Streams', 'Token', 'bytes', 'Emotes', 'via API', 'Bot']),
  fr: new Set([
    'Chat',
    'Stream',
    'Streams',
    'Message',
    'Emotes',
    'compact',
    '{total, plural, one {# vote} other {# votes}}',
    'Bot',
    'Note',
    'Questions',
    '/poll Question | Option A | Option B [60s]',
  ]),
  ja: new Set(),
  ar: new Set(),
};

const config = getConfig({ cwd: process.cwd() });
let source: string[] = [];
let catalogs: Record<
  string,
  Record<string, { message?: string; translation?: string; obsolete?: boolean }>
> = {};

/** What a compiled message asks for: its placeholders, plural and select forms, and tags. */
function shape(message: string): string[] {
  const names = new Set<string>();
  const visit = (compiled: CompiledMessage) => {
    if (!Array.isArray(compiled)) return;
    for (const token of compiled) {
      if (typeof token === 'string') {
        for (const tag of token.matchAll(/<\/?(\d+)\/?>/g)) names.add(`<${tag[1]}>`);
      } else {
        names.add(`{${token[0]}${token[1] ? `,${token[1]}` : ''}}`);
        const forms = token[2];
        if (forms && typeof forms === 'object') {
          for (const form of Object.values(forms)) visit(form as CompiledMessage);
        }
      }
    }
  };
  visit(compileMessage(message));
  return [...names].sort();
}

beforeAll(async () => {
  const [catalog] = await getCatalogs(config);
  const collected = await catalog!.collect();
  source = Object.values(collected ?? {}).map((entry) => entry.message ?? '');
  catalogs = (await catalog!.readAll()) as typeof catalogs;
}, 120_000);

describe('catalogs', () => {
  it('the source has messages to translate', () => {
    expect(source.length).toBeGreaterThan(100);
  });

  for (const locale of config.locales.filter((locale) => locale !== config.sourceLocale)) {
    it(`${locale}: every message is there and translated, with its placeholders`, () => {
      const byMessage = new Map(
        Object.values(catalogs[locale] ?? {})
          .filter((entry) => !entry.obsolete)
          .map((entry) => [entry.message, entry.translation ?? ''] as const),
      );
      const missing = source.filter((message) => !byMessage.get(message));
      expect(missing, `not in ${locale}'s catalog: run npm run extract, then translate`).toEqual(
        [],
      );
      const untranslated = source.filter(
        (message) =>
          byMessage.get(message) === message &&
          !SAME_IN_EVERY_LANGUAGE.has(message) &&
          !SHARED[locale]?.has(message),
      );
      expect(untranslated, `left in English in ${locale}`).toEqual([]);
      const changed = source.filter(
        (message) => shape(message).join() !== shape(byMessage.get(message) ?? '').join(),
      );
      expect(changed, `placeholders changed in ${locale}`).toEqual([]);
    });
  }
});
