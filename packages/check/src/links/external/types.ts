/** The outcome of checking one external URL. */
export interface ExternalLinkResult {
  /**
   * - `ok`: the last hop answered 2xx.
   * - `broken`: the server answered an error status (after retries for 429 and 5xx).
   * - `refused`: a hop points at a private, loopback, link-local, multicast or metadata address.
   * - `unreachable`: DNS, connection or TLS failure, timeout, too many redirects, or the run's time budget ran out.
   */
  status: 'ok' | 'broken' | 'refused' | 'unreachable';
  /** The last HTTP status received. */
  httpStatus?: number;
  /** A sentence for the report; never contains credentials. */
  message: string;
  /** Each redirect target followed, credentials removed. */
  redirects: string[];
}
