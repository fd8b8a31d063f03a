import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createClient } from "@sailkit/client";

/** A request the loopback server received. */
export interface Received {
  readonly method: string;
  readonly url: URL;
  readonly body: unknown;
}

/** What a route answers: a status, a JSON body, headers, and optionally a delay first. */
export interface Answer {
  readonly status?: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly delayMs?: number;
}

/** A small HTTP server on 127.0.0.1 (ephemeral port) for one test. */
export interface Loopback {
  readonly baseUrl: string;
  readonly received: Received[];
  /** The most requests that were being answered at the same time. */
  readonly peakInFlight: number;
  /** How many requests the client gave up on (the connection closed before the answer). */
  readonly abandoned: number;
  close(): Promise<void>;
}

const servers: Loopback[] = [];

/** Starts a server whose answers come from `route`; {@link closeAll} stops it. */
export async function startLoopback(route: (request: Received) => Answer): Promise<Loopback> {
  let inFlight = 0;
  const state = { peakInFlight: 0, abandoned: 0 };
  const received: Received[] = [];

  const server = createServer((request, response) => {
    inFlight += 1;
    state.peakInFlight = Math.max(state.peakInFlight, inFlight);
    response.on("close", () => {
      inFlight -= 1;
      if (!response.writableFinished) state.abandoned += 1;
    });
    void serve(request, response, route, received);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;

  const loopback: Loopback = {
    baseUrl: `http://127.0.0.1:${port}`,
    received,
    get peakInFlight() {
      return state.peakInFlight;
    },
    get abandoned() {
      return state.abandoned;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  servers.push(loopback);
  return loopback;
}

/** Closes every server started by the test file; use in `afterEach`. */
export async function closeAll(): Promise<void> {
  await Promise.all(servers.splice(0).map((server) => server.close()));
}

/** A `@sailkit/client` for a loopback server, with a static token; `spec` as `createClient`'s. */
export function clientFor(loopback: Loopback, spec?: object) {
  const withSpec = spec ? { spec: spec as Parameters<typeof createClient>[0]["spec"] } : {};

  // No retries: each test counts exactly the requests the paginator makes.
  return createClient({
    baseUrl: loopback.baseUrl,
    accessToken: "token",
    retry: { attempts: 1 },
    ...withSpec,
  });
}

async function serve(
  request: IncomingMessage,
  response: ServerResponse,
  route: (request: Received) => Answer,
  received: Received[],
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString("utf8");

  const entry: Received = {
    method: request.method ?? "",
    url: new URL(request.url ?? "/", "http://127.0.0.1"),
    body: text ? (JSON.parse(text) as unknown) : undefined,
  };
  received.push(entry);

  const answer = route(entry);
  if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
  if (response.destroyed) return;

  const body = answer.body === undefined ? "" : JSON.stringify(answer.body);
  response.writeHead(answer.status ?? 200, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    ...answer.headers,
  });
  response.end(body);
}

/** A number query parameter of a received request, or the fallback. */
export function queryNumber(request: Received, name: string, fallback = 0): number {
  const value = request.url.searchParams.get(name);
  return value === null ? fallback : Number(value);
}
