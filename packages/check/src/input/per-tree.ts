import type { ContentFile } from '../rule.js';

/**
 * `compute` made once per parsed file: several rules ask for the same facts of a tree (its raw
 * HTML, its elements), and the tree is walked for the first of them only. Kept by the tree, so a
 * file's facts go when its tree does.
 */
export function perTree<T>(compute: (file: ContentFile) => T): (file: ContentFile) => T {
  const known = new WeakMap<object, T>();
  return (file) => {
    if (known.has(file.tree)) return known.get(file.tree) as T;
    const value = compute(file);
    known.set(file.tree, value);
    return value;
  };
}
