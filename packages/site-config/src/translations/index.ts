/**
 * `@pressroom/site-config/translations`: how far each docs locale's translations are behind the
 * default locale's pages. An entry of its own: it reads the content and asks git, which the
 * configuration itself never needs.
 */
export {
  translationStatus,
  type LocaleTranslationStatus,
  type PageTranslationStatus,
  type TranslationState,
  type TranslationStatus,
} from './status.js';
export { compareTranslation, recordedSourceHash, type Comparison, type SourcePage } from './compare.js';
export { readHistory, type Commit, type History } from './history.js';
export { changedSections, sections, type Section } from './sections.js';
