// Astro 7 and Vitest 5 need Node 22.12 or later. The project brings its own Node
// through the `node` devDependency; npm scripts put it first on PATH. If its install
// script did not run, scripts would silently fall back to an older system Node.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node ${process.versions.node} is too old for this project (it needs 22.12 or later). ` +
      'Run the command through npm (npm run …), and if it still fails run `npm rebuild node`.',
  );
  process.exit(1);
}
