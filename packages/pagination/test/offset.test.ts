import { buildWorkflow, startMockTenant, type MockTenant } from "@sailkit/fixtures";
import { createClient } from "@sailkit/client";
import { afterEach, describe, expect, it } from "vitest";
import {
  collect,
  PageRequestError,
  PageShapeError,
  paginate,
  PaginationOptionError,
} from "../src/index.js";
import { OFFSET_INVALID, offsetList, pagesAsked } from "./support/lists.js";
import { clientFor, closeAll, startLoopback } from "./support/loopback.js";

const tenants: MockTenant[] = [];
afterEach(async () => {
  await Promise.all([closeAll(), ...tenants.splice(0).map((tenant) => tenant.close())]);
});

async function tenantWith(workflowCount: number) {
  const workflows = Array.from({ length: workflowCount }, () => buildWorkflow());
  const tenant = await startMockTenant({ workflows });
  tenants.push(tenant);
  const listed = () =>
    tenant.state.requests.filter((request) => request.operationId === "listWorkflows");
  return { client: createClient(tenant), listed };
}

describe("offset paging", () => {
  it("250 items with page size 250 end cleanly where the next offset answers 400", async () => {
    const server = await startLoopback(offsetList(250, { rejectPastEnd: true }));

    const items = await collect(paginate(clientFor(server), "/workflows"), Infinity);

    expect(items).toHaveLength(250);
    expect(pagesAsked(server.received)).toStrictEqual(["250@0", "250@250"]);
  });

  it("49 items with page size 50 give 49, in one request", async () => {
    const server = await startLoopback(offsetList(49, { rejectPastEnd: true }));

    const items = await collect(
      paginate(clientFor(server), "/workflows", {}, { pageSize: 50 }),
      1e6,
    );

    expect(items.map((item) => (item as unknown as { n: number }).n)).toStrictEqual(
      Array.from({ length: 49 }, (_, n) => n),
    );
    expect(pagesAsked(server.received)).toStrictEqual(["50@0"]);
  });

  it("max: 300 of 1,000 gives exactly 300 in no more than two requests (mock)", async () => {
    const { client, listed } = await tenantWith(1_000);

    const items = [];
    for await (const workflow of paginate(client, "listWorkflows", {}, { max: 300 })) {
      items.push(workflow);
    }

    expect(items).toHaveLength(300);
    expect(new Set(items.map((workflow) => workflow.id)).size).toBe(300);
    expect(listed().map((request) => request.url)).toStrictEqual([
      "/v3/workflows?limit=250&offset=0",
      "/v3/workflows?limit=50&offset=250",
    ]);
  });

  it("walks every page of the mock tenant, ending at the empty page after a full one", async () => {
    const { client, listed } = await tenantWith(500);

    const pages = [];
    for await (const page of paginate(client, "/workflows").pages()) pages.push(page);

    expect(pages.map((page) => [page.offset, page.items.length, page.total])).toStrictEqual([
      [0, 250, undefined],
      [250, 250, undefined],
    ]);
    expect(listed()).toHaveLength(3);
  });

  it.each([
    ["an offset list with a 400 at its end", { rejectPastEnd: true }],
    ["an offset list with an empty page at its end", {}],
  ])("pages %s exactly once each", async (_name, options) => {
    const server = await startLoopback(offsetList(1_000, options));

    const items = await collect(
      paginate(clientFor(server), "/workflows", {}, { pageSize: 100 }),
      1e6,
    );

    expect(items.map((item) => (item as unknown as { n: number }).n)).toStrictEqual(
      Array.from({ length: 1_000 }, (_, n) => n),
    );
    expect(server.received).toHaveLength(11);
  });

  it("throws a 400 on the first page: it is not the end of a list", async () => {
    const server = await startLoopback(() => ({ status: 400, body: OFFSET_INVALID }));

    const failure = await collect(paginate(clientFor(server), "/workflows"), 10).catch(
      (error: unknown) => error,
    );

    expect(failure).toBeInstanceOf(PageRequestError);
    expect(failure).toMatchObject({ status: 400, body: OFFSET_INVALID, position: { offset: 0 } });
    expect(String(failure)).toContain("Specified offset is invalid.");
  });

  it("throws any other error status, after the items before it", async () => {
    const server = await startLoopback(offsetList(1_000, { failAt: { offset: 200, status: 500 } }));
    const seen: unknown[] = [];

    const iterate = async () => {
      for await (const item of paginate(clientFor(server), "/workflows", {}, { pageSize: 100 })) {
        seen.push(item);
      }
    };

    await expect(iterate()).rejects.toMatchObject({ status: 500, position: { offset: 200 } });
    expect(seen).toHaveLength(200);
  });

  it("bounds pageSize by the operation's maxLimit", async () => {
    const server = await startLoopback(offsetList(10));

    await collect(paginate(clientFor(server), "/workflows", {}, { pageSize: 5_000 }), 1e6);

    expect(pagesAsked(server.received)).toStrictEqual(["250@0"]);
  });

  it("asks only for what max leaves, and nothing at all for max: 0", async () => {
    const server = await startLoopback(offsetList(1_000));
    const client = clientFor(server);

    const three = await collect(paginate(client, "/workflows", {}, { pageSize: 2, max: 3 }), 99);
    const none = await collect(paginate(client, "/workflows", {}, { max: 0 }), 99);

    expect(three).toHaveLength(3);
    expect(none).toStrictEqual([]);
    expect(pagesAsked(server.received)).toStrictEqual(["2@0", "1@2"]);
  });

  it("keeps to the limit asked even when a server answers more", async () => {
    const server = await startLoopback(() => ({ body: Array.from({ length: 30 }, (_, n) => n) }));

    const items = await collect(paginate(clientFor(server), "/workflows", {}, { max: 7 }), 99);

    expect(items).toStrictEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it("sends the caller's query on every page, and its own paging parameters", async () => {
    const server = await startLoopback(offsetList(30));
    const query = { filters: "enabled eq true", sorters: "-modified,name" };

    await collect(
      paginate(clientFor(server), "/workflows", { params: { query } }, { pageSize: 10 }),
      99,
    );

    expect(
      server.received.map((request) => Object.fromEntries(request.url.searchParams)),
    ).toStrictEqual(
      [0, 10, 20, 30].map((offset) => ({ ...query, limit: "10", offset: String(offset) })),
    );
  });

  it("requests nothing until iterated, and pages afresh on each iteration", async () => {
    const server = await startLoopback(offsetList(3));
    const workflows = paginate(clientFor(server), "/workflows");

    expect(server.received).toHaveLength(0);
    expect(await collect(workflows, 9)).toHaveLength(3);
    expect(await collect(workflows, 9)).toHaveLength(3);
    expect(server.received).toHaveLength(2);
  });

  it("refuses an answer that is not a list", async () => {
    const server = await startLoopback(() => ({ body: { items: [] } }));

    await expect(collect(paginate(clientFor(server), "/workflows"), 9)).rejects.toBeInstanceOf(
      PageShapeError,
    );
  });

  it.each([
    [{ pageSize: 0 }, "pageSize"],
    [{ pageSize: 2.5 }, "pageSize"],
    [{ max: -1 }, "max"],
    [{ max: Number.NaN }, "max"],
    [{ concurrency: 0 }, "concurrency"],
    [{ concurrency: 33 }, "concurrency"],
  ])("refuses the options %j when called, naming %s", async (options, option) => {
    const server = await startLoopback(offsetList(3));

    expect(() => paginate(clientFor(server), "/workflows", {}, options)).toThrow(
      expect.objectContaining({ option }) as Error,
    );
    expect(() => paginate(clientFor(server), "/workflows", {}, options)).toThrow(
      PaginationOptionError,
    );
  });
});
