/** What a twin is kept by: a content entry's id, and the digest Astro gives its source (`CollectionEntry`). */
export interface TwinEntry {
  id: string;
  digest?: string | number | undefined;
}

/**
 * `make` memoised per entry: a site's twin pages and its `llms-full.txt` ask for the same twins in
 * one build, and each is made once. The key holds the entry's digest, so an entry changed in
 * `astro dev` gets a new twin; a failure is not kept, and the next caller sees the error itself.
 */
export function markdownTwinMemo<Entry extends TwinEntry>(make: (entry: Entry) => Promise<string>): (entry: Entry) => Promise<string> {
  const twins = new Map<string, Promise<string>>();
  return (entry) => {
    const key = `${entry.id}\0${entry.digest ?? ''}`;
    let twin = twins.get(key);
    if (twin === undefined) {
      twin = make(entry);
      twins.set(key, twin);
      twin.catch(() => twins.delete(key));
    }
    return twin;
  };
}
