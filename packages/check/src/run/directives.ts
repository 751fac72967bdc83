/**
 * Applies a file's directive comments (`input/directives.ts`) to every finding on it, whichever
 * rule reported it and whether it came from this run or the cache: a hidden finding is kept apart
 * (`suppressed`) and never counts toward the exit code. Then the `directive-*` rules report on the
 * comments themselves: unknown forms and rule ids, comments that hid nothing, missing reasons.
 *
 * `pressroom-…` comments mean what ESLint's do. `lint …` comments mean what they mean to
 * remark-lint: the state machine below is `unified-message-control`'s, so that the style rules are
 * silenced exactly as remark-cli silences them, and the other rules the same way.
 */
import { CheckConfigError, ruleSetting, type ResolvedConfig } from './config.js';
import { makeDiagnostic, type Diagnostic } from './diagnostic.js';
import { nearest } from '../links/suggest.js';
import type { Directive, FileRecord, Finding, Rule, Severity } from '../rule.js';
import { rules as registeredRules } from '../rules/index.js';
import { styleRuleIds } from '../rules/style.js';

interface At {
  line: number;
  column: number;
}

const isBefore = (a: At, b: At) => a.line < b.line || (a.line === b.line && a.column <= b.column);

/** Findings about the comments themselves, and internal errors: no comment hides them. */
export function isUnsuppressible(ruleId: string): boolean {
  return ruleId.startsWith('directive-') || ruleId === 'pressroom-internal';
}

/** A rule id the comment names and a directive acts on (`*`: every rule). */
type Use = `${number}:${string}`;

/** One `lint` state change, as `unified-message-control` records it. */
interface Mark {
  state: boolean;
  point: At;
  by: number;
}

/**
 * Which comment hides a finding, and which comments hid nothing. `isKnown` says which rule ids a
 * comment may name; the others are left out here (and reported by the caller).
 */
export class Suppressor {
  private readonly used = new Set<Use>();
  private readonly ranges: number[];
  /** Enable comments with nothing to enable where they are, by index. */
  readonly idleEnables = new Map<number, string[]>();
  private readonly lint: { scope: Map<string, Mark[]>; globals: Mark[]; reset: boolean; resetBy: number | undefined };

  constructor(
    readonly comments: readonly Directive[],
    private readonly isKnown: (ruleId: string) => boolean,
  ) {
    const order = comments.map((_, index) => index);
    this.ranges = order
      .filter((index) => comments[index]!.syntax === 'pressroom' && (comments[index]!.keyword === 'disable' || comments[index]!.keyword === 'enable'))
      .sort((a, b) => compare(comments[a]!.from, comments[b]!.from) || a - b);
    this.findIdleEnables();
    this.lint = this.lintMarks();
  }

  private idsOf(directive: Directive): string[] {
    return directive.ruleIds.filter((id) => this.isKnown(id));
  }

  /** Whether a comment that names rules names none this run knows: it then does nothing. */
  private namesOnlyUnknown(directive: Directive): boolean {
    return directive.ruleIds.length > 0 && this.idsOf(directive).length === 0;
  }

  /** The comment hiding a finding of `ruleId` at `at`, if any. */
  hiding(ruleId: string, at: At): Directive | undefined {
    if (isUnsuppressible(ruleId)) return undefined;
    const found = this.byLine(ruleId, at) ?? this.byRange(ruleId, at) ?? this.byLint(ruleId, at);
    if (!found) return undefined;
    this.used.add(`${found.index}:${found.all ? '*' : ruleId}`);
    return this.comments[found.index];
  }

  private covers(directive: Directive, ruleId: string): { all: boolean } | undefined {
    if (directive.ruleIds.length === 0) return { all: true };
    return this.idsOf(directive).includes(ruleId) ? { all: false } : undefined;
  }

  private byLine(ruleId: string, at: At): { index: number; all: boolean } | undefined {
    for (const [index, directive] of this.comments.entries()) {
      if (directive.syntax !== 'pressroom') continue;
      const { start, end } = directive.position;
      const onIt =
        directive.keyword === 'disable-line' ? at.line >= start.line && at.line <= end.line : directive.keyword === 'disable-next-line' && at.line === end.line + 1;
      if (!onIt) continue;
      const covered = this.covers(directive, ruleId);
      if (covered) return { index, ...covered };
    }
    return undefined;
  }

  /** ESLint's ranges: the last disable or enable before the finding that names its rule, or all. */
  private byRange(ruleId: string, at: At): { index: number; all: boolean } | undefined {
    let all: number | undefined;
    /** `null`: enabled by name after a disable of every rule. */
    let own: number | null | undefined;
    for (const index of this.ranges) {
      const directive = this.comments[index]!;
      if (!isBefore(directive.from, at)) break;
      if (directive.ruleIds.length === 0) {
        all = directive.keyword === 'disable' ? index : undefined;
        own = undefined;
      } else if (this.idsOf(directive).includes(ruleId)) {
        own = directive.keyword === 'disable' ? index : null;
      }
    }
    if (own !== undefined) return own === null ? undefined : { index: own, all: false };
    return all === undefined ? undefined : { index: all, all: true };
  }

  /** Walks the ranges once without findings: an enable with nothing disabled before it does nothing. */
  private findIdleEnables(): void {
    let all = false;
    const own = new Map<string, boolean>();
    for (const index of this.ranges) {
      const directive = this.comments[index]!;
      const ids = this.idsOf(directive);
      if (directive.ruleIds.length === 0) {
        if (directive.keyword === 'enable' && !all && ![...own.values()].some(Boolean)) this.idleEnables.set(index, []);
        all = directive.keyword === 'disable';
        own.clear();
        continue;
      }
      if (directive.keyword === 'enable') {
        const idle = ids.filter((id) => !(own.get(id) ?? all));
        if (idle.length > 0) this.idleEnables.set(index, idle);
      }
      for (const id of ids) own.set(id, directive.keyword === 'disable');
    }
  }

  /** `unified-message-control`'s marks over the `lint` comments, in document order. */
  private lintMarks() {
    const scope = new Map<string, Mark[]>();
    const globals: Mark[] = [];
    let reset = false;
    let resetBy: number | undefined;
    const getState = (ruleId: string | undefined): boolean => {
      const ranges = ruleId === undefined ? globals : scope.get(ruleId);
      if (ranges && ranges.length > 0) return ranges.at(-1)!.state;
      return !reset;
    };
    const toggle = (point: At, state: boolean, ruleId: string | undefined, by: number): void => {
      let markers = globals;
      if (ruleId !== undefined) {
        markers = scope.get(ruleId) ?? [];
        scope.set(ruleId, markers);
      }
      if (getState(ruleId) !== state) {
        markers.push({ state, point, by });
        if (state) this.idleEnables.delete(by);
      }
      if (ruleId === undefined) for (const id of scope.keys()) toggle(point, state, id, by);
    };
    for (const [index, directive] of this.comments.entries()) {
      if (directive.syntax !== 'lint' || this.namesOnlyUnknown(directive)) continue;
      const ids: (string | undefined)[] = directive.ruleIds.length === 0 ? [undefined] : this.idsOf(directive);
      // An enable is idle unless one of its toggles changes a state (`toggle` clears this).
      if (directive.keyword === 'enable') this.idleEnables.set(index, directive.ruleIds.length === 0 ? [] : this.idsOf(directive));
      for (const ruleId of ids) {
        const point = directive.from;
        if (directive.keyword === 'ignore') {
          if (directive.until) {
            toggle(point, false, ruleId, index);
            toggle(directive.until, true, ruleId, index);
          }
        } else if (directive.keyword === 'disable') {
          toggle(point, false, ruleId, index);
          if (ruleId === undefined) {
            reset = true;
            resetBy = index;
          }
        } else {
          toggle(point, true, ruleId, index);
          if (ruleId === undefined) reset = false;
        }
      }
    }
    return { scope, globals, reset, resetBy };
  }

  private byLint(ruleId: string, at: At): { index: number; all: boolean } | undefined {
    const { scope, globals, reset, resetBy } = this.lint;
    const decide = (marks: Mark[] | undefined, local: boolean): { state: boolean; by?: number } => {
      if (marks) {
        for (let index = marks.length - 1; index >= 0; index--) {
          const mark = marks[index]!;
          if (isBefore(mark.point, at)) return { state: mark.state, by: mark.by };
        }
      }
      // Upstream falls back to the state at the end of the file: a `lint disable` of every rule
      // that stays open hides the rule's findings before it too.
      return local && reset ? { state: false, ...(resetBy === undefined ? {} : { by: resetBy }) } : { state: true };
    };
    const local = decide(scope.get(ruleId), true);
    if (!local.state && local.by !== undefined) return { index: local.by, all: this.comments[local.by]!.ruleIds.length === 0 };
    const global = decide(globals, false);
    if (!global.state && global.by !== undefined) return { index: global.by, all: true };
    return undefined;
  }

  /** Disable comments (and each rule id of one) that hid nothing. */
  unused(): { directive: Directive; ruleId: string | undefined }[] {
    const found: { directive: Directive; ruleId: string | undefined }[] = [];
    for (const [index, directive] of this.comments.entries()) {
      if (directive.keyword === 'enable') {
        const idle = this.idleEnables.get(index);
        if (!idle) continue;
        if (idle.length === 0) found.push({ directive, ruleId: undefined });
        for (const ruleId of idle) found.push({ directive, ruleId });
        continue;
      }
      if (directive.ruleIds.length === 0) {
        if (!this.used.has(`${index}:*`)) found.push({ directive, ruleId: undefined });
        continue;
      }
      for (const ruleId of new Set(this.idsOf(directive))) if (!this.used.has(`${index}:${ruleId}`)) found.push({ directive, ruleId });
    }
    return found;
  }
}

function compare(a: At, b: At): number {
  return a.line - b.line || a.column - b.column;
}

/** A finding the comments hid, with the comment that did. */
export interface SuppressedDiagnostic extends Diagnostic {
  suppressedBy: { comment: string; reason?: string; line: number; column: number };
}

/** What the `directive-*` rules and the comments' targets are in this run. */
export interface DirectiveSettings {
  config: ResolvedConfig;
  /** Every rule id a comment may name: the run's rules and the style rules. */
  known: readonly string[];
  /** The configured severity of each `directive-*` rule the run has; absent: not reported. */
  severities: Partial<Record<'directive-unknown' | 'directive-unused' | 'directive-reason', Exclude<Severity, 'off'>>>;
  /** `directive-unknown`'s `otherTools`: tools whose comments are left to them. */
  otherTools: readonly string[];
}

const directiveRuleIds = ['directive-unknown', 'directive-unused', 'directive-reason'] as const;

/** The settings of a run of `rules`: which ids a comment may name, how loud each `directive-*` rule is. */
export function directiveSettings(config: ResolvedConfig, rules: readonly Rule[]): DirectiveSettings {
  const known = [...new Set([...registeredRules, ...rules].map((rule) => rule.meta.id).concat(styleRuleIds()))].sort();
  const severities: DirectiveSettings['severities'] = {};
  let otherTools: string[] = [];
  for (const id of directiveRuleIds) {
    const rule = rules.find((candidate) => candidate.meta.id === id);
    if (!rule) continue;
    const setting = ruleSetting(config.checks, id, rule.meta.family, rule.meta.defaultSeverity);
    if (setting.severity !== 'off') severities[id] = setting.severity;
    if (id === 'directive-unknown' && setting.options.otherTools !== undefined) {
      const tools = setting.options.otherTools;
      if (!Array.isArray(tools) || !tools.every((tool) => typeof tool === 'string')) {
        throw new CheckConfigError(
          `${config.site.configPath}: Unexpected ${JSON.stringify(tools)} in checks.rules.directive-unknown.otherTools, expected a list of tool names such as ["markdownlint"]`,
        );
      }
      otherTools = tools;
    }
  }
  return { config, known, severities, otherTools };
}

/**
 * The findings on a file once its comments are applied, the ones they hid, and the findings about
 * the comments. `whole`: every rule ran on the file in this run (not a file a `--changed` run
 * reports only for its links), so a comment that hid nothing really is unused.
 */
export function applyDirectives(
  record: FileRecord,
  diagnostics: readonly Diagnostic[],
  settings: DirectiveSettings,
  whole: boolean,
): { diagnostics: Diagnostic[]; suppressed: SuppressedDiagnostic[] } {
  // A file reported only for its links, with none broken, need not even be parsed for its comments.
  if (diagnostics.length === 0 && !whole) return { diagnostics: [], suppressed: [] };
  const { comments, problems } = (record.readable && record.facts.directives) || { comments: [], problems: [] };
  if (comments.length === 0 && (problems.length === 0 || !whole)) return { diagnostics: [...diagnostics], suppressed: [] };
  const known = new Set(settings.known);
  const suppressor = new Suppressor(comments, (id) => known.has(id) && !isUnsuppressible(id));
  const kept: Diagnostic[] = [];
  const suppressed: SuppressedDiagnostic[] = [];
  // Content from people the repository does not know cannot vouch for itself: under the policy a
  // comment hides no `security-*` finding, and one that tries is reported unused.
  const vouched = (ruleId: string) => !(settings.config.checks.untrusted && ruleId.startsWith('security-'));
  for (const diagnostic of diagnostics) {
    const directive = vouched(diagnostic.ruleId) ? suppressor.hiding(diagnostic.ruleId, diagnostic) : undefined;
    if (!directive) {
      kept.push(diagnostic);
      continue;
    }
    const by: SuppressedDiagnostic['suppressedBy'] = { comment: directive.text, line: directive.position.start.line, column: directive.position.start.column };
    if (directive.reason) by.reason = directive.reason;
    suppressed.push({ ...diagnostic, suppressedBy: by });
  }
  if (!whole) return { diagnostics: kept, suppressed };

  const report = (ruleId: keyof DirectiveSettings['severities'], finding: Finding) => {
    const severity = settings.severities[ruleId];
    if (severity) kept.push(makeDiagnostic(settings.config, record, ruleId, severity, finding, 'pressroom'));
  };
  for (const problem of problems) {
    if (problem.tool && settings.otherTools.includes(problem.tool)) continue;
    report('directive-unknown', { message: problem.message, place: problem.position, ...(problem.note ? { note: problem.note } : {}) });
  }
  for (const directive of comments) {
    for (const id of new Set(directive.ruleIds)) {
      if (known.has(id) && !isUnsuppressible(id)) continue;
      report('directive-unknown', unknownRule(directive, id, settings.known));
    }
    if (!directive.reason && directive.keyword !== 'enable') {
      report('directive-reason', {
        message: `Unexpected \`${directive.text}\` without a reason, expected \` -- \` and why the finding is wrong here`,
        place: directive.position,
        note: directive.syntax === 'lint' ? 'remark-lint reads a reason of plain words only: `<!-- lint ignore rule-id -- a product name -->`.' : `For example \`${directive.text} -- a product name\`.`,
      });
    }
  }
  for (const { directive, ruleId } of suppressor.unused()) report('directive-unused', unusedMessage(directive, ruleId));
  return { diagnostics: kept, suppressed };
}

function unknownRule(directive: Directive, id: string, known: readonly string[]): Finding {
  const where = `in a \`${directive.syntax === 'lint' ? `lint ${directive.keyword}` : `pressroom-${directive.keyword}`}\` comment`;
  if (isUnsuppressible(id)) {
    return {
      message: `Unexpected rule \`${id}\` ${where}, expected a rule that reports on the content: findings about these comments and internal errors cannot be hidden by one`,
      place: directive.position,
      note: `Set "${id}" to "off" in the checks.rules of pressroom.config.json instead.`,
    };
  }
  const meant = nearest(id, known.filter((candidate) => !isUnsuppressible(candidate)));
  return {
    message: `Unexpected unknown rule \`${id}\` ${where}, expected one of the rule ids of the rule reference${meant ? ` (did you mean \`${meant}\`?)` : ''}`,
    place: directive.position,
    ...(meant ? { suggestions: [meant] } : {}),
    note: `Rule ids: ${known.filter((candidate) => !isUnsuppressible(candidate)).join(', ')}.`,
  };
}

function unusedMessage(directive: Directive, ruleId: string | undefined): Finding {
  const subject = directive.ruleIds.length > 1 && ruleId ? `\`${ruleId}\` in \`${directive.text}\`` : `\`${directive.text}\``;
  const what = ruleId ? `a \`${ruleId}\` finding` : 'a finding';
  if (directive.keyword === 'enable') {
    const disable = directive.syntax === 'lint' ? 'lint disable' : 'pressroom-disable';
    return {
      message: `Unexpected ${subject} with nothing disabled before it, expected a \`${disable}${ruleId ? ` ${ruleId}` : ''}\` earlier; remove it`,
      place: directive.position,
    };
  }
  const where =
    directive.keyword === 'disable-next-line'
      ? `on line ${directive.position.end.line + 1}`
      : directive.keyword === 'disable-line'
        ? `on line ${directive.position.start.line}`
        : directive.keyword === 'ignore'
          ? 'in the node after it'
          : 'after it';
  return { message: `Unexpected ${subject} that hides nothing, expected ${what} ${where}; remove it if the finding is gone`, place: directive.position };
}
