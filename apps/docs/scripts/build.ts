/**
 * `astro build`, with everything it prints also written to `build.log` beside `dist/`: the build
 * test asserts that a build prints no warning, as a warning printed on every run is one nobody
 * reads any more.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// A fresh content store on every build, as `astro build --force` gives (Astro kept stale rendered
// pages after Markdown plugin changes; turbo decides when a build is needed), without the warning
// `--force` prints. These are Astro's store file and folder in its cache directory.
for (const store of ['data-store.json', 'data-store']) {
  rmSync(fileURLToPath(new URL(`../node_modules/.astro/${store}`, import.meta.url)), { recursive: true, force: true });
}

const log = createWriteStream(fileURLToPath(new URL('../build.log', import.meta.url)));
const child = spawn('astro', ['build'], { stdio: ['inherit', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
child.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  log.write(chunk);
});
child.stderr.on('data', (chunk: Buffer) => {
  process.stderr.write(chunk);
  log.write(chunk);
});
child.on('close', (code, signal) => {
  log.end(() => process.exit(code ?? (signal ? 1 : 0)));
});
