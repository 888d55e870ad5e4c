/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { linguiCatalogs, linguiMacro } from './scripts/lingui-vite.ts';
import { defineConfig, type Plugin } from 'vite';
import { installable } from './scripts/installable.ts';

/**
 * The production page's Content Security Policy: scripts and styles only from Chatdeck's own
 * files (no inline script, no eval), images over http(s) or inline SVG icons, and connections to any multistreamer the streamer chooses (http(s) for
 * sign-in, ws(s) for chat). `frame-ancestors` cannot be set here: see Deploy in the README.
 * The dev server needs inline scripts for hot reload, so this is for `vite build` only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // The server is chosen at run time, so its origin cannot be listed here: once connected, the
  // page adds a second policy that allows only that origin and the emote and avatar hosts
  // (src/app/narrow-image-sources.ts). A deployment that knows its hosts can list them here.
  "img-src 'self' https: http: data:",
  "connect-src 'self' https: http: wss: ws:",
  "font-src 'self'",
  // The WebSocket runs in a worker of Chatdeck's own (src/socket/socket-worker.ts).
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'chatdeck-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/**
 * The modules the first page imports statically (its entry's whole static graph), found once the
 * build has read them all. They go in the entry's own chunk: left to itself the bundler split
 * every module the page shares with a part loaded on demand into a chunk of its own (some twenty
 * small chunks, each preloaded and each with its own overhead). Parts loaded on demand import
 * them from the entry, as Rollup arranges it.
 */
const firstPageModules = new Set<string>();
function firstPageGraph(): Plugin {
  return {
    name: 'chatdeck-first-page-graph',
    apply: 'build',
    buildEnd() {
      const waiting = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      while (waiting.length > 0) {
        const id = waiting.pop()!;
        if (firstPageModules.has(id)) continue;
        firstPageModules.add(id);
        waiting.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
}

export default defineConfig({
  // Relative asset URLs: dist/ works from any path of any static host.
  base: './',
  plugins: [
    linguiMacro(),
    react(),
    linguiCatalogs(),
    tailwindcss(),
    contentSecurityPolicy(),
    firstPageGraph(),
    // The web app manifest, its icons and the service worker (build only).
    installable(import.meta.dirname),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Every browser the target (es2022) runs in but Safari 16 preloads modules by itself: the
    // polyfill only helped that one fetch a lazy part's imports a moment earlier.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'index', test: (id: string) => firstPageModules.has(id) }],
        },
      },
    },
  },
  // Every dependency is pre-bundled before the first page asks for it: a dependency found
  // later makes the dev server re-optimize and reset the connections of a loading page.
  optimizeDeps: {
    entries: ['index.html'],
    include: [
      'react',
      'react-dom/client',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-markdown',
      'zustand',
      'zustand/middleware',
      'zustand/react/shallow',
      'valibot',
      '@tanstack/react-virtual',
      'micromark-extension-gfm-strikethrough',
      'mdast-util-gfm-strikethrough',
      're2js',
      '@lingui/core',
      '@lingui/core/macro',
      '@lingui/react',
      '@lingui/react/macro',
    ],
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'simulator/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
    testTimeout: 15000,
    // One page (jsdom) per worker for all its files, not one per file: building it was most of
    // the run (195 s -> 45 s on 2 cores). Tests that need a module's first state (a pattern
    // engine not loaded yet) import a fresh copy after `vi.resetModules()`.
    isolate: false,
    // Every core: the tests are CPU-bound (Vitest's default leaves one free).
    maxWorkers: availableParallelism(),
  },
});
