import { basename } from 'node:path';
import type { CSpellSettings } from 'cspell-lib';
import { CheckConfigError } from '../run/config-error.js';
import { dictionariesOf, lookupDictionary, findCspellConfig, readCspellSettings, spellCheckerOf, type SpellChecker } from './dictionary.js';
import { isEnglish, languagePackageConfig } from './languages.js';
import { isSharedKey, settingsKey, settingsKeyParts, withoutDirectives, type SpellingSetup, type SpellingSetupRequest } from './setup.js';
import { tokenJudge, type TokenVerdict } from './token-judge.js';

type CSpell = typeof import('cspell-lib');
type Internals = typeof import('./cspell-validator.js');
type Finalized = ReturnType<CSpell['finalizeSettings']>;

/** The cspell configuration of a project, read once per thread as cspell reads it for a document. */
export interface CspellProject {
  cspell: CSpell;
  /** The parts of cspell-lib it does not export (`cspell-validator.ts`). */
  internals: Internals;
  configPath: string | undefined;
  /** cspell's defaults, the user's global settings and the project's, merged. */
  merged: CSpellSettings;
  /** Whether the project's `ignorePaths` name the file at `path`. */
  ignored(path: string): boolean;
  /** The indices of the `overrides` that apply to the file at `path` (cspell's defaults have some, for other file types). */
  overridesOf(path: string): number[];
  /**
   * `merged` with the configuration of the shipped dictionary package of each language a file of
   * the run was asked in (`withLanguage`): a language's dictionary loads only when a file needs it.
   */
  readonly languages: Map<string, CSpellSettings>;
  /** Settings by key, finalized. */
  readonly settings: Map<string, SettingsEntry>;
}

interface SettingsEntry {
  settings: CSpellSettings;
  finalized: Finalized;
  /** The language the settings spell in when no dictionary knows it: the file is not checked. */
  unchecked: string | undefined;
}

/** Settings of files with settings of their own kept at once. */
const ownSettingsKept = 64;

/** Defaults cspell's document validator falls back on (`defaultConstants.ts`, `lineValidatorFactory.ts`). */
const defaults = { maxDuplicateProblems: 5, maxNumberOfProblems: 200, minRandomLength: 40 };

/** cspell-lib is imported when a file is spell-checked: a run answered from the cache never loads it. */
export async function loadCspellProject(rootDir: string): Promise<CspellProject> {
  const [cspell, internals] = await Promise.all([import('cspell-lib'), import('./cspell-validator.js')]);
  const configPath = findCspellConfig(rootDir);
  const user: CSpellSettings = configPath ? await readCspellSettings(configPath, rootDir) : { language: 'en' };
  const merged = cspell.mergeSettings(await cspell.getDefaultSettings(user.loadDefaultConfiguration ?? true), await cspell.getGlobalSettingsAsync(), user);
  // cspell's document validator matches the `ignorePaths` of the configuration it found for the file.
  const matcher = internals.getGlobMatcherForExcluding(user.ignorePaths);
  const overrideMatchers = (merged.overrides ?? []).map((override) => internals.getGlobMatcherForExcluding(override.filename));
  return {
    cspell,
    internals,
    configPath,
    merged,
    ignored: (path) => matcher.match(path),
    // As `calcOverrideSettings` matches an override's `filename` globs.
    overridesOf: (path) => overrideMatchers.flatMap((override, index) => (override.match(path) ? [index] : [])),
    languages: new Map(),
    settings: new Map(),
  };
}

/**
 * Makes the settings of `language` ready: with the configuration of the shipped package that knows
 * it merged in, read once. English, and a language no shipped package knows, need nothing.
 */
export async function withLanguage(project: CspellProject, language: string): Promise<void> {
  if (isEnglish(language) || project.languages.has(language)) return;
  const packageConfig = languagePackageConfig(language);
  const extension = packageConfig ? await project.cspell.readSettings(packageConfig) : undefined;
  project.languages.set(language, extension ? project.cspell.mergeSettings(project.merged, extension) : project.merged);
}

/**
 * The key of the settings the file at `path` with `directives` is judged with (`settingsKey`), in
 * the language of its locale (`''`: the configuration's). English keeps the configuration's
 * language, so that an English locale is spelled exactly as a file outside any locale.
 */
export function judgeKey(project: CspellProject, path: string, directives: string, language = ''): string {
  const languageIds = project.cspell.getLanguageIdsForBaseFilename(basename(path));
  return settingsKey({ languageIds, overrides: project.overridesOf(path), directives, language: isEnglish(language) ? '' : language });
}

/** A language no dictionary is for: cspell's neutral dictionaries are all it would use. */
const noLanguage = 'zxx';

/** The settings a key names: cspell's `determineTextDocumentSettings` for such a file, finalized. */
export function settingsOfKey(project: CspellProject, key: string): SettingsEntry {
  const known = project.settings.get(key);
  if (known) return known;
  const { cspell } = project;
  const { languageIds, overrides, directives, language } = settingsKeyParts(key);
  const base = language === '' ? project.merged : project.languages.get(language);
  if (!base) throw new Error(`The settings of ${language} are not ready: ask for a setup in that language first`);
  // As `calcOverrideSettings` does, with the overrides the key names.
  const applied = overrides.map((index) => project.merged.overrides![index]!);
  let fileSettings = applied.reduce<CSpellSettings>((settings, override) => cspell.mergeSettings(settings, override), base);
  // The locale's language, unless an override names one for these files: the configuration decides last.
  if (language !== '' && !applied.some((override) => override.language !== undefined)) fileSettings = cspell.mergeSettings(fileSettings, { language });
  const ids = fileSettings.languageId?.length ? fileSettings.languageId : languageIds;
  const settings = cspell.combineTextAndLanguageSettings(fileSettings, directives, ids);
  const finalized = cspell.finalizeSettings(settings);
  const unsupported = unsupportedSetting(finalized);
  if (unsupported) {
    throw new CheckConfigError(
      `Unexpected cspell setting \`${unsupported}\` in ${project.configPath ?? 'the cspell configuration'}, expected a configuration without it: pressroom check does not cut text the way it asks; remove it to spell-check with pressroom`,
    );
  }
  const spelledIn = fileSettings.language ?? 'en';
  let unchecked: string | undefined;
  if (!spelledIn.split(',').some((one) => isEnglish(one.trim()))) {
    // Only cspell's neutral dictionaries (software terms, companies): every word of the language would be unknown.
    const neutral = new Set(cspell.finalizeSettings(cspell.combineTextAndLanguageSettings(cspell.mergeSettings(fileSettings, { language: noLanguage }), directives, ids)).dictionaries);
    if ((finalized.dictionaries ?? []).every((name) => neutral.has(name))) unchecked = spelledIn;
  }
  const entry = { settings, finalized, unchecked };
  project.settings.set(key, entry);
  if (!isSharedKey(key)) {
    // Each file with settings of its own has its own key: keep the latest few, as their settings are large.
    const own = [...project.settings.keys()].filter((known) => !isSharedKey(known));
    for (const old of own.slice(0, Math.max(0, own.length - ownSettingsKept))) project.settings.delete(old);
  }
  return entry;
}

/** Forgets the settings of the keys in `language` (`''`: the configuration's), built again when asked. */
export function forgetSettings(project: CspellProject, language: string): void {
  for (const key of [...project.settings.keys()]) if (settingsKeyParts(key).language === language) project.settings.delete(key);
}

/** Settings that make cspell rewrite text before it cuts it into words, which pressroom does not do. */
function unsupportedSetting(settings: Finalized): string | undefined {
  if (settings.substitutions?.length) return 'substitutions';
  if (settings.useIntlWordSegmentation) return 'useIntlWordSegmentation';
  if (settings.softWordBreaks) return 'softWordBreaks';
  if (typeof settings.parserFn === 'object') return 'parser';
  return undefined;
}

/** How the file `request` names is spell-checked (`withLanguage` of its language first). */
export function setupFor(project: CspellProject, request: SpellingSetupRequest): SpellingSetup {
  const key = judgeKey(project, request.path, request.directives, request.lang);
  const { settings, finalized, unchecked } = settingsOfKey(project, key);
  return {
    check: !project.ignored(request.path) && (settings.enabled ?? true) && unchecked === undefined,
    ...(unchecked !== undefined ? { unchecked } : {}),
    language: suggestionSource(key),
    key,
    ignoreRegExpList: finalized.ignoreRegExpList ?? [],
    includeRegExpList: finalized.includeRegExpList ?? [],
    ignoreRandomStrings: finalized.ignoreRandomStrings ?? true,
    minRandomLength: finalized.minRandomLength ?? defaults.minRandomLength,
    maxDuplicateProblems: finalized.maxDuplicateProblems ?? defaults.maxDuplicateProblems,
    maxNumberOfProblems: finalized.maxNumberOfProblems ?? defaults.maxNumberOfProblems,
  };
}

/**
 * Where the suggestions of a file judged under `key` come from (`SpellingSetup.language`): the
 * configuration's dictionaries (`''`) or its locale's language's, as for every other file of it;
 * but when an `overrides` entry applies to the file (a language, words, dictionaries of its own),
 * the settings `key` names without its in-document part, those its tokens were judged with.
 */
export function suggestionSource(key: string): string {
  const { overrides, language } = settingsKeyParts(key);
  return overrides.length > 0 ? withoutDirectives(key) : language;
}

/** A checker that suggests from the dictionaries of the settings `key` names, as `tokenJudgeFor` judges with them. */
export async function spellCheckerFor(project: CspellProject, key: string): Promise<SpellChecker> {
  await withLanguage(project, settingsKeyParts(key).language);
  const { finalized } = settingsOfKey(project, key);
  const { lookup, settings } = await lookupDictionary(finalized);
  return spellCheckerOf(await dictionariesOf(lookup, settings));
}

/** Judges tokens with the settings and dictionaries `key` names (see `token-judge.ts`). */
export async function tokenJudgeFor(project: CspellProject, key: string): Promise<(token: string) => TokenVerdict> {
  await withLanguage(project, settingsKeyParts(key).language);
  const { settings, finalized } = settingsOfKey(project, key);
  // Files without settings of their own that are spelled in English must know English, or the dictionaries did not load.
  const english = (settings.language ?? 'en').split(',').some((one) => isEnglish(one.trim()));
  const { lookup } = await lookupDictionary(finalized, { mustKnowEnglish: isSharedKey(key) && english });
  return tokenJudge(lookup, project.internals.settingsToValidateOptions(finalized), project.internals.lineValidatorFactory);
}

/**
 * Whether the in-document settings of `directives` only add words (`cspell:words`,
 * `cspell:ignore`, `LocalWords:`) or change which text is read: then a token cspell finds nothing
 * in without them, it finds nothing in with them, and only the others need judging again.
 */
export function onlyAddsWords(project: CspellProject, directives: string): boolean {
  const settings = project.internals.getInDocumentSettings(directives) as Record<string, unknown>;
  return Object.entries(settings).every(([key, value]) => {
    if (key === 'id' || key === 'ignoreRegExpList' || key === 'includeRegExpList') return true;
    if (key === 'dictionaries') return Array.isArray(value) && value.every((name) => name === inDocumentDictionary);
    if (key === 'dictionaryDefinitions') {
      return (
        Array.isArray(value) &&
        value.every((definition: Record<string, unknown>) => Object.keys(definition).every((field) => field === 'name' || field === 'words' || field === 'ignoreWords'))
      );
    }
    return false;
  });
}

/** The name cspell gives the dictionary of a file's own words (`InDocSettings.ts`). */
const inDocumentDictionary = '[in-document-dict]';
