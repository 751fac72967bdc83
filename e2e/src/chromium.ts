import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's package puts Chromium here; `PRESSROOM_CHROMIUM` points elsewhere. */
const defaultChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags for a quiet, reproducible headless run in a container (no sandbox, no background traffic). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export class ChromiumNotFoundError extends Error {
  constructor(tried: string[]) {
    super(
      [
        `No Chromium found for the browser tests (looked at ${tried.join(', ')}).`,
        'Install Debian\'s package with `sudo apt-get install -y chromium`,',
        'or set PRESSROOM_CHROMIUM to the path of a Chromium or Chrome executable.',
        'The browser tests never download a browser of their own.',
      ].join('\n'),
    );
    this.name = 'ChromiumNotFoundError';
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = env.PRESSROOM_CHROMIUM ? [env.PRESSROOM_CHROMIUM] : defaultChromiumPaths;
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new ChromiumNotFoundError(candidates);
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
}
