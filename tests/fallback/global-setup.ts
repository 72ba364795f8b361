/**
 * Builds the site from a copy of the repository with some translations missing, as a
 * translator's work in progress would be: the fallback path end to end. The copy shares
 * node_modules with the repository through a link. The tests read its build from disk
 * (tools/disk-origin.ts), so no server competes with the other suites' servers; the
 * folder reaches them as FALLBACK_DIST.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { MISSING } from './missing.ts';

const SKIP = /^(node_modules|dist.*|\.astro|\.git|test-results|playwright-report|reports)$/;

export default async function globalSetup(): Promise<() => void> {
  const repo = resolve('.');
  const root = mkdtempSync(join(tmpdir(), 'fallback-site-'));
  cpSync(repo, root, { recursive: true, filter: (src) => src === repo || !SKIP.test(src.slice(repo.length + 1).split('/')[0]) });
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  for (const file of MISSING) rmSync(join(root, file));
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  const built = spawnSync(process.execPath, ['tools/build.ts'], { cwd: root, encoding: 'utf8', env: { ...env, TEACHING_PACK: 'off' } });
  if (built.status !== 0) throw new Error(`The fixture build with missing translations failed:\n${built.stdout}\n${built.stderr}`);
  process.env.FALLBACK_DIST = join(root, 'dist');
  return () => rmSync(root, { recursive: true, force: true });
}
