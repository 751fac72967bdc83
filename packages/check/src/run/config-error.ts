/** A config or usage problem: the CLI exits with 2. */
export class CheckConfigError extends Error {
  override name = 'CheckConfigError';
}
