import { defineConfig } from '@playwright/test';
// A plain ESM helper shared with scripts/ensure-chromium.mjs.
import { findChromium } from './scripts/chromium-path.mjs';

const executablePath: string | undefined = findChromium() ?? undefined;
// Several checkouts can test side by side on one machine: KOHU_E2E_PORT picks another port.
const port = Number(process.env.KOHU_E2E_PORT ?? 4180);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 90_000,
  fullyParallel: false,
  workers: 1,
  retries: 0, // a test that passes only on retry is a defect, not a pass
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
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
    command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
  },
});
