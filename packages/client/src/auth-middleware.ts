import type { Middleware } from "openapi-fetch";
import type { TokenSource } from "./token-source.js";

/**
 * Adds `Authorization: Bearer <token>` to every request. When the service answers 401 to a
 * token it had accepted before, the token is dropped and the request replayed once with a new
 * one, so a token that expired early does not fail a long job.
 */
export function authMiddleware(
  tokens: TokenSource,
  fetchImpl: typeof globalThis.fetch,
): Middleware {
  const replays = new WeakMap<Request, Request>();

  return {
    async onRequest({ request }) {
      const token = await tokens.getToken(request.signal);
      request.headers.set("authorization", `Bearer ${token}`);
      if (tokens.renewable) replays.set(request, request.clone());
      return request;
    },

    async onResponse({ request, response }) {
      const replay = replays.get(request);
      replays.delete(request);
      if (response.status !== 401 || !replay) return undefined;

      tokens.invalidate();
      const token = await tokens.getToken(request.signal);
      replay.headers.set("authorization", `Bearer ${token}`);
      await response.body?.cancel();
      return fetchImpl(replay);
    },
  };
}
