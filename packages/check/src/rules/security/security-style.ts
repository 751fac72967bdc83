/**
 * Finds raw `<style>` elements and `style` attributes in content.
 *
 * ## Why
 *
 * A stylesheet in a post styles the whole page: it can hide the site's own text, lay a fake login
 * form or link over it, or load images from elsewhere that tell a third party who reads the page.
 * A `style` attribute can cover the page with one element. Styling belongs in the site's theme,
 * reviewed as code. Under the untrusted-content policy (`checks.untrusted: true`) this is an error.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "blog/ok.md"}
 *
 *   A paragraph that mentions `<style>` in code is fine.
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "input"}
 *
 *   <style>body { display: none }</style>
 *
 *   <div style="position:fixed;inset:0">overlay</div>
 *
 * @example
 *   {"name": "blog/not-ok.md", "label": "output"}
 *
 *   1:1-1:7: Unexpected raw `<style>` element, expected the site's theme to style content
 *   3:6-3:36: Unexpected `style` attribute, expected the site's theme to style content
 */
import { defineRule } from '../../rule.js';
import { htmlElements, jsxElements } from './html.js';

export const securityStyleRule = defineRule({
  meta: {
    id: 'security-style',
    family: 'security',
    defaultSeverity: 'warning',
    description: 'Raw `<style>` elements and `style` attributes in content.',
  },
  check(file, report) {
    const element = 'Unexpected raw `<style>` element, expected the site\'s theme to style content';
    const attribute = 'Unexpected `style` attribute, expected the site\'s theme to style content';
    const at = (start: number, end: number) => ({ start: file.offsetToPoint(start), end: file.offsetToPoint(end) });
    for (const found of htmlElements(file)) {
      if (found.name === 'style') report({ message: element, place: at(found.start, found.end) });
      for (const { name, start, end } of found.attributes) if (name === 'style') report({ message: attribute, place: at(start, end) });
    }
    for (const found of jsxElements(file)) {
      if (found.name?.toLowerCase() === 'style') report({ message: element, place: at(found.start, found.start + 6) });
      for (const { name, start, end } of found.attributes) {
        if (name !== 'style') continue;
        const from = start ?? found.start;
        report({ message: attribute, place: at(from, end ?? from) });
      }
    }
  },
});
