import { streamHasColor } from '../report/color.js';

/** Where the command line writes and what it reads of its process: tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Whether stderr is a terminal (the progress line is drawn there). */
  isTTY: boolean;
  /** Whether each stream shows colour, given `--color` or `--no-color` (`undefined`: neither). */
  colors?: (flag: boolean | undefined) => { stdout: boolean; stderr: boolean };
  /** Standard input, for `--stdin`. */
  readStdin?: () => Promise<string>;
}

/**
 * A reader that closed the pipe (`pressroom check | head -1`) wants no more: further writes to that
 * stream are dropped instead of ending the run with an EPIPE error, and the run ends as it would.
 */
function quietWhenClosed(stream: NodeJS.WriteStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true;
    else throw error;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}

async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export const processIo = (): CliIo => ({
  stdout: quietWhenClosed(process.stdout),
  stderr: quietWhenClosed(process.stderr),
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stderr.isTTY),
  colors: (flag) => ({ stdout: streamHasColor(process.stdout, flag), stderr: streamHasColor(process.stderr, flag) }),
  readStdin: () => readAll(process.stdin),
});
