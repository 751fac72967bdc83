import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

export interface TestServer {
  /** `127.0.0.1:port`, the entry that allows this server and no other. */
  host: string;
  origin: string;
  requests: RecordedRequest[];
  /** The most requests this server had in flight at once. */
  maxInFlight: number;
  /** Body bytes written by handlers that stream, until the client hung up. */
  bytesSent: number;
  close(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse, server: TestServer) => void;

/** A real HTTP server on 127.0.0.1 that records every request it gets. */
export async function startServer(handler: Handler): Promise<TestServer> {
  let inFlight = 0;
  const state = { requests: [] as RecordedRequest[], maxInFlight: 0, bytesSent: 0 };
  const server = createServer((request, response) => {
    state.requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    response.on('close', () => (inFlight -= 1));
    handler(request, response, api);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const api: TestServer = {
    host: `127.0.0.1:${port}`,
    origin: `http://127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    get maxInFlight() {
      return state.maxInFlight;
    },
    get bytesSent() {
      return state.bytesSent;
    },
    set bytesSent(value: number) {
      state.bytesSent = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return api;
}
