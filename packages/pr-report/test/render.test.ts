import { describe, expect, test } from 'vitest';
import { fitComment, maxCommentLength } from '../src/github.js';
import { acceptWordsCommand, code, escapeText, renderMarkdown } from '../src/render.js';
import { commentMarker, parseReport, type PrReport, type ReportFinding } from '../src/report.js';

const finding = (line: number, message: string, severity: 'error' | 'warning' = 'error'): ReportFinding => ({
  line,
  column: 1,
  endLine: line,
  endColumn: 5,
  severity,
  ruleId: 'spelling',
  message,
  url: 'https://docs.example.test/reference/rules/#spelling',
});

const report: PrReport = {
  version: 1,
  base: { ref: 'origin/main', sha: 'a'.repeat(40) },
  head: { sha: 'b'.repeat(40), dirty: false },
  files: { content: ['content/blog/a.md'], other: [] },
  check: {
    status: 'failed',
    errors: 6,
    warnings: 1,
    files: [
      {
        file: 'content/blog/a.md',
        findings: [
          finding(1, 'Unexpected unknown word `Zorbulate`, expected a known word'),
          finding(2, 'Unexpected unknown word `Quux`, expected a known word'),
          finding(3, 'Unexpected unknown word `Blorp`, expected a known word'),
          finding(4, 'Unexpected <script> from @someone', 'warning'),
        ],
      },
      { file: 'content/blog/b.md', findings: [finding(1, 'one')] },
      { file: 'content/blog/c.md', findings: [finding(1, 'two')] },
    ],
    unknownWords: [
      { word: 'Blorp', files: ['content/blog/a.md'] },
      { word: "O'Neil", files: ['content/blog/a.md'] },
    ],
  },
  builds: {
    blog: { head: { status: 'passed', durationMs: 31_000 }, base: { status: 'passed', durationMs: 29_000 } },
    docs: { head: { status: 'failed', durationMs: 4_000, logTail: 'Error: the docs build broke ``` here' }, base: { status: 'passed' } },
  },
  basePaths: { blog: '/', docs: '/' },
  pages: {
    sources: { blog: 'built-html', docs: 'content' },
    changed: [{ site: 'blog', path: '/posts/a/', kind: 'page', status: 'changed', file: 'content/blog/a.md', words: 4, tags: 0, reasons: [] }],
    indirect: [{ site: 'blog', path: '/', kind: 'page', status: 'changed', words: 2, tags: 1, reasons: ['lists content/blog/a.md'] }],
    links: [],
  },
  pictures: { limit: 10, widths: [1280, 375], notPictured: [] },
  previews: { blog: 'https://deploy-preview-7--blog.example.test' },
  runUrl: 'https://github.com/o/r/actions/runs/1',
};

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(report, { inlineFiles: 2, inlineFindings: 2, repositoryUrl: 'https://github.com/o/r' });

  test('starts with the hidden marker, once', () => {
    expect(markdown.startsWith(`${commentMarker}\n`)).toBe(true);
    expect(markdown.split(commentMarker)).toHaveLength(2);
  });

  test('shows the first findings of the first files, and folds the rest', () => {
    const findings = markdown.slice(markdown.indexOf('### Findings'), markdown.indexOf('### Unknown words'));
    const [inline, ...folded] = findings.split('<details>');
    expect(inline).toContain('`Zorbulate`');
    expect(inline).toContain('`Quux`');
    expect(inline).not.toContain('`Blorp`');
    expect(folded.join('')).toContain('<summary>2 more findings in this file</summary>');
    expect(folded.join('')).toContain('<summary>1 more file with 1 finding</summary>');
    expect(inline).toContain('[1:1](https://github.com/o/r/blob/bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/content/blog/a.md#L1)');
  });

  test('text from the content can neither add HTML nor mention anyone', () => {
    expect(markdown).toContain('Unexpected &lt;script\\> from @\u2060someone');
    expect(markdown).not.toContain('<script>');
  });

  test('gives the exact command that accepts the unknown words', () => {
    expect(markdown).toContain("printf '%s\\n' 'Blorp' 'O'\\''Neil' >> project-words.txt");
  });

  test('links pages to their preview and says which site is predicted', () => {
    expect(markdown).toContain('[`/posts/a/`](https://deploy-preview-7--blog.example.test/posts/a/)');
    expect(markdown).toContain('For the docs, the pages are predicted from the content');
  });

  test('shows a failed build with the end of its log, fenced safely', () => {
    expect(markdown).toContain('| docs | ❌ failed in 4 s | ✅ passed |');
    expect(markdown).toContain("Error: the docs build broke ''' here");
  });

  test('renders what parseReport reads back', () => {
    expect(renderMarkdown(parseReport(JSON.stringify(report)))).toBe(renderMarkdown(report));
  });
});

describe('helpers', () => {
  test('code spans hold backticks', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`a')).toBe('`` `a ``');
  });

  test('escapeText keeps a comment marker from being forged', () => {
    expect(escapeText(commentMarker)).not.toContain('<!--');
  });

  test('acceptWordsCommand quotes for the shell', () => {
    expect(acceptWordsCommand(['a b', "it's"])).toBe("printf '%s\\n' 'a b' 'it'\\''s' >> project-words.txt");
  });

  test('fitComment cuts a body past GitHub\'s limit and closes what it left open', () => {
    const long = `${commentMarker}\n<details><summary>x</summary>\n\n${'- a line of the report\n'.repeat(4000)}</details>\n`;
    const fitted = fitComment(long);
    expect(fitted.length).toBeLessThanOrEqual(maxCommentLength);
    expect(fitted.startsWith(commentMarker)).toBe(true);
    expect(fitted).toMatch(/<\/details>\n\n… The report is longer than a comment can be/);
  });
});
