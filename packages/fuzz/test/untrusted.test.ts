import { readFileSync } from 'node:fs';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { check, loadConfig, type ResolvedConfig } from '@pressroom/check';
import { pressroomMarkdown, sanitizeSchema } from '@pressroom/markdown';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/index.ts';

/** The hostile bodies both halves of this file are tested on: [name, Markdown] pairs. */
const payloads: [string, string][] = [];
{
  let name = '';
  for (const line of readFileSync(new URL('fixtures/hostile-payloads.txt', import.meta.url), 'utf8').split('\n')) {
    if (line.startsWith('# ')) name = line.slice(2);
    else if (line.trim() !== '') payloads.push([name, line]);
  }
}

const head = ['---', 'title: Hostile content', 'description: A post that tries to run code.', 'pubDatetime: 2024-12-04', '---', ''].join('\n');

let untrusted: ResolvedConfig;
beforeAll(() => {
  const config = loadConfig(repoRoot());
  // The policy as CI turns it on for pull requests from forks; spelling is not what is under test.
  untrusted = { ...config, checks: { ...config.checks, untrusted: true, rules: { ...config.checks.rules, spelling: 'off' } } };
});

async function errorsFor(name: string, body: string) {
  const result = await check({ config: untrusted, cwd: repoRoot(), sources: [{ relativePath: `content/blog/${name}`, bytes: head + body }] });
  return result.files.flatMap((file) => file.diagnostics).filter((diagnostic) => diagnostic.severity === 'error' && diagnostic.ruleId.startsWith('security-'));
}

describe('the untrusted-content policy (checks.untrusted)', () => {
  it.each([
    ['an MDX import', 'post.mdx', "import fs from 'node:fs';\n\nText.\n"],
    ['an MDX export', 'post.mdx', 'export const secret = process.env.GITHUB_TOKEN;\n\nText.\n'],
    ['an MDX expression', 'post.mdx', "Text {fetch('http://169.254.169.254/latest/meta-data/')} here.\n"],
    ['a raw script', 'post.md', 'Text.\n\n<script>alert(1)</script>\n'],
    ['an upper-case script inside a list', 'post.md', '- item\n\n  <SCRIPT src="https://example.invalid/x.js"></SCRIPT>\n'],
    ['an inline script in a paragraph', 'post.md', 'Text <script>alert(1)</script> more text.\n'],
    ['an iframe', 'post.md', 'Text.\n\n<iframe src="https://example.invalid/"></iframe>\n'],
    ['an iframe with srcdoc', 'post.md', 'Text.\n\n<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>\n'],
    ['an event handler', 'post.md', 'Text <img src="x.png" alt="x" onerror="alert(1)"> more.\n'],
    ['an event handler on SVG', 'post.md', 'Text.\n\n<svg onload="alert(1)"></svg>\n'],
    ['an event handler in MDX JSX', 'post.mdx', 'Text.\n\n<div onClick={() => alert(1)}>x</div>\n'],
    ['a javascript: link', 'post.md', '[click](javascript:alert(1))\n'],
    ['a mixed-case javascript: link', 'post.md', '[click](JaVaScRiPt:alert(1))\n'],
    ['an entity-encoded javascript: link', 'post.md', '[click](&#106;avascript:alert(1))\n'],
    ['a javascript: href in raw HTML', 'post.md', 'Text <a href="javascript:alert(1)">click</a>.\n'],
  ])('makes %s an error', async (_name, file, body) => {
    expect(await errorsFor(file, body)).not.toEqual([]);
  });

  it.each(payloads.map(([name, body]) => [name, body]))('makes %s an error, as the browser decodes it: %s', async (_name, body) => {
    expect(await errorsFor('post.md', `${body}\n`)).not.toEqual([]);
  });

  it('leaves safe content alone', async () => {
    expect(await errorsFor('post.md', 'A [link](https://example.com/) and `<script>` in code.\n\n```html\n<script>alert(1)</script>\n```\n')).toEqual([]);
  });
});

/** Renders untrusted Markdown the way `@pressroom/markdown` documents: raw HTML parsed, plugins, sanitize last. */
async function renderUntrusted(markdown: string): Promise<string> {
  const { remarkPlugins, rehypePlugins } = pressroomMarkdown({ siteUrls: ['https://blog.pressroom.example', 'https://docs.pressroom.example'] });
  const processor = await createMarkdownProcessor({
    remarkPlugins,
    rehypePlugins: [[rehypeRaw, undefined], ...rehypePlugins, [rehypeSanitize, sanitizeSchema]],
    syntaxHighlight: false,
  });
  return (await processor.render(markdown, { frontmatter: {} })).code;
}

const hostile = `## Welcome

A [site link](https://docs.pressroom.example/start/) and an [outside one](https://example.org/).

<script>alert(1)</script>
<SCRIPT SRC="https://example.invalid/x.js"></SCRIPT>
<iframe src="https://example.invalid/" srcdoc="<script>alert(2)</script>"></iframe>
<object data="x.swf"></object><embed src="x.swf">
<img src="x.png" alt="x" onerror="alert(3)">
<svg onload="alert(4)"><script>alert(5)</script></svg>
<math><mi xlink:href="javascript:alert(6)">x</mi></math>
<a href="javascript:alert(7)" onclick="alert(8)">click</a>
<a href="&#106;avascript:alert(9)">encoded</a>
<a href="vbscript:msgbox(10)">vb</a>
<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxMSk8L3NjcmlwdD4=">data</a>
<form action="https://example.invalid/"><input name="token"><button formaction="javascript:alert(12)">go</button></form>
<style>body { background: url(javascript:alert(13)) }</style>
<meta http-equiv="refresh" content="0;url=https://example.invalid/">
<base href="https://example.invalid/">
<link rel="stylesheet" href="https://example.invalid/x.css">
<details open ontoggle="alert(14)"><summary>x</summary></details>
<div style="position:fixed;inset:0" id="location" name="cookie">overlay</div>

[md js link](javascript:alert(15)) and ![md image](javascript:alert(16))

\`\`\`html title="safe.html"
<script>alert("in code, shown as text")</script>
\`\`\`
`;

describe("@pressroom/markdown's sanitize schema on the hostile payloads", () => {
  it.each(payloads)('leaves nothing of %s that runs', async (_name, body) => {
    const tree = fromHtml(await renderUntrusted(`${body}\n`), { fragment: true });
    visit(tree, 'element', (element: Element) => {
      expect(['style', 'meta', 'svg', 'set', 'animate', 'form', 'button']).not.toContain(element.tagName);
      expect(Object.keys(element.properties ?? {})).not.toContain('style');
      for (const name of ['href', 'src', 'action', 'formAction', 'xLinkHref']) {
        const value = element.properties?.[name];
        // eslint-disable-next-line no-control-regex -- what a browser strips before the scheme
        if (value !== undefined) expect(String(value).replace(/[\u0000-\u0020]/g, '')).not.toMatch(/^(javascript|vbscript|data):/i);
      }
    });
  });
});

describe("@pressroom/markdown's sanitize schema on hostile Markdown", () => {
  let html: string;
  let tree: Root;
  beforeAll(async () => {
    html = await renderUntrusted(hostile);
    tree = fromHtml(html, { fragment: true });
  });

  const elements = () => {
    const found: Element[] = [];
    visit(tree, 'element', (node: Element) => void found.push(node));
    return found;
  };

  it.each(['script', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'button', 'style', 'meta', 'base', 'link'])('drops every <%s>', (tagName) => {
    expect(elements().filter((element) => element.tagName === tagName)).toEqual([]);
  });

  it('turns a form input into the disabled checkbox of a task list, its name prefixed', () => {
    for (const input of elements().filter((element) => element.tagName === 'input')) {
      expect(input.properties).toMatchObject({ type: 'checkbox', disabled: true });
      expect(String(input.properties.name ?? 'user-content-')).toMatch(/^user-content-/);
    }
  });

  it('drops every event handler and inline style', () => {
    const attributes = elements().flatMap((element) => Object.keys(element.properties ?? {}));
    expect(attributes.filter((name) => /^on/i.test(name))).toEqual([]);
    expect(attributes).not.toContain('style');
  });

  it('leaves no URL with a script-running scheme', () => {
    const urls = elements().flatMap((element) => ['href', 'src', 'action', 'formAction', 'xLinkHref'].map((name) => element.properties?.[name]).filter((value) => value !== undefined).map(String));
    expect(urls.filter((url) => /^\s*(javascript|vbscript|data):/i.test(url))).toEqual([]);
  });

  it('keeps no id or name that could clobber document properties', () => {
    const clobbering = elements().filter((element) => ['location', 'cookie'].includes(String(element.properties?.id)) || ['location', 'cookie'].includes(String(element.properties?.name)));
    expect(clobbering).toEqual([]);
  });

  it('keeps the content and what the shared plugins emit', () => {
    expect(html).toContain('<h2 id="welcome">Welcome</h2>');
    expect(html).toContain('overlay');
    expect(html).toContain('&#x3C;script>alert("in code, shown as text")&#x3C;/script>');
    expect(html).toMatch(/<a href="https:\/\/example\.org\/" rel="noopener noreferrer">outside one<span class="external-link-marker">/);
  });
});
