import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './tools/chromium-path.mjs';

// End-to-end tests run against the built site (npm run build) in Debian's Chromium at a
// phone's size. (The build under a sub-path is checked statically: npm run check:links.)
// E2E_PORT lets two work trees on one machine test their own builds side by side.
process.env.E2E_PORT ||= '4321';
const port = process.env.E2E_PORT;
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    {
      name: 'phone',
      use: { browserName: 'chromium', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
  ],
  webServer: [
    {
      command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      // Never another tree's build: a server already on the port is an error, not a shortcut.
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
