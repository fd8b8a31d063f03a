import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { SpecDiff } from "../src/diff/change.js";
import { diffDocuments } from "../src/diff/diff-documents.js";
import { loadSpec, type LoadedSpec } from "../src/load-spec.js";
import { readPointer } from "../src/refs.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const upstream = path.resolve(here, "../../../../shared/upstream/v3");
const olderSpec = path.join(upstream, "2024-10/sailpoint-api.v3.yaml");
const newerSpec = path.join(upstream, "2026-08/sailpoint-api.v3.yaml");
const present = existsSync(olderSpec) && existsSync(newerSpec);
if (!present) {
  process.stderr.write(`upstream diff tests skipped: ${upstream} is absent (../shared/upstream)\n`);
}

describe.skipIf(!present)("sailkit diff between the two upstream v3 specs", () => {
  let older: LoadedSpec;
  let newer: LoadedSpec;
  let diff: SpecDiff;

  beforeAll(async () => {
    [older, newer] = await Promise.all([loadSpec(olderSpec), loadSpec(newerSpec)]);
    diff = diffDocuments(older.document, newer.document);
  }, 120_000);

  it("says major", () => {
    expect(diff.bump).toBe("major");
  });

  it("reports the five removed operations as breaking", () => {
    const removed = diff.changes.filter((change) => change.kind === "operation-removed");

    expect(removed.map((change) => `${change.operationId} ${change.level}`).sort()).toEqual([
      "createVendorConnectorMapping breaking",
      "deleteVendorConnectorMapping breaking",
      "getConnectorCorrelationConfig breaking",
      "getVendorConnectorMappings breaking",
      "putCorrelationConfig breaking",
    ]);
  });

  it("reports the three renamed operation ids as breaking, with the new names", () => {
    const renamed = diff.changes.filter((change) => change.kind === "operation-id-renamed");

    expect(renamed.map((change) => `${change.level} ${change.message}`)).toEqual([
      "breaking putSourceConfig (PUT /connectors/{scriptName}/source-config): " +
        "the operation id is now putConnectorSourceConfig.",
      "breaking putSourceTemplate (PUT /connectors/{scriptName}/source-template): " +
        "the operation id is now putConnectorSourceTemplate.",
      "breaking putTranslations (PUT /connectors/{scriptName}/translations/{locale}): " +
        "the operation id is now putConnectorTranslations.",
    ]);
  });

  it("points every change at a value of its spec", () => {
    for (const { pointer } of diff.changes) {
      if (pointer.base) expect(readPointer(older.document, pointer.base)).toBeDefined();
      if (pointer.head) expect(readPointer(newer.document, pointer.head)).toBeDefined();
    }
  });

  it("finds nothing between a spec and itself", () => {
    expect(diffDocuments(newer.document, newer.document)).toEqual({ bump: "none", changes: [] });
    expect(diffDocuments(older.document, older.document)).toEqual({ bump: "none", changes: [] });
  });
});
