import { lintPlugins, lintRules, remarkLintMessageControl } from '@pressroom/remark-preset-lint';
import type { Root } from 'mdast';
import { unified, type Pluggable, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { ContentFile, Finding, Fix, Position } from '../rule.js';

// No parser: the preset's rules run over the tree the engine already parsed. The `lint` comments
// are applied with Pressroom's own at the end of the run (`run/directives.ts`), to every rule.
const styleProcessor = unified()
  .use([[remarkLintMessageControl, { comments: false }], ...lintRules])
  .freeze();

function pluginName(pluggable: Pluggable): string | undefined {
  const plugin = Array.isArray(pluggable) ? pluggable[0] : pluggable;
  return typeof plugin === 'function' ? plugin.name : undefined;
}

function collectIds(list: PluggableList, into: Set<string>): void {
  for (const pluggable of list) {
    const value = Array.isArray(pluggable) ? pluggable[0] : pluggable;
    if (value && typeof value === 'object' && 'plugins' in value && Array.isArray(value.plugins)) {
      collectIds(value.plugins, into);
      continue;
    }
    const name = pluginName(pluggable);
    if (name?.startsWith('remark-lint:')) into.add(name.slice('remark-lint:'.length));
  }
}

/** The remark-lint rule ids the preset turns on, for the rule reference and config validation. */
export function styleRuleIds(): string[] {
  const ids = new Set<string>();
  collectIds(lintPlugins, ids);
  return [...ids].sort();
}

export interface StyleFinding extends Finding {
  ruleId: string;
}

/** Runs the remark-lint preset over the parsed tree and returns its messages as findings. */
export function runStyle(file: ContentFile): StyleFinding[] {
  const lintFile = new VFile({ path: file.relativePath, value: file.text });
  // The lint rules are synchronous; run in one go, their time is theirs alone (see `runRule`).
  styleProcessor.runSync(file.tree as Root, lintFile);
  const findings: StyleFinding[] = [];
  let points: ReturnType<typeof location> | undefined;
  for (const message of lintFile.messages) {
    if (!message.ruleId || message.source !== 'remark-lint') continue;
    const place = message.place;
    if (!place) continue;
    const position: Position = 'start' in place ? { start: place.start, end: place.end } : { start: place, end: place };
    // remark-lint cannot place trailing `\r` of old Mac line endings (no place, or one past the
    // line's end when lines end in CR); `input-newline` reports those files.
    if (!position.start || !position.end) continue;
    points ??= location(lintFile);
    const startOffset = points.toOffset(position.start);
    let endOffset = points.toOffset(position.end);
    if (startOffset === undefined || endOffset === undefined) continue;
    if (message.ruleId === 'no-trailing-spaces') {
      // The `\r` of a line ending is not trailing whitespace: the finding ends before it.
      while (endOffset > startOffset && file.text.charCodeAt(endOffset - 1) === 13) endOffset--;
      if (endOffset === startOffset) continue;
      const end = points.toPoint(endOffset);
      if (!end) continue;
      position.start = { ...position.start, offset: startOffset };
      position.end = { line: end.line, column: end.column, offset: endOffset };
    }
    const finding: StyleFinding = { ruleId: message.ruleId, message: message.reason, place: position };
    const fix = styleFix(file, message.ruleId, startOffset, endOffset);
    if (fix) finding.fix = fix;
    findings.push(finding);
  }
  return findings;
}

/** The line after the line break at `end` (`\n` or `\r\n`), without its own line break. */
function lineAfter(text: string, end: number): string {
  let from = end;
  if (text.startsWith('\r\n', from)) from += 2;
  else if (text.startsWith('\n', from)) from += 1;
  let to = text.indexOf('\n', from);
  if (to === -1) return text.slice(from);
  if (to > from && text.charCodeAt(to - 1) === 13 /* \r */) to--;
  return text.slice(from, to);
}

/** Safe fixes: the edit cannot change what the Markdown means. `start` and `end` are offsets of the finding. */
function styleFix(file: ContentFile, ruleId: string, start: number, end: number): Fix | undefined {
  switch (ruleId) {
    case 'no-trailing-spaces': {
      // Two or more trailing spaces before a non-blank line are a hard break: removing them
      // would join the lines, so that case is reported but not fixed.
      const run = file.text.slice(start, end);
      const nextLine = lineAfter(file.text, end);
      if (/ {2,}$/.test(run) && nextLine.trim() !== '') return undefined;
      if (!/^[ \t]+$/.test(run)) return undefined;
      return { start, end, replacement: '', kind: 'style' };
    }
    case 'no-heading-punctuation': {
      const source = file.text.slice(start, end);
      const match = /^(#{1,6}[ \t][^\n]*?)([.,;:])[ \t]*$/.exec(source);
      if (!match?.[1]) return undefined;
      const at = start + match[1].length;
      return { start: at, end: at + 1, replacement: '', kind: 'style' };
    }
    case 'no-literal-urls': {
      const url = file.text.slice(start, end);
      if (!/^[a-z][\w+.-]*:\/\/\S+$/i.test(url) && !/^www\.\S+$/i.test(url)) return undefined;
      return { start, end, replacement: `<${url.startsWith('www.') ? `http://${url}` : url}>`, kind: 'style' };
    }
    case 'final-newline':
      return file.text.length > 0 && !file.text.endsWith('\n')
        ? { start: file.text.length, end: file.text.length, replacement: file.newline, kind: 'style' }
        : undefined;
    default:
      return undefined;
  }
}
