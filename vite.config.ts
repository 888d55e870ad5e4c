/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig({
  // Relative asset URLs: dist/ works from any path of any static host.
  base: './',
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      output: {
        // What the first page and the parts loaded on demand share goes in one chunk: left
        // to itself the bundler made some twenty small ones the page preloads, each with its
        // own overhead (4.6 KB more gzipped in all).
        codeSplitting: { groups: [{ name: 'shared', minShareCount: 2 }] },
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
    ],
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'simulator/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
    testTimeout: 15000,
  },
});
