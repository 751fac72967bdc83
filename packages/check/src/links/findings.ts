import type { LinkOccurrence, Position } from '../rule.js';
import { nearest } from './suggest.js';

/** How a finding names the link: its URL as written, trimmed to stay readable. */
export function shown(url: string): string {
  const trimmed = url.trim();
  return trimmed.length > 120 ? `${trimmed.slice(0, 117)}…` : trimmed;
}

export function placeOf(link: LinkOccurrence): Position {
  return link.position;
}

/** The nearest candidate as a one-item suggestion list, or none. */
export function suggestion(written: string, candidates: () => string[]): string[] | undefined {
  const best = nearest(written, candidates());
  return best === undefined ? undefined : [best];
}
