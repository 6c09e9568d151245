import { defineConfig, devices } from '@playwright/test';

// Overridable so two checkouts can run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3111);
const DATA_DIR = process.env.E2E_DATA_DIR ?? '/tmp/bb-e2e';

/** Browser tests against the real server on a fresh embedded database, with the system Chromium. */
export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: `${DATA_DIR}-results`,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: `rm -rf ${DATA_DIR} && BROBYGGER_DATA_DIR=${DATA_DIR} PORT=${PORT} node --enable-source-maps dist/server/main.js`,
    url: `http://localhost:${PORT}/api/v1/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
