export interface Page<T> {
  /** 1-based. */
  number: number;
  items: T[];
  lastPage: number;
  url: string;
  previousUrl: string | undefined;
  nextUrl: string | undefined;
}

/**
 * Splits items into pages of `perPage`, each with its own URL and its neighbours' from `route`,
 * so page links come from the same routes as every other blog link. An empty list is one empty page.
 */
export function paginate<T>(items: readonly T[], perPage: number, route: (page: number) => string): Page<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage must be a positive integer, got ${perPage}`);
  const lastPage = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: lastPage }, (_, index) => {
    const number = index + 1;
    return {
      number,
      items: items.slice(index * perPage, number * perPage),
      lastPage,
      url: route(number),
      previousUrl: number > 1 ? route(number - 1) : undefined,
      nextUrl: number < lastPage ? route(number + 1) : undefined,
    };
  });
}
