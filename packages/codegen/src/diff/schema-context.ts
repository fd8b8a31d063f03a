import type { OpenApiDocument } from "../openapi-types.js";
import type { ChangeLog, ChangePointer, ChangeSubject } from "./change.js";
import { describeEvent, kindFor, type SchemaEvent, type SchemaSide } from "./schema-events.js";

/** The two documents compared: the base (older) and the head (newer). */
export interface DocumentPair {
  base: OpenApiDocument;
  head: OpenApiDocument;
}

/** What a schema comparison needs: both documents, the side, and where changes go. */
export interface SchemaDiffContext extends DocumentPair {
  side: SchemaSide;
  log: ChangeLog;
  subject: ChangeSubject;
  /** Pairs of schemas already compared for this subject and side: `$ref` cycles end here. */
  seen: Set<string>;
}

/** A place in a schema, for messages: a root such as "the request body" and a field path. */
export interface SchemaPlace {
  root: string;
  /** Dotted field path from the root, `[]` for array items; empty at the root. */
  path: string;
}

/** The place as words: `the request body` or `the request body field owner.id`. */
export function placeName(place: SchemaPlace): string {
  return place.path ? `${place.root} field ${place.path}` : place.root;
}

/** The place one step further down: a property name, `[]` for items, `*` for map values. */
export function stepInto(place: SchemaPlace, step: string): SchemaPlace {
  const path = step === "[]" ? `${place.path}[]` : place.path ? `${place.path}.${step}` : step;

  return { root: place.root, path };
}

/** Records a schema event as the change kind of the context's side; some sides skip some. */
export function recordEvent(
  context: SchemaDiffContext,
  event: SchemaEvent,
  pointer: ChangePointer,
  where: string,
  detail: string,
): void {
  const kind = kindFor(context.side, event);
  if (!kind) return;

  const message = describeEvent(context.side, event, where, detail);
  context.log.add(context.subject, kind, pointer, message);
}

/** Values for a sentence: `"a"`, `"a" and "b"`, `"a", "b" and "c"`. */
export function listValues(values: readonly unknown[]): string {
  const shown = values.map((value) => JSON.stringify(value));
  if (shown.length <= 1) return shown.join("");

  return `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}
