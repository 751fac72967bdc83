import { contentId } from '@pressroom/site-config';

/**
 * A docs page's id from its path in the content folder, as Starlight's own loader gives it: a
 * folder's `index` page takes the folder's id (`fr/index.md` → `fr`), the root one stays `index`.
 * Starlight pairs a translation with its source by these ids: were the French home `fr/index`,
 * Starlight would also build the English home's fallback at `/fr/`, and the two would collide.
 */
export const docsPageId = (path: string) => contentId(path).replace(/\/index$/, '');
