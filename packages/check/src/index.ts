export type {
  CollectionReport,
  ContentFile,
  Finding,
  Fix,
  FrontmatterInfo,
  HeadingInfo,
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
