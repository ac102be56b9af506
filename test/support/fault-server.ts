// A local HTTP server on 127.0.0.1 and a random port whose routes misbehave on purpose:
// the routes a test sets, else the shared faults of faults.js (/__fault/...), else 404.
import {createServer} from 'node:http';
import type {IncomingHttpHeaders, IncomingMessage, ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {faultAnswer} from './faults.js';

/** Answers one request; `count` is how many requests this path has had, this one included. */
export type Route = (request: IncomingMessage, response: ServerResponse, count: number) => unknown;

/** A request as the server saw it. */
export interface SeenRequest {
  headers: IncomingHttpHeaders;
  /** Resolves when the connection closes: true when the client hung up before the answer was complete. */
  cancelled: Promise<boolean>;
}

export interface FaultServer {
  /** The absolute address of a path on this server. */
  url(path: string): string;
  /** Sets (or replaces) how a path answers. Other paths get the shared faults, else 404. */
  route(path: string, answer: Route): void;
  /** The requests a path has had, in order. */
  requests(path: string): SeenRequest[];
  /** Stops the server, cutting any request still held open. */
  close(): Promise<void>;
}

/** Sends a JSON value (or text as it is) with the given status and headers. */
export function send(
  response: ServerResponse,
  body: unknown,
  status = 200,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, {'content-type': 'application/feed+json', ...headers});
  response.end(text);
}

/** Never answers: the request stays open until the client gives up or the server closes. */
export function hold(): void {}

/** A shared fault of faults.js, or 404. */
async function shared(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const left = new AbortController();
  response.on('close', () => left.abort());
  const answer = await faultAnswer(url.pathname, url.searchParams, left.signal);
  if (response.destroyed) return;
  if (!answer) return send(response, 'no such path', 404, {'content-type': 'text/plain'});
  send(response, answer.body, answer.status, {'content-type': answer.type, 'cache-control': 'no-store'});
}

/** Starts a fault server. */
export async function startFaultServer(): Promise<FaultServer> {
  const routes = new Map<string, Route>();
  const seen = new Map<string, SeenRequest[]>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const list = seen.get(path) ?? [];
    seen.set(path, list);
    const cancelled = new Promise<boolean>((done) => response.on('close', () => done(!response.writableFinished)));
    list.push({headers: request.headers, cancelled});
    const answer = routes.get(path) ?? shared;
    void Promise.resolve(answer(request, response, list.length)).catch(() => response.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const {port} = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    route: (path, answer) => void routes.set(path, answer),
    requests: (path) => seen.get(path) ?? [],
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** The address of a port where nothing listens: connecting is refused. */
export async function refusedUrl(path: string): Promise<string> {
  const server = await startFaultServer();
  const url = server.url(path);
  await server.close();
  return url;
}
