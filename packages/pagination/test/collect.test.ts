import { afterEach, describe, expect, it } from "vitest";
import { collect, paginate, PaginationOptionError } from "../src/index.js";
import { offsetList, pagesAsked } from "./support/lists.js";
import { clientFor, closeAll, startLoopback } from "./support/loopback.js";

afterEach(closeAll);

describe("collect", () => {
  it("bounds the requests of a paginated call by the cap", async () => {
    const server = await startLoopback(offsetList(1_000));

    const items = await collect(
      paginate(clientFor(server), "/workflows", {}, { pageSize: 100 }),
      130,
    );

    expect(items).toHaveLength(130);
    expect(pagesAsked(server.received)).toStrictEqual(["100@0", "30@100"]);
  });

  it("keeps the smaller of the cap and the call's own max", async () => {
    const server = await startLoopback(offsetList(1_000));

    const items = await collect(paginate(clientFor(server), "/workflows", {}, { max: 20 }), 130);

    expect(items).toHaveLength(20);
    expect(pagesAsked(server.received)).toStrictEqual(["20@0"]);
  });

  it("collects everything with Infinity, and nothing (no request) with 0", async () => {
    const server = await startLoopback(offsetList(260));
    const workflows = paginate(clientFor(server), "/workflows");

    expect(await collect(workflows, Number.POSITIVE_INFINITY)).toHaveLength(260);
    expect(await collect(workflows, 0)).toStrictEqual([]);
    expect(server.received).toHaveLength(2);
  });

  it("stops any other async iterable at the cap", async () => {
    let pulled = 0;
    async function* numbers() {
      for (let n = 0; ; n += 1) {
        pulled += 1;
        yield await Promise.resolve(n);
      }
    }

    expect(await collect(numbers(), 3)).toStrictEqual([0, 1, 2]);
    expect(pulled).toBe(3);
  });

  it.each([-1, 1.5, Number.NaN])("refuses the cap %d", async (cap) => {
    await expect(collect((async function* () {})(), cap)).rejects.toBeInstanceOf(
      PaginationOptionError,
    );
  });
});
