import { defineConfig } from '@playwright/test';
import site from './playwright.config.ts';
import { FALLBACK_PORT } from './tests/fallback/missing.ts';

// The fallback path end to end: a fixture build with translations missing (tests/fallback/).
export default defineConfig({
  ...site,
  testDir: 'tests/fallback',
  globalSetup: './tests/fallback/global-setup.ts',
  webServer: undefined,
  workers: 1,
  use: { ...site.use, baseURL: `http://127.0.0.1:${FALLBACK_PORT}` },
});
