/**
 * Checks links to other websites, only when asked: `pressroom check --external` (the scheduled
 * workflow runs it; pull requests do not, since the web changes without the content changing).
 *
 * ## Why
 *
 * Sites move and die. Each distinct URL is requested once (HEAD, then GET when HEAD is refused),
 * following redirects, with timeouts, retries with backoff, `Retry-After` honoured and a limit of
 * requests per host. Results are kept in a cache file for a day, so a second run asks nothing.
 *
 * A content pull request must not make CI probe its own network: a URL whose host is, or resolves
 * to, a private, loopback, link-local, multicast or cloud-metadata address is refused, on every
 * redirect hop, and the request goes to exactly the address that was vetted. No cookies or
 * credentials are sent, and credentials in a URL are never printed.
 *
 * ## Options
 *
 * In `pressroom.config.json` → `checks.rules["link-external"]`, e.g. `["error", { "timeoutMs": 5000 }]`:
 *
 * - `timeoutMs` (default `10000`), `retries` (`2`), `perHostConcurrency` (`2`),
 *   `budgetSeconds` (`300`) for the whole run
 * - `cacheFile` (default `node_modules/.cache/pressroom/external-links.json`), `cacheTtlHours` (`24`)
 * - `allowPrivateHosts`: `true`, or a list of `host` / `host:port` entries to allow (also
 *   `--allow-private-hosts` on the command line, for a local test server)
 * - `ignore`: URL prefixes not to check
 *
 * @example
 *   {"name": "blog/ok.md"}
 *
 *   ---
 *   title: Ok
 *   ---
 *
 *   Without `--external` nothing is requested: [Kafka](https://kafka.apache.org/intro).
 */
import type { FileRecord, Finding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { externalOptions, externalRunOption } from '../../links/external/options.js';
import { fileLinks } from '../../links/state.js';
import { placeOf } from '../../links/findings.js';

export const linkExternalRule = defineRule({
  meta: {
    id: 'link-external',
    family: 'link',
    defaultSeverity: 'error',
    description: 'With `--external`: a link to another website that is broken, unreachable or points into a private network.',
  },
  async checkCollection(files, report, context) {
    if (context.options[externalRunOption] !== true) return;
    const ignore = Array.isArray(context.options.ignore)
      ? context.options.ignore.filter((prefix): prefix is string => typeof prefix === 'string')
      : [];
    const occurrences: { file: FileRecord; url: string; place: Finding['place'] }[] = [];
    for (const file of files) {
      for (const { link, resolution } of fileLinks(context, file).links) {
        if (resolution.status !== 'external' || ignore.some((prefix) => resolution.url.startsWith(prefix))) continue;
        occurrences.push({ file, url: resolution.url, place: placeOf(link) });
      }
    }
    if (occurrences.length === 0) return;
    const warnings: string[] = [];
    // The HTTP client loads only for `--external` runs; the others never pay for it.
    const { checkExternalLinks, redactUrl } = await import('../../links/external/check-external.js');
    const results = await checkExternalLinks(
      occurrences.map((occurrence) => occurrence.url),
      externalOptions(context, (message) => warnings.push(message)),
    );
    for (const warning of warnings) process.emitWarning(warning);
    for (const { file, url, place } of occurrences) {
      const result = results.get(url);
      if (!result || result.status === 'ok') continue;
      const shownUrl = redactUrl(url);
      const via = result.redirects.length > 0 ? ` (redirected to ${result.redirects.at(-1)})` : '';
      const message =
        result.status === 'refused'
          ? `Unexpected external link \`${shownUrl}\` into a private network${via}: ${result.message}, expected a public address`
          : result.status === 'broken'
            ? `Unexpected broken external link \`${shownUrl}\`${via}: ${result.message}, expected a page that answers 2xx`
            : `Unexpected unreachable external link \`${shownUrl}\`${via}: ${result.message}`;
      report(file, { message, place });
    }
  },
});
