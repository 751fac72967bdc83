export type {
  CollectionReport,
  ContentFile,
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
} from './rule.js';
export { defineRule } from './rule.js';
export { rules } from './rules/index.js';
export { check, toVFileMessage, type CheckOptions, type CheckResult, type Diagnostic, type FileResult, type SourceInput } from './engine.js';
export { CheckConfigError, checksConfigSchema, loadConfig, type ChecksConfig, type ResolvedConfig } from './config.js';
export { ruleUrl } from './rule-url.js';
export { styleRuleIds } from './style.js';
export { main } from './cli.js';
export {
  generateRuleReference,
  parseRuleHeader,
  readRuleDocs,
  type RuleDoc,
  type RuleExample,
} from './rule-docs.js';
