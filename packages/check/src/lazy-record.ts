import { toRecord } from './facts.js';
import type { FileIdentity } from './parse.js';
import { plainFrontmatterFacts } from './plain-frontmatter.js';
import { parseForCheck, parseSafely, type ParsedFile } from './process-file.js';
import type { DecodedSource } from './read.js';
import type { FileFacts, FileRecord } from './rule.js';

/**
 * The record of a file a `--changed` run only looks things up in. Its frontmatter (which every
 * run-wide rule reads: routes, duplicates, publishing state) comes from parsing the frontmatter
 * block alone; its links, references and anchors are parsed from the whole file the first time a
 * rule reads them. A file that links to no changed file and is no link's target is never parsed.
 */
export function lazyRecord(identity: FileIdentity, source: DecodedSource, onParse: (parsed: ParsedFile) => void): FileRecord {
  let whole: FileRecord | undefined;
  const parseWhole = (): FileRecord => {
    if (!whole) {
      const parsed = parseForCheck(identity, source);
      whole = parsed.record;
      onParse(parsed);
    }
    return whole;
  };
  if (source.problem) return parseWhole();
  const frontmatter = plainFrontmatterFacts(source.text) ?? frontmatterAlone(identity, source) ?? parseWhole().facts.frontmatter;
  const facts: FileFacts = {
    frontmatter,
    get anchors() {
      return parseWhole().facts.anchors;
    },
    get links() {
      return parseWhole().facts.links;
    },
    get references() {
      return parseWhole().facts.references;
    },
  };
  const lowerCaseText = source.text.toLowerCase();
  return {
    path: identity.path,
    relativePath: identity.relativePath,
    site: identity.site,
    id: identity.id,
    format: /\.mdx$/i.test(identity.path) ? 'mdx' : 'md',
    hash: source.hash,
    readable: true,
    facts,
    mayMention: (names) => mayHoldUrlNaming(lowerCaseText, names),
  };
}

/**
 * Whether a URL written somewhere in `lowerCaseText` could name one of `names` (lower case). A
 * destination can be written with escapes (`\-`), character references (`&#45;`) or percent
 * encoding; a text with any of those is assumed to.
 */
function mayHoldUrlNaming(lowerCaseText: string, names: readonly string[]): boolean {
  if (names.some((name) => lowerCaseText.includes(name))) return true;
  return /\\|&(?:#x?[\da-f]+|[a-z][\da-z]*);|%[\da-f]{2}/.test(lowerCaseText);
}

/** A line that may close a frontmatter block. */
const closingFence = /^---[\t ]*\r?$/gm;

/**
 * The frontmatter facts from the text up to the block's closing fence. micromark decides where a
 * frontmatter block ends from the lines up to its closing fence alone, so when that prefix holds
 * a block it is the block of the whole file; otherwise (`undefined`) the whole file is parsed.
 */
function frontmatterAlone(identity: FileIdentity, source: DecodedSource): FileFacts['frontmatter'] | undefined {
  const { text } = source;
  if (!text.startsWith('---')) return undefined;
  closingFence.lastIndex = text.indexOf('\n') + 1;
  if (closingFence.lastIndex === 0) return undefined;
  const closing = closingFence.exec(text);
  if (!closing) return undefined;
  let end = closing.index + closing[0].length;
  if (text[end - 1] === '\r') end -= 1;
  const prefix = toRecord(parseSafely(identity, { ...source, text: text.slice(0, end) }));
  return prefix.facts.frontmatter;
}
