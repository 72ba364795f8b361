import { defineConfig } from '@playwright/test';
import site from './playwright.config.ts';
import { DISK_ORIGIN } from './tools/disk-origin.ts';

// The teaching pack's PDFs and links, on the build under a sub-path (tests/pack/). The pages
// are read from disk (tools/disk-origin.ts): no server, so it runs beside the other suites.
export default defineConfig({
  ...site,
  testDir: 'tests/pack',
  use: { ...site.use, baseURL: DISK_ORIGIN },
  webServer: undefined,
});
