/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Tests always run in the same time zone and locale, whatever the machine says.
process.env['TZ'] = 'Europe/London';
process.env['LANG'] = 'en_GB.UTF-8';

/**
 * The headers a council's web host should send with the site (README, "Headers for the web
 * host"); `vite preview` (npm start, the browser tests) sends them too. A meta tag cannot set
 * frame-ancestors, so only a header stops another site framing the scorecard (clickjacking).
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' blob:",
  "worker-src 'self' blob:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
export const HOSTING_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export default defineConfig({
  // Relative asset paths, so the built site works from any folder on any static host.
  base: './',
  plugins: [react()],
  preview: { headers: { ...HOSTING_HEADERS } },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
  },
  test: {
    env: { TZ: 'Europe/London', LANG: 'en_GB.UTF-8' },
    projects: [
      {
        extends: true,
        test: {
          name: 'domain',
          environment: 'node',
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'tests/**/*.test.tsx'],
          setupFiles: ['tests/setup/components.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['e2e/**/*.spec.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores and the dev server shares them.
          fileParallelism: false,
        },
      },
    ],
  },
});
