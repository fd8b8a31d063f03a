import path from "node:path";
import { BaseResolver, type Document, type Source } from "@redocly/openapi-core";
import { parseDocument } from "yaml";

/** The most YAML aliases one spec file may expand; real specs use none. */
const MAX_ALIASES = 1000;

/**
 * Redocly's resolver with the guards an untrusted spec needs: files must lie inside the root
 * file's folder, `.json` files are parsed as strict JSON, YAML with anchors is checked for
 * alias expansion (billion-laughs files) before it is parsed, and remote `$ref`s are refused.
 */
export class SpecResolver extends BaseResolver {
  readonly #folder: string;

  constructor(rootFile: string) {
    super({ http: { headers: [], customFetch: refuseRemoteRef } });
    this.#folder = path.dirname(rootFile);
  }

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(absoluteRef)) refuseRemoteRef(absoluteRef);

    const relative = path.relative(this.#folder, absoluteRef);
    if (relative.startsWith("..") || path.isAbsolute(relative)) {
      throw new Error(`${absoluteRef} is outside the spec's folder ${this.#folder}`);
    }

    return super.loadExternalRef(absoluteRef);
  }

  override parseDocument(source: Source, isRoot?: boolean): Document {
    if (source.absoluteRef.toLowerCase().endsWith(".json")) return parseJson(source);
    if (/(^|[\s[{,:-])&[^\s]/m.test(source.body)) checkAliases(source);

    return super.parseDocument(source, isRoot);
  }
}

function parseJson(source: Source): Document {
  try {
    return { source, parsed: JSON.parse(source.body) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const where = Number.isNaN(offset) ? "" : ` at ${lineAndColumn(source.body, offset)}`;
    throw new Error(`invalid JSON${where}: ${message}`, { cause: error });
  }
}

function checkAliases(source: Source): void {
  const document = parseDocument(source.body);

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const reason = (error as Error).message;
    throw new Error(`YAML aliases expand too far (over ${MAX_ALIASES}): ${reason}`, {
      cause: error,
    });
  }

  if (containsItself(value)) throw new Error("a YAML alias refers to a node that contains it");
}

/** Whether a value contains itself, which only a recursive YAML alias can make. */
function containsItself(value: unknown, ancestors = new Set<unknown>()): boolean {
  if (value === null || typeof value !== "object") return false;
  if (ancestors.has(value)) return true;

  ancestors.add(value);
  const found = Object.values(value).some((child) => containsItself(child, ancestors));
  ancestors.delete(value);
  return found;
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");

  return `line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

function refuseRemoteRef(url: string): never {
  throw new Error(`remote $ref ${url} refused: sailkit reads specs from local files only`);
}
