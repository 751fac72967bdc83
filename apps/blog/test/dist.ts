import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRoutes, loadSiteConfig } from '@pressroom/site-config';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

// These helpers read the site the test command has just built (`turbo run build` runs first).
export const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
export const { config } = loadSiteConfig(fileURLToPath(new URL('.', import.meta.url)));
export const routes = createRoutes(config);
export const kafkaPostId = 'what-why-when-where-kafka';

/** The file the static server answers a site path with: `/posts/` → `posts/index.html`. */
export function distFile(sitePath: string): string {
  const base = config.sites.blog.base;
  if (!sitePath.startsWith(base)) throw new Error(`${sitePath} is outside the blog's base ${base}`);
  const relative = sitePath.slice(base.length);
  return `${distDir}${relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative}`;
}

export const exists = (sitePath: string) => existsSync(distFile(sitePath));
export const readText = (sitePath: string) => readFileSync(distFile(sitePath), 'utf8');
export const readBytes = (sitePath: string) => readFileSync(distFile(sitePath));

export interface Page {
  tree: Root;
  one: (selector: string) => Element | undefined;
  all: (selector: string) => Element[];
  text: (selector: string) => string | undefined;
  attribute: (selector: string, name: string) => string | undefined;
}

/** A built page, parsed as a browser would, with CSS selectors to query it. */
export function page(sitePath: string): Page {
  const tree = fromHtml(readText(sitePath));
  const one = (selector: string) => select(selector, tree);
  return {
    tree,
    one,
    all: (selector) => selectAll(selector, tree),
    text: (selector) => {
      const element = one(selector);
      return element && toString(element).replace(/\s+/g, ' ').trim();
    },
    attribute: (selector, name) => attributeOf(one(selector), name),
  };
}

/** An attribute as written in HTML (`class`, `aria-label`), whatever hast calls it. */
export function attributeOf(element: Element | undefined, name: string): string | undefined {
  if (!element) return undefined;
  const key = name === 'class' ? 'className' : name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  const value = element.properties[key] ?? element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

export const hrefs = (elements: Element[]) => elements.map((element) => attributeOf(element, 'href'));
