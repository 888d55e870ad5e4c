/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, type Plugin } from 'vite';

/**
 * The production page's Content Security Policy: scripts and styles only from Chatdeck's own
 * files (no inline script, no eval), images from anywhere on the web (emotes, avatars) or
 * inline SVG icons, and connections to any multistreamer the streamer chooses (http(s) for
 * sign-in, ws(s) for chat). `frame-ancestors` cannot be set here: see Deploy in the README.
 * The dev server needs inline scripts for hot reload, so this is for `vite build` only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: http: data:",
  "connect-src 'self' https: http: wss: ws:",
  "font-src 'self'",
  "worker-src 'none'",
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
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    fs: { allow: ['..'] },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'simulator/**/*.test.ts', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
    testTimeout: 15000,
  },
});
