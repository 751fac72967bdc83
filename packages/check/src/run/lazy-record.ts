import { toRecord } from '../input/facts.js';
import { frontmatterBlockEnd } from '../input/markdown-parser.js';
import type { FileIdentity } from '../input/parse.js';
import { plainFrontmatterFacts } from '../input/plain-frontmatter.js';
import { parseForCheck, parseSafely, type ParsedFile } from './file-pass.js';
import type { DecodedSource } from '../input/read.js';
import type { Stretches } from '../profile/index.js';
import type { FileFacts, FileRecord } from '../rule.js';

/**
 * The record of a file a `--changed` run only looks things up in. Its frontmatter (which every
 * run-wide rule reads: routes, duplicates, publishing state) comes from parsing the frontmatter
 * block alone; its links, references and anchors are parsed from the whole file the first time a
 * rule reads them. A file that links to no changed file and is no link's target is never parsed.
 */
export function lazyRecord(identity: FileIdentity, source: DecodedSource, onParse: (parsed: ParsedFile) => void, stretches: Stretches): FileRecord {
  let whole: FileRecord | undefined;
  const parseWhole = (): FileRecord => {
    if (!whole) {
      const parsed = parseForCheck(identity, source, stretches);
      whole = parsed.record;
      onParse(parsed);
    }
    return whole;
  };
  if (source.problem) return parseWhole();
  const frontmatter = frontmatterAlone(identity, source) ?? parseWhole().facts.frontmatter;
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
    get directives() {
      return parseWhole().facts.directives;
    },
  };
  return {
    path: identity.path,
    relativePath: identity.relativePath,
    site: identity.site,
    id: identity.id,
    format: /\.mdx$/i.test(identity.path) ? 'mdx' : 'md',
    hash: source.hash,
    readable: true,
    facts,
    mayMention: (names) => mayHoldUrlNaming(source.text, names),
  };
}

/** Escapes, character references or percent encoding, which can spell any name in a URL. */
const encodedCharacters = String.raw`\\|&(?:#x?[\da-f]+|[a-z][\da-z]*);|%[\da-f]{2}`;

/** The last names asked about and their pattern: a run asks about one list of names. */
let namePattern: { names: readonly string[]; pattern: RegExp | undefined } | undefined;

/**
 * Whether a URL written somewhere in `text` could name one of `names` (lower case), in any case. A
 * destination can be written with escapes (`\-`), character references (`&#45;`) or percent
 * encoding; a text with any of those is assumed to.
 */
function mayHoldUrlNaming(text: string, names: readonly string[]): boolean {
  if (namePattern?.names !== names) {
    // ASCII names are found without a lower-case copy of every file: the `i` flag matches ASCII
    // letters as lower-casing does.
    const ascii = names.every((name) => /^[\x00-\x7f]*$/.test(name));
    namePattern = { names, pattern: ascii ? new RegExp([...names.map(escapeForPattern), encodedCharacters].join('|'), 'i') : undefined };
  }
  const { pattern } = namePattern;
  // U+0130 and U+212A are the two characters outside ASCII that lower-case into it.
  if (pattern) return pattern.test(text) || /[\u0130\u212a]/.test(text);
  const lowerCaseText = text.toLowerCase();
  return names.some((name) => lowerCaseText.includes(name)) || new RegExp(encodedCharacters).test(lowerCaseText);
}

function escapeForPattern(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|/-]/g, String.raw`\$&`);
}

/**
 * The frontmatter facts from the text up to the block's closing fence, which holds the block of
 * the whole file: read plainly when the block is written plainly, parsed otherwise. `undefined`
 * when the prefix holds no block's facts, and the whole file is parsed.
 */
function frontmatterAlone(identity: FileIdentity, source: DecodedSource): FileFacts['frontmatter'] | undefined {
  const end = frontmatterBlockEnd(source.text);
  if (end === undefined) return undefined;
  const prefix = source.text.slice(0, end);
  return plainFrontmatterFacts(prefix) ?? toRecord(parseSafely(identity, { ...source, text: prefix })).facts.frontmatter;
}
