import { startMockTenant, type MockTenant } from "@sailkit/fixtures";
import { createClient } from "@sailkit/client";
import { afterEach, describe, expect, it } from "vitest";
import { collect, createPaginator, paginate, type PaginateOptions } from "../src/index.js";
import { offsetList } from "./support/lists.js";
import { clientFor, closeAll, startLoopback } from "./support/loopback.js";

const tenants: MockTenant[] = [];
afterEach(async () => {
  await Promise.all([closeAll(), ...tenants.splice(0).map((tenant) => tenant.close())]);
});

/** Freezes a value and everything in it, so that any write to it throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}

describe("the caller's arguments are never changed", () => {
  it("a search's body, query and options, over many pages", async () => {
    const tenant = await startMockTenant({ identities: 3_000 });
    tenants.push(tenant);
    const init = deepFreeze({
      body: {
        indices: ["identities" as const],
        query: { query: "*" },
        sort: ["-attributes.department", "lastName"],
      },
      params: { query: { count: true } },
      headers: { "x-trace": "frozen" },
    });
    const options = deepFreeze({ pageSize: 700, max: 2_500 });
    const before = structuredClone({ init, options });

    const hits = await collect(paginate(createClient(tenant), "/search", init, options), Infinity);

    expect(hits).toHaveLength(2_500);
    expect({ init, options }).toStrictEqual(before);
    expect(init.body.sort).toStrictEqual(["-attributes.department", "lastName"]);
  });

  it("an offset list's path and query parameters, with pages fetched ahead", async () => {
    const server = await startLoopback(offsetList(1_000, { totalHeader: "X-Total-Count" }));
    const paginator = createPaginator()({
      operationMetadata: {
        listRuns: {
          operationId: "listRuns",
          method: "GET",
          path: "/workflows/{id}/executions",
          pagination: { style: "offset", maxLimit: 250, count: true },
        },
      },
    });
    const init = deepFreeze({
      params: { path: { id: "w1" }, query: { filters: 'status eq "Failed"' } },
    });
    const options: PaginateOptions = deepFreeze({ pageSize: 100, concurrency: 4 });
    const before = structuredClone(init);

    const items = await collect(
      paginator.paginate(clientFor(server), "listRuns", init, options),
      1e6,
    );

    expect(items).toHaveLength(1_000);
    expect(init).toStrictEqual(before);
    expect(
      server.received.every((request) => request.url.pathname === "/v3/workflows/w1/executions"),
    ).toBe(true);
  });

  it("a caller's searchAfter, which starts the search", async () => {
    const server = await startLoopback(() => ({ body: [] }));
    const init = deepFreeze({ body: { sort: ["name", "id"], searchAfter: ["a", "b"] } });

    await collect(paginate(clientFor(server), "/search", init), 9);

    expect(server.received[0]?.body).toStrictEqual({
      sort: ["name", "id"],
      searchAfter: ["a", "b"],
    });
    expect(init.body.searchAfter).toStrictEqual(["a", "b"]);
  });
});
