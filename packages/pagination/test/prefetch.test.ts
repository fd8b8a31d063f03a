import { afterEach, describe, expect, it } from "vitest";
import { collect, createPaginator, paginate } from "../src/index.js";
import { offsetList, pagesAsked } from "./support/lists.js";
import { clientFor, closeAll, startLoopback } from "./support/loopback.js";

afterEach(closeAll);

/** Metadata of an offset list that accepts `count`, as `sailkit generate` writes it. */
const counted = createPaginator()({
  operationMetadata: {
    listThings: {
      operationId: "listThings",
      method: "GET",
      path: "/things",
      pagination: { style: "offset", maxLimit: 250, count: true },
    },
  },
} as const);

const numbers = (items: unknown[]) => items.map((item) => (item as { n: number }).n);
const upTo = (count: number) => Array.from({ length: count }, (_, n) => n);

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe("prefetch with a total (count=true where the operation accepts it)", () => {
  it.each(["X-Total-Count", "x-total-count", "X-TOTAL-COUNT"])(
    "reads the total from %s and asks for no page past it",
    async (header) => {
      const server = await startLoopback(
        offsetList(1_000, { totalHeader: header, rejectPastEnd: true }),
      );

      const things = counted.paginate(
        clientFor(server),
        "/things",
        {},
        { pageSize: 100, concurrency: 4 },
      );
      const pages = [];
      for await (const page of things.pages()) pages.push(page);

      expect(pages.map((page) => page.total)).toStrictEqual(Array(10).fill(1_000));
      expect(numbers(pages.flatMap((page) => page.items))).toStrictEqual(upTo(1_000));
      expect(server.received).toHaveLength(10);
      expect(server.received.map((r) => r.url.searchParams.get("count"))).toStrictEqual([
        "true",
        ...Array.from({ length: 9 }, () => null),
      ]);
    },
  );

  it("keeps up to `concurrency` pages in flight, and the items in order", async () => {
    // Later pages answer first: order must come from the paginator, not from the network.
    const delay = (offset: number) => (offset === 0 ? 0 : 60 - (offset % 400) / 10);
    const server = await startLoopback(offsetList(2_000, { totalHeader: "X-Total-Count", delay }));

    const items = await collect(
      counted.paginate(clientFor(server), "listThings", {}, { pageSize: 100, concurrency: 4 }),
      Infinity,
    );

    expect(numbers(items)).toStrictEqual(upTo(2_000));
    expect(server.peakInFlight).toBe(4);
  });

  it("asks for exactly what max leaves, however many pages are in flight", async () => {
    const server = await startLoopback(offsetList(1_000, { totalHeader: "X-Total-Count" }));

    const items = await collect(
      counted.paginate(
        clientFor(server),
        "/things",
        {},
        { concurrency: 4, max: 301, pageSize: 100 },
      ),
      Infinity,
    );

    expect(numbers(items)).toStrictEqual(upTo(301));
    expect(pagesAsked(server.received)).toStrictEqual(["100@0", "100@100", "100@200", "1@300"]);
  });

  it("sends no count to an operation that does not accept it", async () => {
    const server = await startLoopback(offsetList(600));

    await collect(paginate(clientFor(server), "/workflows", {}, { concurrency: 3 }), Infinity);

    expect(server.received.every((request) => !request.url.searchParams.has("count"))).toBe(true);
  });

  it("without a total, reads ahead and ends at the first short page", async () => {
    const delay = (offset: number) => (offset === 0 ? 0 : 20);
    const server = await startLoopback(offsetList(1_050, { rejectPastEnd: true, delay }));

    const items = await collect(
      paginate(clientFor(server), "/workflows", {}, { pageSize: 100, concurrency: 4 }),
      Infinity,
    );

    expect(numbers(items)).toStrictEqual(upTo(1_050));
    expect(server.peakInFlight).toBeGreaterThan(1);
    expect(server.received.length).toBeLessThanOrEqual(11 + 3);
  });

  it("without a total, ends cleanly at a 400 after a full final page", async () => {
    const server = await startLoopback(offsetList(500, { rejectPastEnd: true }));

    const items = await collect(
      paginate(clientFor(server), "/workflows", {}, { pageSize: 250, concurrency: 4 }),
      Infinity,
    );

    expect(items).toHaveLength(500);
  });

  it("throws a 400 before the known total: that is no end of the list", async () => {
    const failAt = { offset: 300, status: 400 };
    const server = await startLoopback(offsetList(1_000, { totalHeader: "X-Total-Count", failAt }));

    const run = collect(
      counted.paginate(clientFor(server), "/things", {}, { pageSize: 100, concurrency: 4 }),
      Infinity,
    );

    await expect(run).rejects.toMatchObject({ status: 400, position: { offset: 300 } });
  });

  it("aborts the pages in flight when the loop is left early", async () => {
    const delay = (offset: number) => (offset === 0 ? 0 : 10_000);
    const server = await startLoopback(offsetList(1_000, { totalHeader: "X-Total-Count", delay }));
    const things = counted.paginate(
      clientFor(server),
      "/things",
      {},
      { pageSize: 10, concurrency: 4 },
    );

    const started = Date.now();
    for await (const item of things) {
      expect(item).toStrictEqual({ n: 0 });
      await until(() => server.received.length === 5);
      break;
    }
    await until(() => server.abandoned === 4);

    expect(Date.now() - started).toBeLessThan(8_000);
    expect(server.received).toHaveLength(5);
  });

  it("ends with the signal's reason when it aborts, mid-page or before", async () => {
    const server = await startLoopback(
      offsetList(1_000, { delay: (offset) => (offset ? 2_000 : 0) }),
    );
    const controller = new AbortController();
    const reason = new Error("stop");
    const things = paginate(
      clientFor(server),
      "/workflows",
      {},
      { pageSize: 10, signal: controller.signal },
    );

    const seen: unknown[] = [];
    const run = (async () => {
      for await (const item of things) {
        seen.push(item);
        if (seen.length === 10) setTimeout(() => controller.abort(reason), 50);
      }
    })();

    await expect(run).rejects.toBe(reason);
    expect(seen).toHaveLength(10);
    await expect(collect(things, 5)).rejects.toBe(reason);
  });

  it("stops within the page in hand when the signal aborts", async () => {
    const server = await startLoopback(offsetList(1_000));
    const controller = new AbortController();
    const things = paginate(
      clientFor(server),
      "/workflows",
      {},
      { pageSize: 10, signal: controller.signal },
    );

    const seen: unknown[] = [];
    const run = (async () => {
      for await (const item of things) {
        seen.push(item);
        if (seen.length === 25) controller.abort(new Error("enough"));
      }
    })();

    await expect(run).rejects.toThrow("enough");
    expect(seen).toHaveLength(25);
  });
});
