import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { failureScreenshotsDir } from './paths.js';

export interface Reader {
  page: Page;
  /** Console errors and uncaught exceptions of every page this reader opened, with the page's URL. */
  consoleErrors: string[];
}

function fileNameOf(testName: string): string {
  return testName.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 100).toLowerCase();
}

/**
 * A fresh browser context for one test: its console errors are collected, a screenshot of the page
 * goes to test-results/screenshots/ when the test fails, and the context closes when it ends.
 */
export async function newReader(browser: Browser, options: BrowserContextOptions = {}): Promise<Reader> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  // Generous: these machines are small and shared, and a slow page is not a wrong page.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const source = message.location().url;
    consoleErrors.push(`${page.url()}: ${message.text()}${source && source !== page.url() ? ` (${source})` : ''}`);
  });
  page.on('pageerror', (error) => {
    // Chromium reports a cross-document view transition it skips (the next page was not ready in
    // time, or has no script) as an uncaught rejection no page script can catch: not a page error.
    if (error.message.includes('ViewTransition opt-in disabled')) return;
    consoleErrors.push(`${page.url()}: uncaught ${error.message}`);
  });
  // One hook, so the screenshot is taken before the context closes.
  onTestFinished(async ({ task }) => {
    if (task.result?.state === 'fail') {
      mkdirSync(failureScreenshotsDir, { recursive: true });
      const path = join(failureScreenshotsDir, `${fileNameOf(task.fullName)}.png`);
      await page.screenshot({ path, fullPage: true }).catch(() => {});
    }
    await context.close();
  });
  return { page, consoleErrors };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page, as a script of the page, and returns its serious and critical violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  const violations = await accessibilityViolations(page);
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** Runs axe-core in the page (its WCAG rules and best practices) and returns every violation, of any impact. */
export async function accessibilityViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  });
  return violations;
}
