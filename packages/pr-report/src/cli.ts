/** The command line; until it lands, the package is used through its API. */
export async function main(_argv: readonly string[], stderr: (text: string) => void = (text) => process.stderr.write(text)): Promise<number> {
  stderr('pressroom-pr-report: the command line is not available yet; use the package API (compareBuilds, picturePages).\n');
  return 2;
}
