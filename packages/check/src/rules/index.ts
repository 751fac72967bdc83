/**
 * Every Pressroom rule, in the order they run. Add a new rule here (see `src/rule.ts`).
 * Style rules are not listed: they come from `@pressroom/remark-preset-lint` (see `src/style.ts`).
 */
import type { Rule } from '../rule.js';

export const frontmatterRules: Rule[] = [];

export const spellingRules: Rule[] = [];

export const securityRules: Rule[] = [];

/** Link rules live in `src/links/**`; list them here. */
export const linkRules: Rule[] = [];

export const rules: readonly Rule[] = [...frontmatterRules, ...spellingRules, ...securityRules, ...linkRules];
