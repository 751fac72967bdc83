/**
 * Every Pressroom rule, in the order they run. Add a new rule here (see `src/rule.ts`).
 * Style rules are not listed: they come from `@pressroom/remark-preset-lint` (see `style.ts`).
 */
import type { Rule } from '../rule.js';
import { directiveReasonRule } from './directive/directive-reason.js';
import { directiveUnknownRule } from './directive/directive-unknown.js';
import { directiveUnusedRule } from './directive/directive-unused.js';
import { frontmatterDateOrderRule } from './frontmatter/frontmatter-date-order.js';
import { frontmatterDescriptionUnrelatedRule } from './frontmatter/frontmatter-description-unrelated.js';
import { frontmatterDuplicateSlugRule } from './frontmatter/frontmatter-duplicate-slug.js';
import { frontmatterDuplicateTitleRule } from './frontmatter/frontmatter-duplicate-title.js';
import { frontmatterSchemaRule } from './frontmatter/frontmatter-schema.js';
import { frontmatterTagVariantRule } from './frontmatter/frontmatter-tag-variant.js';
import { frontmatterUnknownKeyRule } from './frontmatter/frontmatter-unknown-key.js';
import { frontmatterYamlRule } from './frontmatter/frontmatter-yaml.js';
import { inputBomRule } from './input/input-bom.js';
import { inputEmptyRule } from './input/input-empty.js';
import { inputNewlineRule } from './input/input-newline.js';
import { inputSpecialFileRule } from './input/input-special-file.js';
import { inputSyntaxRule } from './input/input-syntax.js';
import { inputTooComplexRule } from './input/input-too-complex.js';
import { inputTooManyFindingsRule } from './input/input-too-many-findings.js';
import { inputUnloadedFileRule } from './input/input-unloaded-file.js';
import { inputUnreadableRule } from './input/input-unreadable.js';
import { linkExternalRule } from './link/link-external.js';
import { linkMissingAnchorRule } from './link/link-missing-anchor.js';
import { linkMissingFileRule } from './link/link-missing-file.js';
import { linkSkipsLocaleRule } from './link/link-skips-locale.js';
import { linkUnpublishedTargetRule } from './link/link-unpublished-target.js';
import { linkUnreadableImageRule } from './link/link-unreadable-image.js';
import { linkUnservedFormRule } from './link/link-unserved-form.js';
import { linkUntranslatedTargetRule } from './link/link-untranslated-target.js';
import { linkVagueTextRule } from './link/link-vague-text.js';
import { securityActiveHtmlRule } from './security/security-active-html.js';
import { securityEventHandlerRule } from './security/security-event-handler.js';
import { securityIframeRule } from './security/security-iframe.js';
import { securityJavascriptUrlRule } from './security/security-javascript-url.js';
import { securityMdxEsmRule } from './security/security-mdx-esm.js';
import { securityMdxExpressionRule } from './security/security-mdx-expression.js';
import { securityScriptRule } from './security/security-script.js';
import { securityStyleRule } from './security/security-style.js';
import { spellingRule } from './spelling/spelling.js';
import { translationOutdatedRule } from './translation/translation-outdated.js';

/** Bad input: these run on every file, also the ones that could not be read. */
export const inputRules: Rule[] = [
  inputUnreadableRule,
  inputSpecialFileRule,
  inputTooComplexRule,
  inputSyntaxRule,
  inputEmptyRule,
  inputBomRule,
  inputNewlineRule,
  inputUnloadedFileRule,
  inputTooManyFindingsRule,
];

export const frontmatterRules: Rule[] = [
  frontmatterYamlRule,
  frontmatterSchemaRule,
  frontmatterUnknownKeyRule,
  frontmatterDescriptionUnrelatedRule,
  frontmatterDateOrderRule,
  frontmatterDuplicateSlugRule,
  frontmatterDuplicateTitleRule,
  frontmatterTagVariantRule,
];

export const spellingRules: Rule[] = [spellingRule];

export const securityRules: Rule[] = [securityScriptRule, securityIframeRule, securityEventHandlerRule, securityJavascriptUrlRule, securityMdxEsmRule, securityMdxExpressionRule, securityStyleRule, securityActiveHtmlRule];

/** In report order; what they share (the link graph, resolving) is in `src/links/`. */
export const linkRules: Rule[] = [
  linkMissingFileRule,
  linkUnreadableImageRule,
  linkMissingAnchorRule,
  linkUnpublishedTargetRule,
  linkUnservedFormRule,
  linkSkipsLocaleRule,
  linkUntranslatedTargetRule,
  linkVagueTextRule,
  linkExternalRule,
];

/** Translations that fell behind their source pages (docs locales). */
export const translationRules: Rule[] = [translationOutdatedRule];

/** Findings about disable comments: reported by the run once every other rule has reported. */
export const directiveRules: Rule[] = [directiveUnknownRule, directiveUnusedRule, directiveReasonRule];

export const rules: readonly Rule[] = [...inputRules, ...frontmatterRules, ...spellingRules, ...securityRules, ...linkRules, ...translationRules, ...directiveRules];
