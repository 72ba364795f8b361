/**
 * Serves a built folder with astro preview, which gzips text as static hosts do, for the
 * measurement tools (bench, first-visit, handouts); resolves once the server answers.
 */
import { spawn } from 'node:child_process';

export async function startPreview(port: number, outDir = 'dist'): Promise<{ origin: string; stop: () => void }> {
  const child = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => child.pid && process.kill(-child.pid, 'SIGTERM');
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`astro preview did not answer on ${origin} within 30 s (is ${outDir}/ built? run npm run build)`);
}
