import { defineConfig } from '@playwright/test';
import site from './playwright.config.ts';
import { DISK_ORIGIN } from './tools/disk-origin.ts';

// The fallback path end to end: a fixture build with translations missing (tests/fallback/),
// read from disk, with no server.
export default defineConfig({
  ...site,
  testDir: 'tests/fallback',
  globalSetup: './tests/fallback/global-setup.ts',
  webServer: undefined,
  workers: 1,
  use: { ...site.use, baseURL: DISK_ORIGIN },
});
