import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import type { BuiltSite } from './compare-builds.js';
import { diffScreenshots, type Box } from './pixel-diff.js';
import { serveStatic, type StaticServer } from './static-server.js';

/** Debian's package puts Chromium here (as in the browser tests); `PRESSROOM_CHROMIUM` points elsewhere. */
const defaultChromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** The browser tests' flags: a quiet, reproducible headless run in a container. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Text renders the same from run to run: no subpixel positioning that depends on the machine.
  '--font-render-hinting=none',
];

export class ChromiumNotFoundError extends Error {
  override name = 'ChromiumNotFoundError';
  constructor(tried: readonly string[]) {
    super(
      `No Chromium found for the screenshots (looked at ${tried.join(', ')}). Install Debian's package with \`apt-get install -y chromium\`, set PRESSROOM_CHROMIUM to a Chromium or Chrome executable, or pass --no-screenshots. Nothing downloads a browser of its own.`,
    );
  }
}

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = env.PRESSROOM_CHROMIUM ? [env.PRESSROOM_CHROMIUM] : defaultChromiumPaths;
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new ChromiumNotFoundError(candidates);
  return found;
}

/** A page to picture: its site, its served path, and whether it exists in the base build too. */
export interface ScreenshotTarget {
  site: string;
  path: string;
  status: 'changed' | 'added';
}

/** Desktop and phone widths, in CSS pixels. */
export const defaultWidths = [1280, 375] as const;

export interface ScreenshotOptions {
  /** Where the images go; the paths in the result are relative to it. */
  outDir: string;
  widths?: readonly number[];
  /** Longer pages are cut at this height, in pixels. Default 6000. */
  maxHeight?: number;
  chromiumPath?: string;
}

export interface WidthPictures {
  width: number;
  /** Screenshot of the base build (absent for a new page). */
  base?: string;
  head: string;
  /** The pixel diff: what the head adds in green, what it takes away in red (absent for a new page). */
  diff?: string;
  changedPixels?: number;
  changedBox?: Box;
}

export interface PagePictures {
  site: string;
  path: string;
  status: ScreenshotTarget['status'];
  widths: WidthPictures[];
}

/** A file name for a served path: `/posts/a/` → `posts-a`, `/` → `index`. */
export function pictureName(path: string): string {
  const name = path
    .replace(/\.html$/, '')
    .split('/')
    .filter(Boolean)
    .join('-')
    .replace(/[^\w.-]+/g, '_');
  return name === '' ? 'index' : name;
}

async function screenshot(context: BrowserContext, url: string, maxHeight: number): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    // Strings, as this package is type-checked without the DOM's types.
    await page.evaluate('document.fonts.ready.then(() => undefined)');
    const { width, height } = await page.evaluate<{ width: number; height: number }>(
      '({ width: document.documentElement.clientWidth, height: document.documentElement.scrollHeight })',
    );
    return await page.screenshot({
      fullPage: true,
      animations: 'disabled',
      caret: 'hide',
      ...(height > maxHeight ? { clip: { x: 0, y: 0, width, height: maxHeight } } : {}),
    });
  } finally {
    await page.close();
  }
}

/**
 * Screenshots each target in the base and the head build at each width, in Debian's Chromium,
 * and writes a pixel diff of each pair. Only the two local servers are reachable from the pages:
 * any other request is aborted, so a picture never depends on the network.
 */
export async function picturePages(
  sites: ReadonlyMap<string, { base: BuiltSite; head: BuiltSite }>,
  targets: readonly ScreenshotTarget[],
  options: ScreenshotOptions,
): Promise<PagePictures[]> {
  if (targets.length === 0) return [];
  const widths = options.widths ?? defaultWidths;
  const maxHeight = options.maxHeight ?? 6000;
  const servers = new Map<string, { base: StaticServer; head: StaticServer }>();
  let browser: Browser | undefined;
  try {
    for (const site of new Set(targets.map((target) => target.site))) {
      const builds = sites.get(site);
      if (!builds) throw new Error(`No builds of the site ${site} to picture`);
      servers.set(site, { base: await serveStatic(builds.base.dist, builds.base.basePath), head: await serveStatic(builds.head.dist, builds.head.basePath) });
    }
    const origins = new Set([...servers.values()].flatMap(({ base, head }) => [base.origin, head.origin]));
    browser = await chromium.launch({ executablePath: options.chromiumPath ?? findChromium(), args: chromiumArgs, headless: true });
    const results: PagePictures[] = [];
    for (const width of widths) {
      const mobile = width < 600;
      const context = await browser.newContext({
        viewport: { width, height: mobile ? 740 : 900 },
        deviceScaleFactor: 1,
        isMobile: mobile,
        hasTouch: mobile,
        colorScheme: 'light',
        reducedMotion: 'reduce',
      });
      await context.route('**/*', (route) => (origins.has(new URL(route.request().url()).origin) ? route.continue() : route.abort()));
      try {
        for (const target of targets) {
          const { base, head } = servers.get(target.site)!;
          const name = join(target.site, pictureName(target.path), String(width));
          const write = (suffix: string, png: Buffer) => {
            const file = `${name}-${suffix}.png`;
            mkdirSync(dirname(join(options.outDir, file)), { recursive: true });
            writeFileSync(join(options.outDir, file), png);
            return file.split('\\').join('/');
          };
          const headPng = await screenshot(context, `${head.origin}${target.path}`, maxHeight);
          const pictures: WidthPictures = { width, head: write('head', headPng) };
          if (target.status === 'changed') {
            const basePng = await screenshot(context, `${base.origin}${target.path}`, maxHeight);
            const diff = diffScreenshots(basePng, headPng);
            pictures.base = write('base', basePng);
            pictures.diff = write('diff', diff.png);
            pictures.changedPixels = diff.changedPixels;
            if (diff.changedBox) pictures.changedBox = diff.changedBox;
          }
          let entry = results.find((result) => result.site === target.site && result.path === target.path);
          if (!entry) results.push((entry = { site: target.site, path: target.path, status: target.status, widths: [] }));
          entry.widths.push(pictures);
        }
      } finally {
        await context.close();
      }
    }
    return results;
  } finally {
    await browser?.close();
    for (const { base, head } of servers.values()) await Promise.all([base.close(), head.close()]);
  }
}
