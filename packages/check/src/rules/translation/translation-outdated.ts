/**
 * Finds translated docs pages whose source page changed after they were translated.
 *
 * ## Why
 *
 * A translation says nothing when its source moves on: readers of that language get the old
 * instructions, and nobody notices. For each page of a docs locale (`sites.docs.locales`) that is
 * not the default one, the rule compares the page with its source, the default locale's page at
 * the same path, and reports the sections of the source (its headings) whose text changed since.
 *
 * When the translation was made, it records the source's content hash (sha256) in its frontmatter:
 *
 * ```yaml
 * translation:
 *   sourceHash: '4f1c3e0a9b2d'   # sha256sum content/docs/guides/writing.md
 * ```
 *
 * The translation is then up to date while the source's bytes have that hash (its first seven
 * characters or more are enough), and the changed sections are found against the version of the
 * source in git that has it. Without the field, git decides: the translation is outdated when the
 * source's last commit is newer than the translation's, and the changed sections are found against
 * the source as it was at the translation's last commit. The finding's note gives the source's
 * current hash, to record once the translation is updated. Headings are ATX headings (`## Use`);
 * the text before the first one is `(introduction)`, the frontmatter `(frontmatter)`.
 *
 * The rule needs the history: in a folder that is no git repository, or a shallow clone (CI's
 * default checkout), it reports nothing from git and the run says so once. A recorded `sourceHash`
 * needs no history to tell an outdated page, only to name its sections.
 *
 * ## Options
 *
 * None.
 *
 * @example
 *   {"name": "docs/guides/setup.md", "case": "ok", "locales": {"root": {"label": "English", "lang": "en"}, "fr": {"label": "Français"}}}
 *
 *   ---
 *   title: Setup
 *   ---
 *
 *   Install the package.
 *
 * @example
 *   {"name": "docs/fr/guides/setup.md", "case": "ok"}
 *
 *   ---
 *   title: Installation
 *   translation:
 *     sourceHash: 'd0258f581d87'
 *   ---
 *
 *   Installez le paquet.
 *
 * @example
 *   {"name": "docs/guides/setup.md", "case": "not-ok", "label": "input", "locales": {"root": {"label": "English", "lang": "en"}, "fr": {"label": "Français"}}}
 *
 *   ---
 *   title: Setup
 *   ---
 *
 *   Install the package, then run it.
 *
 * @example
 *   {"name": "docs/fr/guides/setup.md", "case": "not-ok", "label": "input"}
 *
 *   ---
 *   title: Installation
 *   translation:
 *     sourceHash: 'd0258f581d87'
 *   ---
 *
 *   Installez le paquet.
 *
 * @example
 *   {"name": "docs/fr/guides/setup.md", "case": "not-ok", "label": "output"}
 *
 *   content/docs/fr/guides/setup.md:2:8-2:20: Unexpected outdated translation of `content/docs/guides/setup.md`, which changed since it was translated, expected this page updated to it
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { localeOfPath, samePageFiles, toPosixPath } from '@pressroom/site-config';
import { compareTranslation, readHistory, recordedSourceHash, type History, type SourcePage } from '@pressroom/site-config/translations';
import { defineRule, type FileRecord, type RuleContext } from '../../rule.js';
import { recordFrontmatter } from '../frontmatter/schema.js';

/** The sections named in a finding, at most; the count of the others follows. */
const sectionsNamed = 5;

interface Translation {
  record: FileRecord;
  source: SourcePage;
}

const recordsByPath = (records: readonly FileRecord[]): ReadonlyMap<string, FileRecord> => new Map(records.map((record) => [record.relativePath, record]));

/**
 * The translated pages among `files`, each with its source page found among `byPath` (the run's
 * records by path) or on disk; none when the docs declare no locales.
 */
function translations(files: readonly FileRecord[], context: Pick<RuleContext, 'site'>, byPath: ReadonlyMap<string, FileRecord> = recordsByPath(files)): Translation[] {
  const { rootDir, config } = context.site;
  const docs = config.sites.docs;
  if (docs.locales === undefined) return [];
  const contentDir = join(rootDir, docs.contentDir);
  return files.flatMap((record) => {
    if (record.site !== 'docs') return [];
    const { locale, sourcePath } = localeOfPath(docs, toPosixPath(relative(contentDir, record.path)));
    if (locale.isDefault) return [];
    // A source written in the other Markdown format is the same page.
    for (const candidate of samePageFiles('docs', sourcePath)) {
      const file = join(contentDir, candidate);
      const path = toPosixPath(relative(rootDir, file));
      const inRun = byPath.get(path);
      const onDisk = () => {
        try {
          return readFileSync(file);
        } catch {
          return undefined;
        }
      };
      if (inRun?.readable) {
        return [{ record, source: { path, hash: inRun.hash, text: () => onDisk()?.toString('utf8') } }];
      }
      if (!inRun && existsSync(file)) {
        const bytes = onDisk();
        if (bytes) return [{ record, source: { path, hash: createHash('sha256').update(bytes).digest('hex'), text: () => bytes.toString('utf8') } }];
      }
    }
    return [];
  });
}

/** The history, read once a run. */
function historyOf(context: Pick<RuleContext, 'site' | 'shared'>): Promise<History> {
  const { rootDir, config } = context.site;
  return context.shared('translation:history', () => readHistory(rootDir, [config.sites.docs.contentDir]));
}

function sectionList(titles: readonly string[]): string {
  const named = titles.slice(0, sectionsNamed).map((title) => `\`${title}\``);
  const more = titles.length - named.length;
  return `${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

export const translationOutdatedRule = defineRule({
  meta: {
    id: 'translation-outdated',
    family: 'translation',
    defaultSeverity: 'warning',
    description: 'A translated docs page whose source page changed since it was translated.',
  },
  async runKey(context) {
    if (context.site.config.sites.docs.locales === undefined) return '';
    // The findings follow the history: a commit that changes no byte of the files changes them.
    const history = await historyOf(context);
    return history.available ? history.head : history.reason;
  },
  references(file, context) {
    // Asked about one file at a time: the run's records by path are made once, in the run's memo.
    const byPath = context.shared('translation:records-by-path', () => recordsByPath(context.files));
    return translations([file], context, byPath).map((translation) => translation.source.path);
  },
  async checkCollection(files, report, context) {
    const pages = translations(files, context);
    if (pages.length === 0) return;
    const history = await historyOf(context);
    let noted = false;
    for (const { record, source } of pages) {
      const comparison = await compareTranslation(record.relativePath, recordedSourceHash(recordFrontmatter(record)), source, history);
      if (comparison.state === 'unknown' && !history.available) {
        if (!noted) context.note?.(`translation-outdated: translations without a recorded sourceHash not compared, as this is ${history.reason}`);
        noted = true;
      }
      if (comparison.state !== 'outdated') continue;
      const { changed } = comparison;
      report(record, {
        message: `Unexpected outdated translation of \`${source.path}\`, which changed${changed.length > 0 ? ` in ${sectionList(changed)}` : ''} since it was translated, expected this page updated to it`,
        place: record.facts.frontmatter?.fields.title ?? { line: 1, column: 1 },
        note: `Once it is, record the source it translates in this page's frontmatter: \`translation: { sourceHash: '${source.hash.slice(0, 12)}' }\` (\`sha256sum ${source.path}\`).`,
      });
    }
  },
});
