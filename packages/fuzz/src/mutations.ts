import type { Random } from './random.ts';

/** A Markdown file a mutation starts from: a real post or docs page. */
export interface SeedDocument {
  /** Where the seed lives, relative to the repository root. */
  path: string;
  text: string;
}

export interface TextMutation {
  name: string;
  kind: 'text';
  apply(text: string, random: Random, seeds: readonly SeedDocument[]): string;
}

export interface ByteMutation {
  name: string;
  kind: 'bytes';
  apply(bytes: Uint8Array, random: Random): Uint8Array;
}

export type Mutation = TextMutation | ByteMutation;

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?)(\r?\n---[ \t]*(?:\r?\n|$))/;

interface Parts {
  open: string;
  yaml: string;
  close: string;
  body: string;
}

function split(text: string): Parts | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  return { open: match[1]!, yaml: match[2]!, close: match[3]!, body: text.slice(match[0].length) };
}

function join(parts: Parts): string {
  return parts.open + parts.yaml + parts.close + parts.body;
}

function insertAt(text: string, index: number, insert: string): string {
  return text.slice(0, index) + insert + text.slice(index);
}

function randomLineStart(text: string, random: Random): number {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1 && starts.length < 5000; index = text.indexOf('\n', index + 1)) {
    starts.push(index + 1);
  }
  return random.pick(starts);
}

/** Applies `edit` to the YAML between the fences, or to the start of the file when there is none. */
function onFrontmatter(text: string, edit: (yaml: string) => string): string {
  const parts = split(text);
  if (!parts) return edit('') + text;
  return join({ ...parts, yaml: edit(parts.yaml) });
}

const FIELDS = [
  'title',
  'description',
  'pubDatetime',
  'modDatetime',
  'author',
  'featured',
  'draft',
  'tags',
  'ogImage',
  'canonicalURL',
  'words',
  'slug',
  'sidebar',
  'template',
  'hero',
  'lastUpdated',
  'prev',
  'next',
  'pagefind',
  'editUrl',
  'head',
  'tableOfContents',
  'banner',
];

/** Values of every YAML type, so each field gets each wrong type in turn. */
const WRONG_VALUES = [
  '',
  '~',
  'null',
  'true',
  'no',
  '0',
  '-1',
  '1e400',
  '.nan',
  '-.inf',
  '0x7fffffff',
  '2024-12-04',
  '2024-12-04T25:61:61Z',
  '[]',
  '[a, [b, [c]]]',
  '{}',
  '{a: 1, b: {c: [1, 2]}}',
  '"\\u0000\\uD800"',
  "'unterminated",
  '"unterminated',
  '!!binary aGVsbG8=',
  '!!python/object:os.system "id"',
  '!custom-tag value',
  '&anchor value',
  '*undefined_alias',
  '|\n  block\n  text',
  '>-\n  folded',
  '\n  - a\n  - b',
  '\n  nested: {deep: [1, {x: y}]}',
  '? complex key\n: value',
  '<<: *base',
  '"' + 'x'.repeat(5000) + '"',
];

const IMPOSSIBLE_DATES = [
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '0000-00-00',
  '-0001-01-01',
  '99999-01-01',
  '275760-09-14',
  '2024-12-04T24:00:01Z',
  '2024-12-04T12:00:00+25:00',
  '2024-12-4',
  '12/04/2024',
  'yesterday',
  '1e309',
  '-8640000000000001',
  '2024-12-04 2024-12-05',
  '"2024-02-31"',
  '2024-W49',
];

const SCHEMES = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '&#106;avascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'data:,',
  'file:///etc/passwd',
  'file://localhost/etc/shadow',
  'file:///C:/Windows/win.ini',
  'C:\\Windows\\System32\\drivers\\etc\\hosts',
  '\\\\server\\share\\secret.txt',
  '/etc/passwd',
  '../../../../etc/passwd',
  '..%2f..%2f..%2f..%2fetc%2fpasswd',
  '%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  './%00secret.md',
  'about:blank',
  'chrome://settings',
  'ftp://example.invalid/file',
  'gopher://127.0.0.1:6379/_INFO',
  'dict://127.0.0.1:11211/',
  'ldap://127.0.0.1/',
  'ssh://git@example.invalid',
  'mailto:',
  'mailto:a@b.invalid?subject=%0d%0aBcc:x',
  'tel:+1',
  'irc://x',
  'blob:https://example.invalid/uuid',
  'view-source:http://example.invalid',
  '//example.invalid/protocol-relative',
  'http://[::1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://169.254.169.254/latest/meta-data/',
  'http://0x7f.0.0.1/',
  'http://2130706433/',
  'http://user:secret@example.invalid/',
  'http://example.invalid:99999/',
  'http://exa mple.invalid/',
  'http://xn--80ak6aa92e.invalid/',
  'http://пример.invalid/путь?q=%D0%BF',
  'https://example.invalid/%',
  'https://example.invalid/%zz%',
  'https://example.invalid/#%E0%A4%A',
  '#',
  '#%',
  '#%F0%9F%98',
  '#\u202Eevil',
  '#heading-that-does-not-exist',
  '?query-only',
  '',
  '<>',
  '.',
  '..',
  '/',
  '\u0000',
  'https://example.invalid/' + 'a'.repeat(70_000),
];

const UNICODE = [
  '\u0301\u0301\u0301',
  'e\u0301',
  '\u200B',
  '\u200D',
  '\u2028',
  '\u2029',
  '\u202E',
  '\u061C',
  '\uFEFF',
  '\uFFFD',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
  '😀',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  'ﬁ',
  'İ',
  'ß',
  'Ａ',
  '𝕂afka',
  'カフカ',
  'كافكا',
  '\u0000',
  '\u0007',
  '\u001B[31m',
  '\t',
  '\v',
  '\f',
  '\r',
];

const HTML = [
  '<script>alert(1)</script>',
  '<script src="https://example.invalid/x.js"></script>',
  '<script>',
  '<SCRIPT>fetch("http://169.254.169.254")</SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)" onclick="steal()">x</a>',
  '<iframe src="https://example.invalid"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '<object data="x.swf"></object>',
  '<embed src="x">',
  '<svg><script>alert(1)</script></svg>',
  '<svg onload=alert(1)>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<style>*{background:url(javascript:alert(1))}</style>',
  '<link rel=import href=x>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="https://example.invalid/">',
  '<form action="https://example.invalid"><input name=x></form>',
  '<details open ontoggle=alert(1)>',
  '<div style="position:fixed;inset:0">',
  '<!--',
  '-->',
  '<!-- unterminated comment',
  '<![CDATA[ x ]]>',
  '<![CDATA[',
  '<?php system($_GET["c"]); ?>',
  '<!DOCTYPE html>',
  '</div></div></div>',
  '<div><span><p><table><tr><td>',
  '<a href="x',
  '<img src="',
  '<x-custom a=b c="d" e=\'f\' g>',
  '<' + 'div>'.repeat(2000),
  '{/* mdx comment */}',
  '{alert(1)}',
  '{',
  'import fs from "node:fs"',
  'export const secret = fs.readFileSync("/etc/passwd", "utf8")',
  'export default function Layout() {}',
  '<Component {...props} />',
];

function mutateFrontmatterValue(yaml: string, random: Random, value: string): string {
  const lines = yaml.split(/\r?\n/);
  const keyed = lines.map((line, index) => [line, index] as const).filter(([line]) => /^[A-Za-z][\w-]*:/.test(line));
  if (keyed.length === 0 || random.bool(0.2)) {
    return `${yaml}\n${random.pick(FIELDS)}: ${value}`;
  }
  const [line, index] = random.pick(keyed);
  const key = line.slice(0, line.indexOf(':'));
  lines[index] = `${key}: ${value}`;
  return lines.join('\n');
}

/** Script URLs, styles and active elements written as a browser still reads them. */
const ENCODED_HTML = [
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="javascript&colon;alert(1)">x</a>',
  '<a href="&#x6A;&#x61;vascript:alert(1)">x</a>',
  '<a href="&#0000106;avascript:alert(1)">x</a>',
  '<a href="jav&#x09;ascript:alert(1)">x</a>',
  '<a href="  \u0001javascript:alert(1)">x</a>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<img src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
  '<a href="&#1;&#106avascript:alert(1)">x</a>',
  '<style>body { background: url(javascript:alert(1)) }</style>',
  '<p style="background:url(&#106;avascript:alert(1))">x</p>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<svg><a><set attributeName="href" to="javascript:alert(1)" /><text>x</text></a></svg>',
  '<svg><animate attributeName="href" values="javascript:alert(1)" /></svg>',
  '[x](&#106;avascript:alert(1))',
  '[x](javascript&colon;alert(1))',
];

/** Mutations of the text, applied before encoding. */
export const textMutations: readonly TextMutation[] = [
  {
    name: 'truncate-yaml',
    kind: 'text',
    apply: (text, random) => {
      const parts = split(text);
      if (!parts) return text.slice(0, random.int(0, text.length));
      const cut = random.int(0, parts.yaml.length);
      // Sometimes the closing fence goes too, so the whole file is frontmatter.
      return random.bool() ? parts.open + parts.yaml.slice(0, cut) : join({ ...parts, yaml: parts.yaml.slice(0, cut) });
    },
  },
  {
    name: 'garble-yaml',
    kind: 'text',
    apply: (text, random) =>
      onFrontmatter(text, (yaml) => {
        let garbled = yaml;
        const count = random.int(1, 8);
        for (let n = 0; n < count; n += 1) {
          const junk = random.pick([':', ': :', '[', ']', '{', '}', '&', '*', '!', '|', '>', '"', "'", '\t', '- ', '#', '%YAML 1.1', '---', '...', '\n  ', '\n-', '? ', ',', '@', '`']);
          garbled = insertAt(garbled, random.int(0, garbled.length), junk);
        }
        return garbled;
      }),
  },
  {
    name: 'wrong-type',
    kind: 'text',
    apply: (text, random) => onFrontmatter(text, (yaml) => mutateFrontmatterValue(yaml, random, random.pick(WRONG_VALUES))),
  },
  {
    name: 'impossible-date',
    kind: 'text',
    apply: (text, random) =>
      onFrontmatter(text, (yaml) => {
        const key = random.pick(['pubDatetime', 'modDatetime', 'lastUpdated']);
        const date = random.pick(IMPOSSIBLE_DATES);
        return new RegExp(`^${key}:`, 'm').test(yaml) ? yaml.replace(new RegExp(`^${key}:.*$`, 'm'), `${key}: ${date}`) : `${yaml}\n${key}: ${date}`;
      }),
  },
  {
    name: 'duplicate-key',
    kind: 'text',
    apply: (text, random) =>
      onFrontmatter(text, (yaml) => {
        const lines = yaml.split('\n');
        const keyed = lines.filter((line) => /^[A-Za-z][\w-]*:/.test(line));
        const line = keyed.length > 0 ? random.pick(keyed) : 'title: twice';
        return random.bool() ? `${yaml}\n${line}` : `${line}\n${yaml}`;
      }),
  },
  {
    name: 'missing-fences',
    kind: 'text',
    apply: (text, random) => {
      const parts = split(text);
      if (!parts) return `---\n${text}`;
      return random.pick([
        () => parts.yaml + parts.close + parts.body,
        () => parts.open + parts.yaml + '\n' + parts.body,
        () => '---\n---\n' + text,
        () => parts.open + parts.yaml + '\n--- \n---\n' + parts.body,
        () => parts.open.replace('---', '+++') + parts.yaml + parts.close + parts.body,
        () => '\n' + text,
      ])();
    },
  },
  {
    name: 'crlf',
    kind: 'text',
    apply: (text) => text.replace(/\r?\n/g, '\r\n'),
  },
  {
    name: 'mixed-newlines',
    kind: 'text',
    apply: (text, random) => text.replace(/\r?\n/g, () => random.pick(['\n', '\r\n', '\r', '\n\r', '\u2028', '\u0085'])),
  },
  {
    name: 'unicode',
    kind: 'text',
    apply: (text, random) => {
      let out = text;
      const count = random.int(1, 20);
      for (let n = 0; n < count; n += 1) out = insertAt(out, random.int(0, out.length), random.pick(UNICODE));
      return out;
    },
  },
  {
    name: 'odd-links',
    kind: 'text',
    apply: (text, random) => {
      let out = text;
      const count = random.int(1, 6);
      for (let n = 0; n < count; n += 1) {
        const target = random.pick(SCHEMES);
        const link = random.pick([
          `[link](${target})`,
          `[link](<${target}>)`,
          `[link](${target} "title")`,
          `<${target}>`,
          `![image](${target})`,
          `[ref]\n\n[ref]: ${target}`,
          `[undefined reference][nowhere]`,
          `<a href="${target}">x</a>`,
          `<img src="${target}">`,
          target,
        ]);
        out = insertAt(out, randomLineStart(out, random), `${link}\n`);
      }
      return out;
    },
  },
  {
    name: 'html-soup',
    kind: 'text',
    apply: (text, random) => {
      let out = text;
      const count = random.int(1, 10);
      for (let n = 0; n < count; n += 1) {
        const at = random.bool() ? randomLineStart(out, random) : random.int(0, out.length);
        out = insertAt(out, at, random.pick(HTML) + (random.bool() ? '\n' : ''));
      }
      return out;
    },
  },
  {
    name: 'unterminated-fence',
    kind: 'text',
    apply: (text, random) =>
      insertAt(text, randomLineStart(text, random), `${random.pick(['```', '~~~', '````js', '```yaml', '``` ', '```\u0000', '`'.repeat(300)])}\nunclosed\n`),
  },
  {
    name: 'nested-lists',
    kind: 'text',
    apply: (text, random) => {
      const depth = random.int(20, 200);
      let block = '';
      for (let level = 0; level < depth; level += 1) block += `${'  '.repeat(level)}${random.pick(['-', '*', '1.', '+'])} item ${level}\n`;
      return insertAt(text, randomLineStart(text, random), block);
    },
  },
  {
    name: 'nested-blockquotes',
    kind: 'text',
    apply: (text, random) => {
      // Deeper quotes are the giant case below: kept out of the random pool so a run stays bounded.
      const depth = random.int(50, 1000);
      return insertAt(text, randomLineStart(text, random), `${'>'.repeat(depth)} deep\n${'> '.repeat(Math.min(depth, 500))}- [x] list in quote\n`);
    },
  },
  {
    name: 'nested-inline',
    kind: 'text',
    apply: (text, random) => {
      const depth = random.int(50, 1000);
      const kind = random.pick(['*', '_', '[', '![', '`', '~~', '<']);
      return insertAt(text, randomLineStart(text, random), `${kind.repeat(depth)}x\n`);
    },
  },
  {
    name: 'encoded-urls',
    kind: 'text',
    apply: (text, random) => {
      // What a browser decodes to a script URL, an inline style or an active element.
      let out = text;
      for (let n = random.int(1, 4); n > 0; n -= 1) out = insertAt(out, randomLineStart(out, random), `${random.pick(ENCODED_HTML)}\n`);
      return out;
    },
  },
  {
    name: 'alias-bomb',
    kind: 'text',
    apply: (text, random) =>
      onFrontmatter(text, (yaml) => {
        // "Billion laughs": each level names the one before it nine times.
        const levels = random.int(3, 12);
        const lines = [`l0: &l0 [${Array.from({ length: 9 }, () => 'lol').join(', ')}]`];
        for (let level = 1; level < levels; level += 1) lines.push(`l${level}: &l${level} [${Array.from({ length: 9 }, () => `*l${level - 1}`).join(', ')}]`);
        return `${yaml}\n${lines.join('\n')}`;
      }),
  },
  {
    name: 'many-headings',
    kind: 'text',
    apply: (text, random) => {
      const lines: string[] = [];
      for (let n = 0; n < 5000; n += 1) lines.push(`${'#'.repeat(random.int(1, 7))} Heading ${n % 50}`);
      return `${text}\n${lines.join('\n')}\n`;
    },
  },
  {
    name: 'splice-seeds',
    kind: 'text',
    apply: (text, random, seeds) => {
      const other = random.pick(seeds).text;
      return text.slice(0, random.int(0, text.length)) + other.slice(random.int(0, other.length));
    },
  },
  {
    name: 'delete-span',
    kind: 'text',
    apply: (text, random) => {
      const start = random.int(0, text.length);
      return text.slice(0, start) + text.slice(Math.min(text.length, start + random.int(1, 200)));
    },
  },
  {
    name: 'trailing-whitespace',
    kind: 'text',
    apply: (text, random) => text.replace(/\n/g, () => `${random.pick(['', ' ', '  ', '\t', ' \u00A0'])}\n`),
  },
  {
    name: 'empty',
    kind: 'text',
    apply: (_text, random) => random.pick(['', '\n', '---', '---\n', '---\n---', '---\n---\n', '\uFEFF', ' ', '\r', '\r\n\r\n']),
  },
];

const INVALID_UTF8 = [
  [0xff],
  [0xfe],
  [0xc3],
  [0xc0, 0xaf],
  [0xe0, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0x80],
  [0xe2, 0x82],
];

function splice(bytes: Uint8Array, at: number, remove: number, insert: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(bytes.length - remove + insert.length);
  out.set(bytes.subarray(0, at), 0);
  out.set(insert, at);
  out.set(bytes.subarray(at + remove), at + insert.length);
  return out;
}

/** Mutations of the encoded bytes, applied after the text mutations. */
export const byteMutations: readonly ByteMutation[] = [
  {
    name: 'bom',
    kind: 'bytes',
    apply: (bytes, random) => {
      const bom = random.pick([[0xef, 0xbb, 0xbf], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]]);
      // A BOM in the middle of the file is a zero-width no-break space there, and a bug magnet.
      return splice(bytes, random.bool(0.8) ? 0 : random.int(0, bytes.length), 0, bom);
    },
  },
  {
    name: 'nul-bytes',
    kind: 'bytes',
    apply: (bytes, random) => {
      let out = bytes;
      const count = random.int(1, 10);
      for (let n = 0; n < count; n += 1) out = splice(out, random.int(0, out.length), 0, [0]);
      return out;
    },
  },
  {
    name: 'invalid-utf8',
    kind: 'bytes',
    apply: (bytes, random) => {
      let out = bytes;
      const count = random.int(1, 6);
      for (let n = 0; n < count; n += 1) out = splice(out, random.int(0, out.length), 0, random.pick(INVALID_UTF8));
      return out;
    },
  },
  {
    name: 'flip-bytes',
    kind: 'bytes',
    apply: (bytes, random) => {
      const out = Uint8Array.from(bytes);
      const count = random.int(1, 16);
      for (let n = 0; n < count && out.length > 0; n += 1) out[random.int(0, out.length - 1)] = random.int(0, 255);
      return out;
    },
  },
  {
    name: 'utf16',
    kind: 'bytes',
    apply: (bytes) => {
      const text = new TextDecoder().decode(bytes);
      const out = new Uint8Array(2 + text.length * 2);
      out.set([0xff, 0xfe]);
      for (let index = 0; index < text.length; index += 1) {
        const unit = text.charCodeAt(index);
        out[2 + index * 2] = unit & 0xff;
        out[3 + index * 2] = unit >> 8;
      }
      return out;
    },
  },
];

/**
 * Inputs too big to draw at random in every run; the case generator puts each of them in every run
 * at fixed indices, so the heaviest shapes are never left to luck.
 */
export const giantMutations: readonly TextMutation[] = [
  {
    name: 'two-megabyte-line',
    kind: 'text',
    apply: (text, random) => {
      // Just under the checks' default 2 MB limit, so the line is parsed and checked, not skipped.
      const unit = random.pick(['Kafka ', 'x'.repeat(63) + ' ', '[a](b) ', '*a* ', '<b>x</b> ']);
      return insertAt(text, randomLineStart(text, random), `${unit.repeat(Math.floor((1.9 * 1024 * 1024 - text.length) / unit.length))}\n`);
    },
  },
  {
    name: 'ten-megabyte-line',
    kind: 'text',
    apply: (text, random) => {
      const unit = random.pick(['a', 'Kafka ', 'x'.repeat(63) + ' ', '[a](b)', '*', '\u00e9']);
      const line = unit.repeat(Math.ceil((10 * 1024 * 1024) / unit.length));
      return insertAt(text, randomLineStart(text, random), `${line}\n`);
    },
  },
  {
    name: 'five-thousand-headings',
    kind: 'text',
    apply: (text) => {
      const lines: string[] = [];
      for (let n = 0; n < 5000; n += 1) lines.push(`## Heading number ${n}\n\nText.\n`);
      return `${text}\n${lines.join('\n')}`;
    },
  },
  {
    name: 'deep-list-and-quote',
    kind: 'text',
    apply: (text) => {
      let block = '';
      // 1,000 levels stay under the checks' 2 MB file limit, so the parser really sees them.
      for (let level = 0; level < 1000; level += 1) block += `${'  '.repeat(level)}- level ${level}\n`;
      return `${text}\n${block}\n${'> '.repeat(10_000)}deep quote\n`;
    },
  },
  {
    name: 'deep-inline',
    kind: 'text',
    apply: (text) => `${text}\n${'*'.repeat(3000)}x\n\n${'['.repeat(3000)}x\n\n${'<'.repeat(3000)}x\n`,
  },
  {
    name: 'fence-lookalike-then-deep-nesting',
    kind: 'text',
    apply: (text) => {
      // A backtick in the info string: the line opens no fence, so what follows is not code. A tab
      // indents two levels: with spaces, 2,000 levels would pass the 2 MB file limit and be refused
      // unread, never reaching the nesting bound this case is about.
      let list = '';
      for (let level = 0; level < 2000; level += 1) list += `${'\t'.repeat(level >> 1)}${level % 2 === 1 ? '  ' : ''}- level ${level}\n`;
      return `${text}\n\`\`\` \`x\n\n${list}\n${'> '.repeat(2000)}deep quote\n`;
    },
  },
  {
    name: 'link-flood',
    kind: 'text',
    apply: (text) => {
      // Each a finding of its own: the report of a file with thousands of them.
      const links: string[] = [];
      for (let n = 0; n < 5000; n += 1) links.push(`[${n}](./missing-${n}.md)`);
      return `${text}\n${links.join('\n\n')}\n`;
    },
  },
  {
    name: 'bracket-runs',
    kind: 'text',
    // Twenty lines of 99,000 brackets: each under the line limit, the file under the size limit.
    apply: (text) => `${text}\n${`${'['.repeat(99_000)}\n`.repeat(20)}`,
  },
  {
    name: 'unterminated-fence-at-start',
    kind: 'text',
    apply: (text) => {
      const parts = split(text);
      return parts ? join({ ...parts, body: '```\n' + parts.body + '\n<script>alert(1)</script>\n' }) : '```\n' + text;
    },
  },
];
