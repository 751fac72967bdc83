import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

export interface PreviewServer {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port'))));
    });
  });
}

async function waitUntilServing(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`astro preview exited with code ${child.exitCode} before serving ${url}:\n${output()}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`astro preview did not serve ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

/** Serves an app's built `dist/` with the app's own `astro preview`, on 127.0.0.1 and a free port. */
export async function startPreview(appDir: string): Promise<PreviewServer> {
  if (!existsSync(join(appDir, 'dist', 'index.html'))) {
    throw new Error(`${appDir}/dist has no index.html: build the sites first (\`pnpm build\`).`);
  }
  const astroPackage = createRequire(join(appDir, 'package.json')).resolve('astro/package.json');
  const astroBin = join(dirname(astroPackage), 'bin', 'astro.mjs');
  const port = await freePort();
  // `--ignore-lock`: Astro otherwise allows one preview per project and refuses to start beside
  // another run's (or backgrounds itself when it thinks an agent runs it), and this suite must own
  // the server it stops.
  const args = [astroBin, 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'];
  const child = spawn(process.execPath, args, {
    cwd: appDir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}/`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  try {
    await waitUntilServing(url, child, () => log, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
