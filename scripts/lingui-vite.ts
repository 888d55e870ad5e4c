import { transformAsync, types as t, type PluginObj } from '@babel/core';
import { getCatalogs } from '@lingui/cli/api';
import { getConfig } from '@lingui/conf';
import { compileMessage } from '@lingui/message-utils/compileMessage';
import { relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Lingui in Chatdeck's build (issue 25; docs/languages.md).
 *
 * Lingui's macros (`t`, `<Trans>`, `<Plural>`, `useLingui`) turn into message lookups by its
 * Babel plugin. @vitejs/plugin-react 6 no longer runs Babel and @rolldown/plugin-babel needs
 * Node 22 (this project supports 20.19), so the macro plugin runs here, only on the files that
 * import a macro; Oxc strips the types and compiles the JSX afterwards. Vitest uses the same
 * config, so tests see the same code as the build.
 *
 * One change to Lingui's output: a message is looked up by its English text, not by a hash,
 * and carries its English form compiled. English then needs no catalog at all (nothing to
 * fetch before the first paint), and the first page does not carry some 600 hashes twice (a
 * random id does not compress: that alone was more than the 5 KB the issue allows). The other
 * languages' catalogs (`import('…/de/messages.po')`) are compiled here with the same keys.
 */

/** The key of a message: its English text, with its context when it has one. */
export function messageKey(message: string, context?: string): string {
  return context ? `${context}\u0004${message}` : message;
}

/**
 * How the runtime reads a message that carries no compiled form: text with `{name}`
 * placeholders (src/i18n/i18n.ts holds the same few lines). Kept in step with Lingui's compiler by
 * `compiledNode`, which gives a message its compiled form whenever the two would differ.
 */
export function compileSimple(message: string): (string | [string])[] {
  return message
    .split(/\{(\w+)\}/)
    .map((part, index): string | [string] => (index % 2 ? [part] : part))
    .filter((part) => part !== '');
}

/** A message's English form compiled, as a literal; none when the runtime's simple reading
 * gives the same (plain text, `{name}` placeholders): its key then says it all. */
function compiledNode(message: string): t.Expression | null {
  const compiled = compileMessage(message);
  return JSON.stringify(compiled) === JSON.stringify(compileSimple(message))
    ? null
    : t.valueToNode(compiled);
}

function stringOf(node: t.Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (t.isStringLiteral(node)) return node.value;
  if (t.isJSXExpressionContainer(node)) return stringOf(node.expression);
  if (t.isTemplateLiteral(node) && node.expressions.length === 0)
    return node.quasis[0]!.value.cooked ?? undefined;
  return undefined;
}

/** Rewrites the macro's `{ id, message }` (calls) and `<Trans id message>` (JSX) to natural keys. */
function naturalKeys(): PluginObj {
  return {
    name: 'chatdeck-lingui-natural-keys',
    visitor: {
      ObjectExpression(path) {
        const props = path.node.properties.filter((p): p is t.ObjectProperty =>
          t.isObjectProperty(p),
        );
        const named = (name: string) =>
          props.find((p) => (t.isIdentifier(p.key) ? p.key.name : stringOf(p.key)) === name);
        const id = named('id');
        const message = named('message');
        if (!id || !message) return;
        const text = stringOf(message.value);
        if (text === undefined || stringOf(id.value) === undefined) return;
        id.value = t.stringLiteral(messageKey(text, stringOf(named('context')?.value)));
        const compiled = compiledNode(text);
        if (compiled) message.value = compiled;
        else path.node.properties.splice(path.node.properties.indexOf(message), 1);
      },
      JSXOpeningElement(path) {
        const attrs = path.node.attributes.filter((a): a is t.JSXAttribute => t.isJSXAttribute(a));
        const named = (name: string) => attrs.find((a) => a.name.name === name);
        const id = named('id');
        const message = named('message');
        if (!id || !message) return;
        const text = stringOf(message.value);
        if (text === undefined || stringOf(id.value) === undefined) return;
        id.value = t.stringLiteral(messageKey(text, stringOf(named('context')?.value)));
        const compiled = compiledNode(text);
        if (compiled) message.value = t.jsxExpressionContainer(compiled);
        else path.node.attributes.splice(path.node.attributes.indexOf(message), 1);
      },
    },
  };
}

export function linguiMacro(): Plugin {
  return {
    name: 'chatdeck-lingui-macro',
    enforce: 'pre',
    async transform(code, id) {
      const file = id.split('?')[0]!;
      if (!/\.[cm]?[jt]sx?$/.test(file) || file.includes('/node_modules/')) return null;
      if (!/@lingui\/(core|react)\/macro/.test(code)) return null;
      const macro = await transformAsync(code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [['@lingui/babel-plugin-lingui-macro', { stripMessageField: false }]],
      });
      if (!macro?.code) return null;
      const keyed = await transformAsync(macro.code, {
        filename: file,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        inputSourceMap: macro.map ?? undefined,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [naturalKeys],
      });
      return keyed?.code ? { code: keyed.code, map: keyed.map } : null;
    },
  };
}

/**
 * `import { messages } from '../locales/de/messages.po'`: the catalog compiled, keyed as the
 * code asks (by English text). A message not translated is left out: the English one shows.
 */
export function linguiCatalogs(): Plugin {
  const config = getConfig({ cwd: process.cwd() });
  const root = config.rootDir ?? process.cwd();
  return {
    name: 'chatdeck-lingui-catalogs',
    async transform(_code, id) {
      const file = id.split('?')[0]!;
      if (!file.endsWith('.po')) return null;
      const path = relative(root, file);
      const [catalog] = await getCatalogs(config);
      const locale = catalog!.locales.find(
        (l) => relative(root, catalog!.getFilename(l) ?? '') === path,
      );
      if (!catalog || !locale) throw new Error(`${path} is no catalog of lingui.config.ts`);
      this.addWatchFile(file);
      const entries = await catalog.read(locale);
      const messages: Record<string, unknown> = {};
      for (const entry of Object.values(entries ?? {})) {
        if (!entry.translation || entry.obsolete || entry.message === undefined) continue;
        messages[messageKey(entry.message, entry.context)] = compileMessage(entry.translation);
      }
      return {
        code: `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(messages))});`,
        map: null,
        moduleType: 'js',
      };
    },
  };
}
