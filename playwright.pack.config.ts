import { defineConfig } from '@playwright/test';
import site from './playwright.config.ts';
import { PACK_BASE, PACK_DIST, PACK_PORT } from './tests/pack/site.ts';

// The teaching pack's PDFs and links, on the build under a sub-path (tests/pack/).
export default defineConfig({
  ...site,
  testDir: 'tests/pack',
  use: { ...site.use, baseURL: `http://127.0.0.1:${PACK_PORT}` },
  webServer: [
    {
      command: `node_modules/.bin/astro preview --host 127.0.0.1 --port ${PACK_PORT}`,
      env: { OUT_DIR: PACK_DIST, BASE_PATH: PACK_BASE },
      url: `http://127.0.0.1:${PACK_PORT}${PACK_BASE}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
