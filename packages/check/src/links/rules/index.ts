import type { Rule } from '../../rule.js';
import { linkExternalRule } from './link-external.js';
import { linkMissingAnchorRule } from './link-missing-anchor.js';
import { linkMissingFileRule } from './link-missing-file.js';
import { linkUnpublishedTargetRule } from './link-unpublished-target.js';
import { linkUnservedFormRule } from './link-unserved-form.js';
import { linkVagueTextRule } from './link-vague-text.js';

/** Every link rule, in report order. */
export const linkRuleList: Rule[] = [
  linkMissingFileRule,
  linkMissingAnchorRule,
  linkUnpublishedTargetRule,
  linkUnservedFormRule,
  linkVagueTextRule,
  linkExternalRule,
];
