import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collect, createPaginator, type MetadataMap, type Paginator } from "../src/index.js";
import { OFFSET_INVALID } from "./support/lists.js";
import {
  clientFor,
  closeAll,
  queryNumber,
  startLoopback,
  type Received,
} from "./support/loopback.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const upstream = path.resolve(root, "../shared/upstream/v3/2026-08/sailpoint-api.v3.yaml");
const cli = path.join(root, "packages/codegen/bin/sailkit.js");
const present = existsSync(upstream);

/** `GET /v3/campaign-filters` over `count` filters: `start` + `limit`, `{ items, count }`. */
function campaignFilters(count: number, options: { rejectPastEnd?: boolean } = {}) {
  return (request: Received) => {
    const limit = queryNumber(request, "limit", 250);
    const start = queryNumber(request, "start");
    if (options.rejectPastEnd && start >= count && start > 0) {
      return { status: 400, body: OFFSET_INVALID };
    }

    const end = Math.min(count, start + limit);
    const items = Array.from({ length: Math.max(0, end - start) }, (_, index) => ({
      id: `filter-${start + index}`,
      name: `Filter ${start + index}`,
    }));
    return { body: { items, count: items.length } };
  };
}

const asked = (received: readonly Received[]) =>
  received.map((request) => `${request.url.pathname}?${request.url.searchParams.toString()}`);

// Skipped, saying so in its name, when ../shared/upstream (the upstream spec) is absent.
describe.skipIf(!present)("start paging over upstream metadata (needs ../shared/upstream)", () => {
  let work = "";
  let spec: { operationMetadata: MetadataMap };
  let upstreamPaginator: Paginator<unknown, MetadataMap>;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), "sailkit-pagination-"));
    const out = path.join(work, "upstream-v3");
    await promisify(execFile)(process.execPath, [
      cli,
      "generate",
      "--spec",
      upstream,
      "--out",
      out,
    ]);
    spec = (await import(pathToFileURL(path.join(out, "metadata.ts")).href)) as typeof spec;
    upstreamPaginator = createPaginator()(spec);
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));
  afterEach(closeAll);

  it("reads the start style of listCampaignFilters from the generated metadata", () => {
    expect(spec.operationMetadata["listCampaignFilters"]?.pagination).toStrictEqual({
      style: "start",
      maxLimit: 250,
      count: false,
    });
  });

  it("pages /campaign-filters by start and limit, reading { items, count }", async () => {
    const server = await startLoopback(campaignFilters(120));
    const filters = upstreamPaginator.paginate(
      clientFor(server, spec),
      "/campaign-filters",
      {},
      {
        pageSize: 50,
      },
    );

    const items = await collect(filters, Infinity);

    expect(items.map((item) => (item as { id: string }).id)).toStrictEqual(
      Array.from({ length: 120 }, (_, n) => `filter-${n}`),
    );
    expect(asked(server.received)).toStrictEqual([
      "/v3/campaign-filters?limit=50&start=0",
      "/v3/campaign-filters?limit=50&start=50",
      "/v3/campaign-filters?limit=50&start=100",
    ]);
  });

  it("ends cleanly after a full final page, on an empty page or a 400", async () => {
    const empty = await startLoopback(campaignFilters(100));
    const rejecting = await startLoopback(campaignFilters(100, { rejectPastEnd: true }));
    const page = (server: typeof empty) =>
      upstreamPaginator.paginate(
        clientFor(server, spec),
        "listCampaignFilters",
        {},
        { pageSize: 50 },
      );

    expect(await collect(page(empty), Infinity)).toHaveLength(100);
    expect(await collect(page(rejecting), Infinity)).toHaveLength(100);
    expect(rejecting.received).toHaveLength(3);
  });

  it("keeps the caller's query and caps exactly", async () => {
    const server = await startLoopback(campaignFilters(1_000));
    const init = { params: { query: { includeSystemFilters: false } } };

    const items = await collect(
      upstreamPaginator.paginate(clientFor(server, spec), "/campaign-filters", init, {
        max: 70,
        pageSize: 50,
      }),
      Infinity,
    );

    expect(items).toHaveLength(70);
    expect(asked(server.received)).toStrictEqual([
      "/v3/campaign-filters?includeSystemFilters=false&limit=50&start=0",
      "/v3/campaign-filters?includeSystemFilters=false&limit=20&start=50",
    ]);
  });
});
