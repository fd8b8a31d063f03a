import { BadRequestError, createClient, ServerError } from "@sailkit/client";
import { afterEach, describe, expect, it } from "vitest";
import { collect, paginate } from "../src/index.js";
import { offsetList } from "./support/lists.js";
import { closeAll, startLoopback, type Loopback } from "./support/loopback.js";

afterEach(closeAll);

/** A client that throws its own errors for error answers instead of answering them. */
function throwingClient(server: Loopback) {
  return createClient({
    baseUrl: server.baseUrl,
    accessToken: "token",
    retry: { attempts: 1 },
    throwOnError: true,
  });
}

describe("with a client that throws on error", () => {
  it("still ends cleanly at a 400 after a full final page", async () => {
    const server = await startLoopback(offsetList(250, { rejectPastEnd: true }));

    const items = await collect(paginate(throwingClient(server), "/workflows"), Infinity);

    expect(items).toHaveLength(250);
    expect(server.received).toHaveLength(2);
  });

  it("passes the client's own errors through, a 400 on the first page included", async () => {
    const failing = await startLoopback(offsetList(500, { failAt: { offset: 250, status: 503 } }));
    const refusing = await startLoopback(() => ({ status: 400, body: { message: "no" } }));

    await expect(
      collect(paginate(throwingClient(failing), "/workflows"), 1e6),
    ).rejects.toBeInstanceOf(ServerError);
    await expect(
      collect(paginate(throwingClient(refusing), "/workflows"), 9),
    ).rejects.toBeInstanceOf(BadRequestError);
  });
});
