import { existsSync } from "node:fs";
import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate, type GenerateResult } from "../src/generate.js";
import { typeCheck } from "./type-check.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const upstream = path.resolve(here, "../../../../shared/upstream/v3");
const upstreamSpec = path.join(upstream, "2026-08/sailpoint-api.v3.yaml");
const olderSpec = path.join(upstream, "2024-10/sailpoint-api.v3.yaml");
const present = existsSync(upstreamSpec);
if (!present) {
  process.stderr.write(`upstream tests skipped: ${upstreamSpec} is absent (../shared/upstream)\n`);
}

/** A consumer of the generated types: a typed GET /workflows query and a PATCH body. */
const consumer = (
  list = 'client.GET("/workflows", { params: { query: { limit: 10 } } })',
) => `import createClient from "openapi-fetch";
import { operationMetadata, type paths } from "./out/index.js";

type PatchBody = paths["/workflows/{id}"]["patch"]["requestBody"];
type Patch = PatchBody["content"]["application/json-patch+json"];
const client = createClient<paths>({ baseUrl: "http://127.0.0.1:9/v3" });
const patch: Patch = [{ op: "replace", path: "/enabled", value: false }];
export const calls = [
  ${list},
  client.PATCH("/workflows/{id}", { params: { path: { id: "w1" } }, body: patch }),
];
export const method: "GET" = operationMetadata.listWorkflows.method;
`;

/** Misuse the types must reject, one compile error each. */
const misuse = `import createClient from "openapi-fetch";
import type { paths } from "./out/index.js";

const client = createClient<paths>({ baseUrl: "http://127.0.0.1:9/v3" });
export const calls = [
  client.GET("/workflowz"),
  client.GET("/workflows", { params: { query: { limit: "ten" } } }),
  client.PATCH("/workflows/{id}", {
    params: { path: { id: "w1" } },
    body: [{ op: "shout", path: "/a" }],
  }),
];
`;

describe.skipIf(!present)("the whole upstream v3 spec", () => {
  let folder = "";
  let result: GenerateResult;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), "sailkit-upstream-"));
    await symlink(path.resolve(here, "../node_modules"), path.join(folder, "node_modules"));
    result = await generate({ spec: upstreamSpec, out: path.join(folder, "out") });
  }, 120_000);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("generates all 358 operations, reporting the renamed colliding schemas", () => {
    expect(result.operations).toHaveLength(358);
    expect(result.warnings.filter((warning) => /Renamed/.test(warning.message))).toHaveLength(5);
  });

  it("finds the 45 filter parameters, parses at least 41 cleanly and names every other one", () => {
    const filtered = result.operations.filter((operation) => operation.filters);
    const unclean = filtered.filter((operation) => operation.filters?.warnings.length);
    const warned = new Set(
      result.warnings.map((warning) => /^(\w+): filters:/.exec(warning.message)?.[1]),
    );

    expect(filtered).toHaveLength(45);
    expect(filtered.filter((operation) => operation.filters?.param === "filter")).toHaveLength(1);
    expect(filtered.length - unclean.length).toBeGreaterThanOrEqual(41);
    for (const operation of unclean) expect(warned).toContain(operation.operationId);
  });

  it("reads the sorters, paging styles and limits the spec documents", () => {
    const byId = new Map(result.operations.map((operation) => [operation.operationId, operation]));

    expect(result.operations.filter((operation) => operation.sorters)).toHaveLength(32);
    expect(byId.get("getWorkflowExecutions")?.filters?.fields).toEqual({
      start_time: ["eq", "lt", "le", "gt", "ge"],
      status: ["eq"],
    });
    expect(byId.get("listWorkflows")?.sorters?.fields).toEqual(["modified", "name"]);
    expect(byId.get("listRoles")?.pagination).toEqual({
      style: "offset",
      maxLimit: 50,
      count: true,
    });
    expect(byId.get("listCampaignFilters")?.pagination?.style).toBe("start");
    expect(byId.get("searchPost")?.pagination).toEqual({
      style: "search",
      maxLimit: 10000,
      count: true,
    });
    expect(result.operations.filter((op) => op.pagination?.style === "offset")).toHaveLength(54);
  });

  it("gives types a consumer can use, and that reject misuse", async () => {
    await writeFile(path.join(folder, "consumer.ts"), consumer());
    await writeFile(path.join(folder, "misuse.ts"), misuse);

    expect(typeCheck([path.join(folder, "consumer.ts")])).toEqual([]);
    const errors = typeCheck([path.join(folder, "misuse.ts")]);
    expect(errors.filter((line) => line.includes("misuse.ts"))).toHaveLength(3);
  }, 120_000);
});

describe.skipIf(!present)("the two-year-older upstream v3 spec", () => {
  it("generates, and its types check", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "sailkit-upstream-old-"));

    try {
      await symlink(path.resolve(here, "../node_modules"), path.join(folder, "node_modules"));
      const result = await generate({ spec: olderSpec, out: path.join(folder, "out") });
      // Two years ago GET /workflows took no query parameters.
      await writeFile(path.join(folder, "consumer.ts"), consumer('client.GET("/workflows")'));

      expect(result.operations.length).toBeGreaterThan(300);
      const errors = typeCheck([path.join(folder, "consumer.ts")]);
      expect(errors).toEqual([]);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});

describe.skipIf(!present)("the upstream v3 spec as one dereferenced JSON document", () => {
  it("gives the same operations and metadata as the multi-file spec", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "sailkit-upstream-json-"));

    try {
      const single = await generate({
        spec: path.join(upstream, "deref-2026-08.json"),
        out: path.join(folder, "json"),
      });
      const split = await generate({ spec: upstreamSpec, out: path.join(folder, "yaml") });

      expect(single.operations).toHaveLength(358);
      expect(
        single.operations.map(({ operationId, pagination, filters, sorters }) => ({
          operationId,
          pagination,
          filters,
          sorters,
        })),
      ).toEqual(
        split.operations.map(({ operationId, pagination, filters, sorters }) => ({
          operationId,
          pagination,
          filters,
          sorters,
        })),
      );
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 120_000);
});
