import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

/**
 * A stand-in for GitHub's REST API on 127.0.0.1 that records each call and keeps the comments
 * of one repository, so a second run sees what the first one wrote.
 */
export async function startGithubServer(options: { repository: string; pulls: Record<number, string> }) {
  const calls: RecordedCall[] = [];
  const comments = new Map<number, Comment[]>();
  let nextId = 1;
  const readBody = (request: IncomingMessage) =>
    new Promise<unknown>((resolve) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => resolve(text === '' ? undefined : JSON.parse(text)));
    });
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(request);
    calls.push({ method: request.method ?? '', path: `${url.pathname}${url.search}`, authorization: request.headers.authorization, body });
    const send = (status: number, json: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    const repo = `/repos/${options.repository}`;
    let match: RegExpExecArray | null;
    if (request.method === 'GET' && (match = new RegExp(`^${repo}/pulls/(\\d+)$`).exec(url.pathname))) {
      const sha = options.pulls[Number(match[1])];
      return sha ? send(200, { number: Number(match[1]), state: 'open', head: { sha } }) : send(404, { message: 'Not Found' });
    }
    if ((match = new RegExp(`^${repo}/issues/(\\d+)/comments$`).exec(url.pathname))) {
      const number = Number(match[1]);
      const list = comments.get(number) ?? [];
      if (request.method === 'GET') return send(200, list);
      if (request.method === 'POST') {
        const comment = { id: nextId++, body: (body as { body: string }).body, user: { login: 'github-actions[bot]', type: 'Bot' }, html_url: `https://github.test/c/${nextId}` };
        comments.set(number, [...list, comment]);
        return send(201, comment);
      }
    }
    if (request.method === 'PATCH' && (match = new RegExp(`^${repo}/issues/comments/(\\d+)$`).exec(url.pathname))) {
      for (const list of comments.values()) {
        const comment = list.find((candidate) => candidate.id === Number(match![1]));
        if (comment) {
          comment.body = (body as { body: string }).body;
          return send(200, comment);
        }
      }
      return send(404, { message: 'Not Found' });
    }
    return send(404, { message: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    comments,
    /** Adds a comment someone else wrote. */
    addComment(number: number, body: string, user: { login: string; type: string }) {
      comments.set(number, [...(comments.get(number) ?? []), { id: nextId++, body, user, html_url: '' }]);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
