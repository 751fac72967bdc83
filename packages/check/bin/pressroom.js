#!/usr/bin/env node
// Only Node's own modules before the version check: on an older Node the bundle fails file by file
// (an API a rule calls is missing) and a run answered from the cache even exits 0.
import module from 'node:module';
import { readFileSync } from 'node:fs';

/** `[major, minor, patch]` of `>=X.Y.Z` in `engines.node`, the only form this package writes. */
function minimumNode() {
  const engines = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines?.node ?? '';
  const match = /^>=\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(engines.trim());
  return match ? { range: engines.trim(), version: [1, 2, 3].map((group) => Number(match[group] ?? 0)) } : undefined;
}

function isOlder(version, minimum) {
  for (let index = 0; index < 3; index++) {
    if (version[index] !== minimum[index]) return version[index] < minimum[index];
  }
  return false;
}

const minimum = minimumNode();
const running = process.versions.node.split('.').map((part) => Number.parseInt(part, 10) || 0);
if (minimum && isOlder(running, minimum.version)) {
  process.stderr.write(
    `pressroom: Unexpected Node.js ${process.versions.node}, expected Node.js ${minimum.range} (the engines field of @pressroom/check): install Node.js ${minimum.version.join('.')} or later\n`,
  );
  process.exitCode = 2;
} else {
  // A CLI run loads hundreds of modules; Node keeps their compiled code on disk between runs.
  module.enableCompileCache?.();
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main(process.argv.slice(2));
}
