// Where the end-to-end tests find Chromium: CHROMIUM_PATH, or Debian's chromium package.
// The tests never download a browser.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export function chromiumPath() {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/** How every test and tool starts it: no sandbox (containers), no GPU, and nothing it would fetch on its own. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function assertChromium() {
  const path = chromiumPath();
  if (!existsSync(path)) {
    console.error(
      `The end-to-end tests need Chromium, and there is none at ${path}: install Debian's chromium package (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.`,
    );
    process.exit(1);
  }
}

/** The HTML check runs the Nu Html Checker, a Java program. */
export function assertJava() {
  if (spawnSync('java', ['-version']).error) {
    console.error('The HTML check needs a Java runtime, and there is none on the PATH: install one (sudo apt-get install default-jre-headless).');
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  assertChromium();
  if (process.argv.includes('--java')) assertJava();
}
