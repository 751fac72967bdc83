import type { SiteLocale } from '@pressroom/site-config';
import type { GraphPage } from './graph.js';

/** A link into a locale that has not translated the page: Starlight serves the default locale's. */
export interface Fallback {
  /** The locale the link asks for. */
  locale: SiteLocale;
  /** The route the link asks for, without the base path (`/fr/guides/x/`). */
  route: string;
}

/** Where a link lands, or why it does not. */
export type Resolution =
  /** Lands on a page (and its anchor) or a file the site serves; `fallback` when it is a locale's stand-in. */
  | { status: 'ok'; page?: GraphPage; fallback?: Fallback }
  /** A URL outside both sites: only `--external` checks it. */
  | { status: 'external'; url: string }
  /** `mailto:`, `tel:`, `data:` and other schemes the link checks leave alone. */
  | { status: 'skipped' }
  | {
      status: 'missing-file';
      /** What the link points at, for the message. */
      target: string;
      /** Why it is missing, when there is more to say than "no such page". */
      reason?: string;
      /** Targets of the same form the link could have meant; only read for broken links. */
      candidates: () => string[];
    }
  | {
      status: 'missing-anchor';
      page: GraphPage | undefined;
      /** When the page is a locale's stand-in: a translation of it would have anchors of its own. */
      fallback?: Fallback;
      anchor: string;
      /** The page the anchor was looked for on: its file, or its URL for listing pages. */
      where: string;
      candidates: () => string[];
    }
  /** An image the build imports that exists but is no image it can read: the build stops on it. */
  | { status: 'unreadable-image'; target: string; problem: string }
  | { status: 'unpublished'; page: GraphPage; reason: 'draft' | 'scheduled' }
  | { status: 'unserved-form'; problem: string; expected: string };
