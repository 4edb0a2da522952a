/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { kohuScenarios } from './scripts/vite-plugin-scenarios.ts';

/**
 * The built app's Content-Security-Policy, as a meta tag (the app is static
 * files: no server to send a header). Scripts, styles and workers come only
 * from the app's own files. Style *attributes* stay allowed: Svelte writes
 * custom properties such as `--zoom` into them, and an attribute cannot run
 * code. CodeMirror keeps its styles in constructed style sheets
 * (adoptedStyleSheets), which a policy does not block. Only for the build:
 * the dev server injects its own scripts and styles.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const contentSecurityPolicy: Plugin = {
  name: 'kohu-csp',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
  ],
};

export default defineConfig({
  plugins: [svelte(), kohuScenarios(), contentSecurityPolicy],
  publicDir: 'static',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  build: { target: 'es2022', chunkSizeWarningLimit: 900 },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
