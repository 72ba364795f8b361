import { describe, expect, it } from 'vitest';
import { moduleClosure, pageAssets, staticImports } from '../../src/lib/pageWeight.ts';

describe('page weight', () => {
  const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel="preload" href="/_astro/f.woff2" as="font" type="font/woff2">
    <script type="module" src="/_astro/search.js"></script><script>console.log(1)</script>
    <astro-island component-url="/_astro/Chart.js" renderer-url="/_astro/client.js"></astro-island>`;
  it('finds scripts, island modules, stylesheets and preloaded fonts', () => {
    expect(pageAssets(html)).toEqual({
      scripts: ['/_astro/search.js', '/_astro/Chart.js', '/_astro/client.js'],
      eagerScripts: ['/_astro/search.js'],
      styles: ['/_astro/a.css'],
      fonts: ['/_astro/f.woff2'],
      inlineScripts: 'console.log(1)',
    });
  });
  it('reads static imports in minified code', () =>
    expect(staticImports('import{a as b}from"./x.js";import"./y.js";export{c}from"../z.js";import("./lazy.js")')).toEqual(['./x.js', './y.js', '../z.js']));
  it('counts each module once across islands', () => {
    const files: Record<string, string> = {
      '/_astro/Chart.js': 'import{a}from"./shared.js"',
      '/_astro/client.js': 'import{b}from"./shared.js"',
      '/_astro/shared.js': '',
    };
    expect(moduleClosure(['/_astro/Chart.js', '/_astro/client.js'], (u) => files[u]).sort()).toEqual([
      '/_astro/Chart.js',
      '/_astro/client.js',
      '/_astro/shared.js',
    ]);
  });
});
