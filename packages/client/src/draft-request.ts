/**
 * What openapi-fetch needs of a `Request` (a URL, a method, headers, a body), without building
 * one: the runtime's `fetch` builds its own `Request` again from any it is given, so a call
 * made through a real one pays for two (about 50 µs in Node 20). The client hands this class
 * to openapi-fetch as its `Request` while no middleware is registered (middleware gets a real
 * `Request`), and sends it with `fetch(url, init)`.
 */
export class DraftRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: NonNullable<RequestInit["body"]> | null;
  readonly #init: RequestInit;

  constructor(url: string, init: RequestInit = {}) {
    this.url = url;
    this.#init = init;
    this.method = (init.method ?? "GET").toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
  }

  /** The init of one `fetch` of it, with the signal that ends the call. */
  fetchInit(signal: AbortSignal | undefined): RequestInit {
    return { ...this.#init, method: this.method, headers: this.headers, body: this.body, signal };
  }
}

/** A request the client sends: a real `Request` (when middleware ran) or a draft of one. */
export type Outgoing = Request | DraftRequest;

/**
 * The arguments of `fetch` for one attempt. A real `Request` is cloned when it may be sent
 * again (a body is read once); a draft's body is a value, sent as often as needed.
 */
export function fetchArguments(
  outgoing: Outgoing,
  again: boolean,
  signal: AbortSignal | undefined,
): [Request | string, RequestInit | undefined] {
  if (outgoing instanceof DraftRequest) return [outgoing.url, outgoing.fetchInit(signal)];

  const request = again && outgoing.body !== null ? outgoing.clone() : outgoing;
  return [request, signal ? { signal } : undefined];
}

/** Whether a request can be sent more than once: any but a draft whose body is a stream. */
export function isReplayable(outgoing: Outgoing): boolean {
  return !(outgoing instanceof DraftRequest && outgoing.body instanceof ReadableStream);
}
