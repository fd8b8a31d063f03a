import { readFileSync } from "node:fs";
import path from "node:path";
import { parseYaml } from "@redocly/openapi-core";
import { escapePointerStep, readPointer } from "./refs.js";

/** A place in a spec: an absolute file and a JSON pointer in it. */
interface Place {
  file: string;
  pointer: string;
}

/**
 * Finds a chain of `$ref`s that only points at further `$ref`s and comes back to itself, which
 * resolves to nothing. The bundler reports such a cycle without saying where; this names the
 * first place of the chain and every step, as `file#pointer`.
 */
export function findRefCycle(rootFile: string): Place[] | undefined {
  const documents = new Map<string, unknown>();
  const load = (file: string) => {
    if (!documents.has(file)) documents.set(file, safeParse(file));
    return documents.get(file);
  };

  const pending: Place[] = [{ file: rootFile, pointer: "" }];
  const visitedFiles = new Set<string>();
  while (pending.length > 0) {
    const { file } = pending.pop() as Place;
    if (visitedFiles.has(file)) continue;
    visitedFiles.add(file);

    for (const place of refPlaces(file, load(file))) {
      const cycle = followChain(place, load);
      if (cycle) return cycle;
      const target = refTarget(place, load);
      if (target) pending.push(target);
    }
  }

  return undefined;
}

function followChain(start: Place, load: (file: string) => unknown): Place[] | undefined {
  const chain: Place[] = [];
  let current: Place | undefined = start;

  while (current) {
    const key = `${current.file}#${current.pointer}`;
    if (chain.some((place) => `${place.file}#${place.pointer}` === key)) return [...chain, current];
    chain.push(current);
    current = refTarget(current, load);
  }

  return undefined;
}

/** Where the `$ref` at a place points, when the place holds one. */
function refTarget(place: Place, load: (file: string) => unknown): Place | undefined {
  const node = readPointer(load(place.file), place.pointer) as { $ref?: unknown } | undefined;
  if (!node || typeof node.$ref !== "string" || /^[a-z]+:\/\//i.test(node.$ref)) return undefined;

  const [target = "", fragment = ""] = node.$ref.split("#");
  const file = target ? path.resolve(path.dirname(place.file), target) : place.file;
  return { file, pointer: fragment };
}

function* refPlaces(file: string, node: unknown, pointer = ""): Generator<Place> {
  if (node === null || typeof node !== "object") return;
  if (typeof (node as { $ref?: unknown }).$ref === "string") yield { file, pointer };

  for (const [key, child] of Object.entries(node)) {
    yield* refPlaces(file, child, `${pointer}/${escapePointerStep(key)}`);
  }
}

function safeParse(file: string): unknown {
  try {
    return parseYaml(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}
