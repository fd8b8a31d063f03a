import { startMockTenant, type IdentityDocument, type MockTenant } from "@sailkit/fixtures";
import { createClient } from "@sailkit/client";
import { afterEach, describe, expect, it } from "vitest";
import {
  collect,
  CursorError,
  PageShapeError,
  paginate,
  PaginationOptionError,
} from "../src/index.js";
import { clientFor, closeAll, startLoopback } from "./support/loopback.js";

const tenants: MockTenant[] = [];
afterEach(async () => {
  await Promise.all([closeAll(), ...tenants.splice(0).map((tenant) => tenant.close())]);
});

async function tenant(identities?: number) {
  const started = await startMockTenant(identities === undefined ? {} : { identities });
  tenants.push(started);
  const searches = () =>
    started.state.requests.filter((request) => request.operationId === "searchPost");
  return { client: createClient(started), searches };
}

const identities = { indices: ["identities" as const], query: { query: "*" } };

/** Whether `hits` are in the order of `sort` (`-` descending), ties broken by `id`. */
function inOrder(hits: readonly IdentityDocument[], read: (hit: IdentityDocument) => string) {
  return hits.slice(1).every((hit, index) => {
    const before = hits[index] as IdentityDocument;
    const [a, b] = [read(before), read(hit)];
    return a < b || (a === b && before.id < hit.id);
  });
}

describe("search paging (mock tenant)", () => {
  it("returns every hit exactly once when sorted on a field with repeated values", async () => {
    const { client, searches } = await tenant(12_000);
    const search = paginate(client, "/search", { body: { ...identities, sort: ["lastName"] } });

    const hits = await collect(search, Infinity);

    expect(hits).toHaveLength(12_000);
    expect(new Set(hits.map((hit) => hit.id)).size).toBe(12_000);
    expect(new Set(hits.map((hit) => hit.lastName)).size).toBeLessThan(100);
    expect(inOrder(hits, (hit) => hit.lastName ?? "")).toBe(true);
    expect(searches()).toHaveLength(49);
  });

  it(
    "keeps going past 10,000 hits, where offset paging stops, to all 50,000",
    { timeout: 90_000 },
    async () => {
      const { client, searches } = await tenant();
      const search = paginate(
        client,
        "searchPost",
        { body: { ...identities, sort: ["displayName"] }, params: { query: { count: true } } },
        { pageSize: 10_000 },
      );

      let count = 0;
      const ids = new Set<string>();
      const totals = new Set<number | undefined>();
      for await (const page of search.pages()) {
        count += page.items.length;
        totals.add(page.total);
        for (const hit of page.items) ids.add(hit.id);
      }

      expect(count).toBe(50_000);
      expect(ids.size).toBe(50_000);
      expect([...totals]).toStrictEqual([50_000]);
      expect(searches().map((request) => request.url)).toStrictEqual(
        Array(6).fill("/v3/search?count=true&limit=10000"),
      );
    },
  );

  it("pages multi-field sorts with nested fields and both directions", async () => {
    const { client } = await tenant(6_000);
    const sort = ["-attributes.department", "manager.name", "+lastName"];
    const search = paginate(
      client,
      "/search",
      { body: { ...identities, sort } },
      { pageSize: 500 },
    );

    const hits = await collect(search, Infinity);
    // Hits without a manager (the managers themselves) come last, as the service puts them.
    const key = (hit: IdentityDocument) =>
      [
        String(hit.attributes?.["department"]),
        hit.manager?.name ?? "\uffff",
        hit.lastName ?? "",
      ] as const;

    expect(new Set(hits.map((hit) => hit.id)).size).toBe(6_000);
    for (const [index, hit] of hits.slice(1).entries()) {
      const [d0, m0, l0] = key(hits[index] as IdentityDocument);
      const [d1, m1, l1] = key(hit);
      const ordered = d0 !== d1 ? d0 > d1 : m0 !== m1 ? m0 < m1 : l0 <= l1;
      expect(ordered).toBe(true);
    }
  });

  it("caps exactly: max 300 asks for 250 then 50", async () => {
    const { client, searches } = await tenant(1_000);

    const hits = await collect(
      paginate(client, "/search", { body: identities }, { max: 300 }),
      1e6,
    );

    expect(hits).toHaveLength(300);
    expect(searches().map((request) => request.url)).toStrictEqual([
      "/v3/search?limit=250",
      "/v3/search?limit=50",
    ]);
  });

  it("resumes from a page's next cursor given as the body's searchAfter", async () => {
    const { client } = await tenant(900);
    const body = { ...identities, sort: ["lastName"] };
    const all = await collect(paginate(client, "/search", { body }), Infinity);

    const pages = paginate(client, "/search", { body }, { pageSize: 400 }).pages();
    let next: readonly (string | null)[] | null | undefined;
    for await (const page of pages) {
      next = page.next;
      break;
    }
    const rest = await collect(
      paginate(client, "/search", { body: { ...body, searchAfter: next as string[] } }),
      Infinity,
    );

    expect(next).toHaveLength(2);
    expect(rest.map((hit) => hit.id)).toStrictEqual(all.slice(400).map((hit) => hit.id));
  });
});

describe("search requests (loopback)", () => {
  const hits = (count: number, from = 0) =>
    Array.from({ length: count }, (_, index) => ({ id: `id-${from + index}`, name: "same" }));

  it.each([
    [undefined, ["id"]],
    [["name"], ["name", "id"]],
    [
      ["-name", "+id"],
      ["-name", "+id"],
    ],
    [
      ["-id", "name"],
      ["-id", "name"],
    ],
    [["manager.id"], ["manager.id", "id"]],
  ])("sends the sort %j as %j, with the last hit's values as searchAfter", async (sort, sent) => {
    let served = 0;
    const server = await startLoopback(() => {
      served += 1;
      return { body: served === 1 ? hits(2) : [] };
    });
    const body = { indices: ["identities" as const], ...(sort ? { sort } : {}) };

    await collect(paginate(clientFor(server), "/search", { body }, { pageSize: 2 }), Infinity);

    const bodies = server.received.map((request) => request.body as Record<string, unknown>);
    expect(bodies.map((b) => b["sort"])).toStrictEqual([sent, sent]);
    expect(bodies[0]).not.toHaveProperty("searchAfter");
    expect(bodies[1]?.["searchAfter"]).toStrictEqual(
      sent.map((field) =>
        field.replace(/^[+-]/, "") === "id" ? "id-1" : field === "manager.id" ? null : "same",
      ),
    );
  });

  it("writes numbers and booleans as strings, and refuses an object as a sort value", async () => {
    const server = await startLoopback((request) => ({
      body: (request.body as { searchAfter?: unknown }).searchAfter
        ? []
        : [{ id: "a", n: 3, on: true, manager: { id: "m" } }],
    }));
    const client = clientFor(server);

    await collect(paginate(client, "/search", { body: { sort: ["n", "on"] } }, { pageSize: 1 }), 9);
    const object = collect(
      paginate(client, "/search", { body: { sort: ["manager"] } }, { pageSize: 1 }),
      9,
    );

    expect((server.received[1]?.body as { searchAfter: unknown }).searchAfter).toStrictEqual([
      "3",
      "true",
      "a",
    ]);
    await expect(object).rejects.toBeInstanceOf(CursorError);
    await expect(object).rejects.toMatchObject({ field: "manager", hit: "a" });
  });

  it("needs no cursor after the last page it was asked for", async () => {
    const server = await startLoopback(() => ({ body: [{ id: "a", manager: { id: "m" } }] }));
    const body = { sort: ["manager"] };

    const hits = await collect(paginate(clientFor(server), "/search", { body }, { max: 1 }), 9);

    expect(hits).toHaveLength(1);
    expect(server.received).toHaveLength(1);
  });

  it("stops with an error where a service answers the same page again", async () => {
    const server = await startLoopback(() => ({ body: hits(2) }));

    const run = collect(paginate(clientFor(server), "/search", { body: {} }, { pageSize: 2 }), 99);

    await expect(run).rejects.toBeInstanceOf(PageShapeError);
    expect(server.received).toHaveLength(2);
  });

  it("refuses a searchAfter that does not fit the sort it is sent with", async () => {
    const server = await startLoopback(() => ({ body: [] }));

    const call = () =>
      collect(
        paginate(clientFor(server), "/search", { body: { sort: ["name"], searchAfter: ["x"] } }),
        9,
      );

    await expect(call()).rejects.toBeInstanceOf(PaginationOptionError);
    expect(server.received).toHaveLength(0);
  });
});
