export type {
  CollectionReport,
  ContentFile,
  Directive,
  DirectiveKeyword,
  DirectiveProblem,
  FileFacts,
  FileRecord,
  Finding,
  Fix,
  FrontmatterInfo,
  HeadingInfo,
  InputInfo,
  Point,
  Position,
  Report,
  Rule,
  RuleContext,
  RuleFamily,
  RuleMeta,
  Severity,
  WordService,
  WordVerdict,
} from './rule.js';
export { defineRule } from './rule.js';
export { rules } from './rules/index.js';
export {
  check,
  toVFileMessage,
  type CheckOptions,
  type CheckResult,
  type Diagnostic,
  type FileResult,
  type SourceInput,
  type SuppressedDiagnostic,
} from './run/check.js';
export { CheckConfigError, checksConfigSchema, loadConfig, type ChecksConfig, type ResolvedConfig } from './run/config.js';
export { sitePages, type SitePage } from './links/pages.js';
export { ruleUrl } from './rules/url.js';
export {
  translationStatus,
  type LocaleTranslationStatus,
  type PageTranslationStatus,
  type TranslationStatus,
} from '@pressroom/site-config/translations';
export { styleRuleIds } from './rules/style.js';
export type { JsonDiagnostic, JsonReport } from './report/json.js';
export { main } from './cli/main.js';
export {
  generateRuleReference,
  parseRuleHeader,
  readRuleDocs,
  type RuleDoc,
  type RuleExample,
} from './rules/docs.js';
