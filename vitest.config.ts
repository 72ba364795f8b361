/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { svelteTesting } from '@testing-library/svelte/vite';

// Astro's Vite config, so .svelte files and Astro's modules resolve as in the site.
export default getViteConfig({
  plugins: [svelteTesting()],
  test: {
    environment: 'node',
    // Test files share workers: none of them changes global state another one reads.
    isolate: false,
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
  },
});
