import type { CreateAdapter } from '../../src/adapter.ts';

// Reports one finding at the last character of the file: always inside it.
const create: CreateAdapter = () => async (files) =>
  files.map((file) => {
    const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.contents).split(/\r\n|\r|\n/);
    return { file: file.path, line: lines.length, column: lines[lines.length - 1]!.length + 1, message: 'End of file' };
  });
export default create;
