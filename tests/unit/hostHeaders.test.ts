/** The headers a static host sends: the pages' own policy, never a second, different one. */
import { describe, expect, it } from 'vitest';
import { headerPolicy, headersFile, metaPolicy, nginxSnippet } from '../../src/lib/hostHeaders.ts';

const csp = "default-src 'self';script-src 'self' 'sha256-abc'";
const pages = [
  { path: '/', csp },
  { path: '/chapters/law/', csp },
];

describe('host headers', () => {
  it('send the meta policy as a header, with framing forbidden', () => {
    expect(headerPolicy(`${csp};`)).toBe(`${csp}; frame-ancestors 'none'`);
    expect(metaPolicy(`<meta http-equiv="content-security-policy" content="${csp}">`)).toBe(csp);
  });
  it('put one shared policy on every path, cache hashed assets for a year and pages not at all', () => {
    const file = headersFile(pages, '/');
    expect(file).toContain(
      `/*\n  Referrer-Policy: no-referrer\n  X-Content-Type-Options: nosniff\n  Permissions-Policy: camera=(), microphone=(), geolocation=()\n  Content-Security-Policy: ${csp}; frame-ancestors 'none'`,
    );
    expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(file).toContain('/chapters/law/\n  Cache-Control: no-cache');
    expect(file.match(/Content-Security-Policy/g)).toHaveLength(1);
  });
  it('give each page its own policy when the policies differ', () => {
    const file = headersFile([...pages, { path: '/metoo-pakistan/help/', csp: "default-src 'self'" }], '/metoo-pakistan/');
    expect(file).toContain("/metoo-pakistan/help/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n  Cache-Control: no-cache");
    expect(file.match(/Content-Security-Policy/g)).toHaveLength(3);
  });
  it('write the same settings for nginx, with an exact location for a page whose policy differs', () => {
    const conf = nginxSnippet([...pages, { path: '/help/', csp: "default-src 'self'" }], '/');
    expect(conf).toContain(`location / {\n  add_header Referrer-Policy "no-referrer" always;`);
    expect(conf).toContain(`add_header Content-Security-Policy "${csp}; frame-ancestors 'none'" always;`);
    expect(conf).toContain('location = /help/ {');
    expect(conf).toContain('add_header Cache-Control "public, max-age=31536000, immutable" always;');
  });
});
