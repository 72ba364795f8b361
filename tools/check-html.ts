/**
 * npm run check:html: every built page is valid HTML, according to the Nu Html Checker
 * (vnu-jar, which needs Java). One line per error, naming the page and the position.
 *   node tools/check-html.ts [dist]
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const dist = process.argv[2] ?? 'dist';
const vnu = createRequire(import.meta.url)('vnu-jar') as string;
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error) {
  console.error('The HTML check needs Java (the Nu Html Checker is a Java program): install a Java runtime, e.g. apt-get install default-jre-headless.');
  process.exit(1);
}
const result = spawnSync('java', ['-jar', vnu, '--errors-only', '--skip-non-html', '--format', 'gnu', dist], { encoding: 'utf8' });
const errors = result.stderr.split('\n').filter((l) => l.trim() !== '');
for (const line of errors) console.error(line.replace(`${process.cwd()}/`, ''));
if (result.status !== 0 || errors.length > 0) {
  console.error(`HTML check failed: ${errors.length} error${errors.length === 1 ? '' : 's'}.`);
  process.exit(1);
}
console.log(`HTML check passed: every page in ${dist}/ is valid HTML (Nu Html Checker).`);
