import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { bundle, createConfig, Source, type NormalizedProblem } from "@redocly/openapi-core";
import { createDebug } from "./debug.js";
import { createLocator, type Locator } from "./locate.js";
import { findRefCycle } from "./ref-cycle.js";
import { SpecResolver } from "./spec-resolver.js";
import { SpecError, type SpecProblem } from "./spec-error.js";
import type { OpenApiDocument } from "./openapi-types.js";

const debug = createDebug("sailkit:codegen");

/** A spec read from disk with every external `$ref` pulled into one document. */
export interface LoadedSpec {
  /** Absolute path of the root file. */
  file: string;
  /** The bundled document: internal `$ref`s only. */
  document: OpenApiDocument;
  /** Every file the bundle read, the root included. */
  files: string[];
  /** Problems that did not stop the bundle, such as renamed colliding schema names. */
  warnings: SpecProblem[];
  /** Maps a pointer into `document` to the file and pointer it was read from. */
  locate: Locator;
}

/**
 * Reads a YAML or JSON spec, single- or multi-file, and bundles it with Redocly's resolver.
 * Remote `$ref`s are refused: generation never reaches the network.
 */
export async function loadSpec(specPath: string): Promise<LoadedSpec> {
  const file = path.resolve(specPath);
  if (!existsSync(file))
    throw new SpecError("Spec file not found.", [{ file, message: "no such file" }]);

  const root = checkRoot(file);
  const started = Date.now();
  const result = await bundleFile(file);
  debug(`bundled ${file} (${result.fileDependencies.size} files) in ${Date.now() - started} ms`);

  const problems = result.problems.map(toSpecProblem);
  const errors = problems.filter((_, index) => result.problems[index]?.severity === "error");
  if (errors.length > 0) throw new SpecError(`Spec ${file} has broken references.`, errors);

  const document = checkDocument(file, result.bundle.parsed);
  const warnings = problems.filter((_, index) => result.problems[index]?.severity !== "error");

  const files = [...result.fileDependencies].sort();
  return { file, document, files, warnings, locate: createLocator(file, root) };
}

async function bundleFile(file: string) {
  const config = await createConfig({ extends: [] });
  const externalRefResolver = new SpecResolver(file);

  try {
    return await bundle({ ref: file, config, externalRefResolver, dereference: false });
  } catch (error) {
    throw toLoadError(file, error);
  }
}

function toLoadError(file: string, error: unknown): SpecError {
  const cycle = /circular/i.test(String(error)) ? findRefCycle(file) : undefined;
  if (cycle?.[0]) {
    const steps = cycle.map((place) => `${place.file}#${place.pointer}`).join(" -> ");
    const { file: where, pointer } = cycle[0];
    return new SpecError(`Spec ${file} has a $ref cycle that resolves to nothing.`, [
      { file: where, pointer, message: `$ref cycle: ${steps}` },
    ]);
  }

  const failure = error as { message?: string; source?: { absoluteRef?: string } };
  const where = failure.source?.absoluteRef ?? file;
  const message = (failure.message ?? String(error)).split("\n")[0] ?? "unreadable";

  return new SpecError(`Spec ${file} could not be read.`, [{ file: where, message }]);
}

function toSpecProblem(problem: NormalizedProblem): SpecProblem {
  const location = problem.location[0];

  return {
    message: problem.message,
    file: location?.source.absoluteRef,
    pointer: location?.pointer?.replace(/^#/, ""),
  };
}

/**
 * Checks the root's overall shape before bundling, whose own messages say less, and answers
 * its parsed contents (undefined when it cannot be parsed: the bundler then says why).
 */
function checkRoot(file: string): unknown {
  let parsed: unknown;
  try {
    const source = new Source(file, readFileSync(file, "utf8"));
    parsed = new SpecResolver(file).parseDocument(source, true).parsed;
  } catch {
    return undefined;
  }

  checkDocument(file, parsed);
  return parsed;
}

function checkDocument(file: string, parsed: unknown): OpenApiDocument {
  const fail = (message: string) =>
    new SpecError(`Spec ${file} is not usable.`, [{ file, message }]);

  if (parsed === null || parsed === undefined || parsed === "") throw fail("the document is empty");
  if (typeof parsed !== "object" || Array.isArray(parsed))
    throw fail("the document is not an object");

  const document = parsed as Record<string, unknown>;
  if (typeof document["swagger"] === "string") {
    throw fail(`Swagger ${document["swagger"]} is not supported; convert it to OpenAPI 3.0 or 3.1`);
  }

  const version = document["openapi"];
  if (typeof version !== "string" || !/^3\.[01]\./.test(version)) {
    throw fail(
      `expected "openapi: 3.0.x" or "3.1.x" at the root, found ${JSON.stringify(version)}`,
    );
  }

  const paths = document["paths"];
  if (paths === undefined) throw fail('the document has no "paths" object');
  if (typeof paths !== "object" || paths === null || Array.isArray(paths)) {
    throw fail('"paths" must be an object of path items');
  }

  return document as unknown as OpenApiDocument;
}
