import { relative, resolve } from 'node:path';
import { toPosixPath } from '@pressroom/site-config';
import { rules } from '../rules/index.js';
import { styleRuleIds } from '../rules/style.js';
import { ruleSetting, type ResolvedConfig } from '../run/config.js';
import { siteOfPath } from '../run/layout.js';

/**
 * `--print-config <file>`: what applies to that file, as JSON (as `eslint --print-config` and
 * `cspell trace` answer "why is this reported here?"): the configuration file, the site the file
 * belongs to and its frontmatter schema, and every rule's severity and options.
 */
export function printedConfig(config: ResolvedConfig, file: string, cwd: string): string {
  const root = config.site.rootDir;
  const relativePath = toPosixPath(relative(root, resolve(cwd, file)));
  const owner = siteOfPath(config.site.config, config.layout, relativePath);
  const schemaSite = owner?.site ?? (config.layout.source === 'config' ? 'docs or blog, from its frontmatter' : undefined);
  const ruleSettings: Record<string, [string, Record<string, unknown>] | string> = {};
  for (const rule of rules) {
    const setting = ruleSetting(config.checks, rule.meta.id, rule.meta.family, rule.meta.defaultSeverity);
    ruleSettings[rule.meta.id] = Object.keys(setting.options).length > 0 ? [setting.severity, setting.options] : setting.severity;
  }
  for (const id of styleRuleIds()) {
    // The style preset's findings are warnings unless checks.rules says otherwise.
    const setting = ruleSetting(config.checks, id, 'style', 'warning');
    ruleSettings[id] = Object.keys(setting.options).length > 0 ? [setting.severity, setting.options] : setting.severity;
  }
  const printed = {
    file: relativePath,
    root,
    configFile: config.layout.source === 'config' ? config.site.configPath : null,
    site: owner?.site ?? null,
    frontmatterSchema: owner ? (config.layout.schemas[owner.site] ?? null) : schemaSite ?? null,
    ignored: config.checks.ignore,
    untrusted: config.checks.untrusted,
    limits: { maxFileSize: config.checks.maxFileSize, maxNesting: config.checks.maxNesting, maxLineLength: config.checks.maxLineLength },
    rules: ruleSettings,
  };
  return `${JSON.stringify(printed, null, 2)}\n`;
}
