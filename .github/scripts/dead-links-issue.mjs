// Decides what the weekly link check does with its one `dead-links` issue. Pure functions, so the
// decision is tested (packages/repo-tests) and the workflow only carries out the result.

export const deadLinksLabel = 'dead-links';

/** The external-link findings of a `pressroom check --format json` report. */
export function deadLinks(report) {
  // Only the external-link rule: every other finding is already reported on pull requests.
  return report.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'link-external');
}

function escapeCell(text) {
  return String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** The issue text: one table row per dead link, each linking to its line at the checked commit. */
export function issueBody(dead, { blobUrl, runUrl }) {
  return [
    `The weekly external-link check found ${dead.length} dead link${dead.length === 1 ? '' : 's'}.`,
    `Run: ${runUrl}`,
    '',
    '| Where | Problem |',
    '| --- | --- |',
    ...dead.map((d) => `| [${d.file}:${d.line}](${blobUrl}/${encodeURI(d.file)}#L${d.line}) | ${escapeCell(d.message)} |`),
  ].join('\n');
}

/**
 * What to do, given the dead links found and the open `dead-links` issue (if any):
 * open one, update it, close it, or nothing.
 */
export function planIssue(dead, existingIssueNumber, urls) {
  if (dead.length === 0) {
    return existingIssueNumber === undefined ? { action: 'none' } : { action: 'close', issueNumber: existingIssueNumber };
  }
  const body = issueBody(dead, urls);
  return existingIssueNumber === undefined
    ? { action: 'create', title: 'Dead external links', body, labels: [deadLinksLabel] }
    : { action: 'update', issueNumber: existingIssueNumber, body };
}
