/**
 * A small static file server for a build made under a sub-path, used by the end-to-end
 * tests (astro preview runs only one server per project at a time) and by the
 * measurement scripts. It gzips text, as static hosts do.
 *   node tools/serve-static.ts <dir> <base> <port>
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir = 'dist-subpath', base = '/', port = '4322'] = process.argv.slice(2);
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

async function file(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    if (s.isDirectory()) return file(join(path, 'index.html'));
    return path;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const pathname = decodeURIComponent(url.pathname);
  const found = pathname.startsWith(base) ? await file(join(dir, normalize(pathname.slice(base.length - 1)))) : null;
  if (!found) {
    res.writeHead(404, { 'Content-Type': types['.html'] });
    res.end(await readFile(join(dir, '404.html')).catch(() => 'Not found'));
    return;
  }
  const type = types[extname(found)] ?? 'application/octet-stream';
  const body = await readFile(found);
  // Compress text as any static host does, so measurements see real transfer sizes.
  if (/text|javascript|json|svg|csv/.test(type) && /gzip/.test(String(req.headers['accept-encoding']))) {
    res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    res.end(gzipSync(body));
    return;
  }
  res.writeHead(200, { 'Content-Type': type });
  res.end(body);
}).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir}/ at http://127.0.0.1:${port}${base}`));
