import { readFileSync, statSync } from 'node:fs';
import { imageSize } from 'image-size';

/** What is wrong with an image file the build would read, as Astro reads its size; `undefined` when nothing is. */
export function imageProblem(absolutePath: string): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(absolutePath);
  } catch (error) {
    return `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`;
  }
  try {
    const size = imageSize(bytes);
    if (size.width === undefined || size.height === undefined || !size.type) return 'its width and height cannot be read';
    return undefined;
  } catch {
    return bytes.length === 0 ? 'it is empty' : 'its content is not an image';
  }
}

/** The size and time of change of an image whose content a verdict depends on, for the run cache. */
export function imageStamp(absolutePath: string): string {
  try {
    const stats = statSync(absolutePath);
    return `${stats.size}:${stats.mtimeMs}`;
  } catch {
    return 'missing';
  }
}
