import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/linkCheck.ts';

describe('the link check', () => {
  const pages = new Map([
    ['/m/', '<a href="/m/chapters/a/#intro">A</a><a href="https://example.org/">out</a><link href="/m/_astro/x.css">'],
    ['/m/chapters/a/', '<h2 id="intro">Intro</h2><a href="../../">home</a><a href="#missing">x</a><a href="/chapters/a/">root</a>'],
  ]);
  const files = new Set(['/m/_astro/x.css']);
  const report = checkLinks(pages, files, '/m/');
  it('follows relative and absolute links, and skips other sites', () => {
    expect(report.links).toBe(5);
    expect(report.anchors).toBe(2);
  });
  it('reports a missing anchor and a link that leaves the base path', () =>
    expect(report.broken).toEqual(['/m/chapters/a/ -> /m/chapters/a/#missing (no such anchor)', '/m/chapters/a/ -> /chapters/a/ (outside /m/)']));
});
