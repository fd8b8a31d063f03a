import { readFile } from "node:fs/promises";
import path from "node:path";
import type { OperationInfo } from "./operations.js";
import { checkOutputFolder } from "./output-folder.js";
import type { SpecProblem } from "./spec-error.js";
import { createStamp, stampHolds, STAMP_FILE } from "./stamp.js";
import { writeOutput } from "./write-output.js";

/** The build's identity (version and source hash), set at build time. */
declare const __SAILKIT_BUILD__: string | undefined;

/** The generator's identity in stamps: any other build regenerates every folder. */
const BUILD = typeof __SAILKIT_BUILD__ === "string" ? __SAILKIT_BUILD__ : "dev";
const GENERATOR = `sailkit-codegen@${BUILD}`;

/** What to generate, and where. */
export interface GenerateOptions {
  /** The spec's root file: YAML or JSON, single- or multi-file. */
  spec: string;
  /** The output folder; replaced whole on success, left alone on failure. */
  out: string;
  /** Write nothing; only report whether the output would change. */
  check?: boolean;
  /** Told when a slow step starts (bundling, type generation). */
  onProgress?: (message: string) => void;
}

/** The outcome of one generation. */
export interface GenerateResult {
  /** Whether the files differ from what the output folder held before. */
  changed: boolean;
  /** Whether files were written (never in check mode). */
  written: boolean;
  /** Whether the folder's stamp showed nothing had changed, so the spec was not read again. */
  upToDate: boolean;
  /** The operations read; empty when `upToDate`. */
  operations: OperationInfo[];
  warnings: SpecProblem[];
  /** The file names in the output folder. */
  files: string[];
}

/**
 * Generates `index.ts`, `schema.ts` (openapi-typescript's types) and `metadata.ts` (operation
 * metadata) from a spec. When the folder's stamp shows the spec files and the output are as
 * they were, it returns at once. Throws a `SpecError` naming file and pointer on bad input.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const out = path.resolve(options.out);
  if (await stampHolds(out, GENERATOR, path.resolve(options.spec))) {
    return {
      changed: false,
      written: false,
      upToDate: true,
      operations: [],
      warnings: [],
      files: [],
    };
  }

  // The bundler and openapi-typescript (with TypeScript) load in about half a second: only
  // when the stamp says there is work to do.
  const [{ loadSpec }, { listOperations }, { emitTypes }, { emitIndex, emitMetadata }] =
    await Promise.all([
      import("./load-spec.js"),
      import("./operations.js"),
      import("./emit-types.js"),
      import("./emit-metadata.js"),
    ]);

  options.onProgress?.(`bundling ${options.spec}`);
  const spec = await loadSpec(options.spec);
  const { operations, warnings } = listOperations(spec.document, spec.locate);
  const source = describeSource(spec.document.info, options.spec);

  options.onProgress?.(`generating types for ${operations.length} operations`);
  const files: Record<string, string> = {
    "index.ts": emitIndex(source),
    "schema.ts": await emitTypes(spec.file, spec.document),
    "metadata.ts": emitMetadata(operations, source),
  };
  const changed = await differs(out, files);
  const stamp = await createStamp(out, GENERATOR, spec.files, files);
  files[STAMP_FILE] = `${JSON.stringify(stamp, null, 2)}\n`;

  const written = !options.check;
  if (written) {
    await checkOutputFolder(out, spec.files);
    await writeOutput(out, files);
  }

  return {
    changed,
    written: written && changed,
    upToDate: false,
    operations,
    warnings: [...spec.warnings, ...warnings],
    files: Object.keys(files).filter((name) => name !== STAMP_FILE),
  };
}

/** A one-line name of the spec for headers of generated files; no line breaks survive. */
function describeSource(info: { title?: string; version?: string } | undefined, spec: string) {
  const name = info?.title ? `${info.title} ${info.version ?? ""}`.trim() : path.basename(spec);

  return name.replace(/[\r\n\u2028\u2029]+/g, " ");
}

async function differs(out: string, files: Record<string, string>): Promise<boolean> {
  for (const [name, contents] of Object.entries(files)) {
    const previous = await readFile(path.join(out, name), "utf8").catch(() => undefined);
    if (previous !== contents) return true;
  }

  return false;
}
