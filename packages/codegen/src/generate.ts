import { readFile } from "node:fs/promises";
import path from "node:path";
import { emitIndex, emitMetadata } from "./emit-metadata.js";
import { emitTypes } from "./emit-types.js";
import { loadSpec } from "./load-spec.js";
import { listOperations, type OperationInfo } from "./operations.js";
import type { SpecProblem } from "./spec-error.js";
import { writeOutput } from "./write-output.js";

/** What to generate, and where. */
export interface GenerateOptions {
  /** The spec's root file: YAML or JSON, single- or multi-file. */
  spec: string;
  /** The output folder; replaced whole on success, left alone on failure. */
  out: string;
  /** Write nothing; only report whether the output would change. */
  check?: boolean;
}

/** The outcome of one generation. */
export interface GenerateResult {
  /** Whether the files differ from what the output folder held before. */
  changed: boolean;
  /** Whether files were written (never in check mode). */
  written: boolean;
  operations: OperationInfo[];
  warnings: SpecProblem[];
  /** The file names in the output folder. */
  files: string[];
}

/**
 * Generates `index.ts`, `schema.ts` (openapi-typescript's types) and `metadata.ts` (operation
 * metadata) from a spec. Throws a `SpecError` naming file and pointer on bad input.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const spec = await loadSpec(options.spec);
  const { operations, warnings } = listOperations(spec.document);
  const source = describeSource(spec.document.info, options.spec);

  const files = {
    "index.ts": emitIndex(source),
    "schema.ts": await emitTypes(spec.file, spec.document),
    "metadata.ts": emitMetadata(operations, source),
  };

  const changed = await differs(options.out, files);
  const written = changed && !options.check;
  if (written) await writeOutput(options.out, files);

  return {
    changed,
    written,
    operations,
    warnings: [...spec.warnings, ...warnings],
    files: Object.keys(files),
  };
}

function describeSource(info: { title?: string; version?: string } | undefined, spec: string) {
  const name = info?.title ? `${info.title} ${info.version ?? ""}`.trim() : path.basename(spec);

  return name.replaceAll("\n", " ");
}

async function differs(out: string, files: Record<string, string>): Promise<boolean> {
  for (const [name, contents] of Object.entries(files)) {
    const previous = await readFile(path.join(out, name), "utf8").catch(() => undefined);
    if (previous !== contents) return true;
  }

  return false;
}
