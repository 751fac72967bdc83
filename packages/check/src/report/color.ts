import { styleText } from 'node:util';

export type StyleFormat = Parameters<typeof styleText>[0];

/**
 * Whether a stream shows colour, as Node decides it for `util.styleText`: on a terminal that has
 * colours, off when `NO_COLOR` (or `NODE_DISABLE_COLORS`) is set, on when `FORCE_COLOR` is; `--color`
 * and `--no-color` decide for every stream.
 */
export function streamHasColor(stream: NodeJS.WritableStream, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  return styleText('red', 'x', { stream }) !== 'x';
}

/** Styles text for a stream already known to show colour, or leaves it plain. */
export function paint(color: boolean, format: StyleFormat, text: string): string {
  return color ? styleText(format, text, { validateStream: false }) : text;
}
