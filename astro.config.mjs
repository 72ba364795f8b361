// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import { satteri } from '@astrojs/markdown-satteri';
import { isolateLatinInUrdu } from './src/lib/isolateLatinPlugin.ts';
import { siteBuild } from './tools/site-integration.ts';

// One setting moves the whole site under a sub-path of any static host:
//   BASE_PATH=/metoo-pakistan/ npm run build
// Every link and asset goes through withBase() or Astro's base-aware helpers.
const base = process.env.BASE_PATH || '/';
// The public address, used in citations, canonical links and the print header.
const site = process.env.SITE_URL || 'http://127.0.0.1:4321';

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || 'dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), svelte(), siteBuild()],
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [isolateLatinInUrdu] }) },
  devToolbar: { enabled: false },
  prefetch: false,
  security: {
    // A policy that lets a page load only from its own origin. Astro adds the hashes of
    // its own inline scripts and styles. Pagefind compiles WebAssembly, hence wasm-unsafe-eval.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
