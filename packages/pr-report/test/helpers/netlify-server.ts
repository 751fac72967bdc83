import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Netlify's deploy API on 127.0.0.1: it asks for every file but `keep` (a digest
 * it already has), records the uploads, and says a deploy is ready on the second look.
 */
export async function startNetlifyServer(options: { keep?: string } = {}) {
  const calls: { method: string; path: string; authorization: string | undefined; json?: unknown; bytes?: number }[] = [];
  const looks = new Map<string, number>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const path = request.url ?? '/';
      const json = request.headers['content-type'] === 'application/json' ? (JSON.parse(body.toString()) as { files: Record<string, string> }) : undefined;
      calls.push({ method: request.method ?? '', path, authorization: request.headers.authorization, ...(json ? { json } : { bytes: body.length }) });
      const send = (status: number, value: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      let match: RegExpExecArray | null;
      if (request.method === 'POST' && (match = /^\/api\/v1\/sites\/([^/]+)\/deploys$/.exec(path)) && json) {
        const required = [...new Set(Object.values(json.files))].filter((sha) => sha !== options.keep);
        return send(200, { id: `deploy-${match[1]}`, state: 'uploading', required });
      }
      if (request.method === 'PUT' && /^\/api\/v1\/deploys\/[^/]+\/files\//.test(path)) return send(200, { id: path });
      if (request.method === 'GET' && (match = /^\/api\/v1\/sites\/([^/]+)\/deploys\/([^/]+)$/.exec(path))) {
        const seen = (looks.get(match[2]!) ?? 0) + 1;
        looks.set(match[2]!, seen);
        return send(200, { id: match[2], state: seen >= 2 ? 'ready' : 'processing', deploy_ssl_url: `https://${match[2]}--${match[1]}.netlify.test` });
      }
      return send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/v1`, calls, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
