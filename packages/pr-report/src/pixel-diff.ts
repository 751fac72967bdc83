import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Where two screenshots differ: a rectangle in pixels of the larger one. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PixelDiff {
  /** The diff image: a faded copy of the head, with what the head adds in green and what it takes away in red. */
  png: Buffer;
  width: number;
  height: number;
  /** Pixels that differ (anti-aliasing differences excluded, as pixelmatch judges them). */
  changedPixels: number;
  /** The smallest rectangle that holds every changed pixel; absent when none changed. */
  changedBox?: Box;
}

/** A pixel darker in the head than in the base (on a light page: ink the change adds). */
export const addedColor: [number, number, number] = [0, 170, 70];
/** A pixel darker in the base (ink the change takes away, or moves elsewhere). */
export const removedColor: [number, number, number] = [230, 0, 0];
/** Anti-aliasing differences, which do not count: barely visible. */
const antialiasingColor: [number, number, number] = [215, 215, 215];

function isChanged(data: Uint8Array, offset: number): boolean {
  for (const colour of [addedColor, removedColor]) {
    if (data[offset] === colour[0] && data[offset + 1] === colour[1] && data[offset + 2] === colour[2]) return true;
  }
  return false;
}

/** A copy of `image` on a white canvas of `width` × `height` (a page that got longer or shorter). */
function padded(image: PNG, width: number, height: number): PNG {
  if (image.width === width && image.height === height) return image;
  const canvas = new PNG({ width, height });
  canvas.data.fill(255);
  PNG.bitblt(image, canvas, 0, 0, image.width, image.height, 0, 0);
  return canvas;
}

/**
 * Compares two screenshots pixel by pixel. Images of different sizes are compared on a white
 * canvas as large as both, so the part a longer page adds counts as changed.
 */
export function diffScreenshots(before: Buffer, after: Buffer, options: { threshold?: number } = {}): PixelDiff {
  const base = PNG.sync.read(before);
  const head = PNG.sync.read(after);
  const width = Math.max(base.width, head.width);
  const height = Math.max(base.height, head.height);
  const output = new PNG({ width, height });
  // The head first: pixelmatch draws the unchanged pixels from its first image, and the diff
  // should look like the page as it is now.
  const changedPixels = pixelmatch(padded(head, width, height).data, padded(base, width, height).data, output.data, width, height, {
    threshold: options.threshold ?? 0.1,
    // pixelmatch's second colour is for pixels darker in the second image, the base.
    diffColor: addedColor,
    diffColorAlt: removedColor,
    aaColor: antialiasingColor,
    alpha: 0.2,
  });
  let changedBox: Box | undefined;
  if (changedPixels > 0) {
    let [left, top, right, bottom] = [width, height, -1, -1];
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const offset = (y * width + x) * 4;
        if (!isChanged(output.data, offset)) continue;
        if (x < left) left = x;
        if (x > right) right = x;
        if (y < top) top = y;
        if (y > bottom) bottom = y;
      }
    }
    if (right >= 0) changedBox = { x: left, y: top, width: right - left + 1, height: bottom - top + 1 };
  }
  return { png: PNG.sync.write(output), width, height, changedPixels, ...(changedBox ? { changedBox } : {}) };
}

/** Counts the pixels of a diff image that have a changed colour, inside and outside a box. */
export function countChangedPixels(diffPng: Buffer, box: Box): { inside: number; outside: number } {
  const image = PNG.sync.read(diffPng);
  let inside = 0;
  let outside = 0;
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      const offset = (y * image.width + x) * 4;
      if (!isChanged(image.data, offset)) continue;
      if (x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height) inside += 1;
      else outside += 1;
    }
  }
  return { inside, outside };
}
