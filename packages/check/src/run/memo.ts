/**
 * A memo over `store`: `memo(key, create)` is what `create` made the first time `key` was asked
 * for. The run's `RuleContext.shared` and the link graph's memo are both one.
 */
export function memoIn(store: Map<string, unknown>): <T>(key: string, create: () => T) => T {
  return <T>(key: string, create: () => T): T => {
    if (!store.has(key)) store.set(key, create());
    return store.get(key) as T;
  };
}
