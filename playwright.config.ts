import { defineConfig } from '@playwright/test';
// A plain ESM helper shared with scripts/ensure-chromium.mjs.
import { findChromium } from './scripts/chromium-path.mjs';

const executablePath: string | undefined = findChromium() ?? undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  fullyParallel: false,
  workers: 1,
  retries: 0, // a test that passes only on retry is a defect, not a pass
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:4180',
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: 'npm run build && npx vite preview --host 127.0.0.1 --port 4180 --strictPort',
    url: 'http://127.0.0.1:4180',
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
  },
});
