import { describe, expect, it } from "vitest";
import { diffDocuments } from "../src/diff/diff-documents.js";
import { readPointer } from "../src/refs.js";
import { edited, remove, set, thingsSpec, type Edit } from "./diff-specs.js";

const LIST = "/paths/~1things/get";
const CREATE = "/paths/~1things/post";
const THING = "/components/schemas/Thing";
const NAMED = "/components/schemas/Named";
const NEW_THING = "/components/schemas/NewThing";

interface Row {
  name: string;
  edits: Edit[];
  bump: string;
  /** The kinds found, in order, each with the operation it is about. */
  changes: string[];
}

const rows: Row[] = [
  { name: "nothing changed", edits: [], bump: "none", changes: [] },
  {
    name: "an optional query parameter added",
    edits: [
      set(`${LIST}/parameters/-`, { name: "offset", in: "query", schema: { type: "integer" } }),
    ],
    bump: "minor",
    changes: ["listThings parameter-added"],
  },
  {
    name: "a required query parameter added",
    edits: [set(`${LIST}/parameters/-`, { name: "q", in: "query", required: true, schema: {} })],
    bump: "major",
    changes: ["listThings parameter-added-required"],
  },
  {
    name: "a parameter removed",
    edits: [remove(`${LIST}/parameters/0`)],
    bump: "major",
    changes: ["listThings parameter-removed"],
  },
  {
    name: "a parameter made required, through its $ref",
    edits: [set("/components/parameters/limit/required", true)],
    bump: "major",
    changes: ["listThings parameter-made-required"],
  },
  {
    name: "a parameter's maximum lowered",
    edits: [set("/components/parameters/limit/schema/maximum", 100)],
    bump: "major",
    changes: ["listThings parameter-constraint-narrowed"],
  },
  {
    name: "a parameter's maximum raised",
    edits: [set("/components/parameters/limit/schema/maximum", 500)],
    bump: "minor",
    changes: ["listThings parameter-constraint-widened"],
  },
  {
    name: "an operation id renamed on the same method and path",
    edits: [set(`${LIST}/operationId`, "listAllThings")],
    bump: "major",
    changes: ["listThings operation-id-renamed"],
  },
  {
    name: "an operation removed",
    edits: [remove("/paths/~1things~1{id}/get")],
    bump: "major",
    changes: ["getThing operation-removed"],
  },
  {
    name: "an operation added",
    edits: [set("/paths/~1things~1{id}/delete", { operationId: "deleteThing", responses: {} })],
    bump: "minor",
    changes: ["deleteThing operation-added"],
  },
  {
    name: "a path parameter renamed",
    edits: [
      set("/paths/~1things~1{thingId}", thingsSpec().paths["/things/{id}"]),
      set("/paths/~1things~1{thingId}/parameters/0/name", "thingId"),
      remove("/paths/~1things~1{id}"),
    ],
    bump: "major",
    changes: ["getThing path-parameter-renamed"],
  },
  {
    name: "a request body demanding a new required field (through allOf)",
    edits: [
      set(`${NAMED}/properties/owner`, { type: "string" }),
      set(`${NAMED}/required/-`, "owner"),
    ],
    bump: "major",
    changes: ["createThing request-property-added-required"],
  },
  {
    name: "a request body accepting a new optional field",
    edits: [set(`${NEW_THING}/properties/note`, { type: "string" })],
    bump: "minor",
    changes: ["createThing request-property-added"],
  },
  {
    name: "a request field of a narrower type",
    edits: [set(`${NEW_THING}/properties/size/type`, "string")],
    bump: "major",
    changes: ["createThing request-type-narrowed"],
  },
  {
    name: "a request field of a wider type (integer to number)",
    edits: [set(`${NEW_THING}/properties/size/type`, "number")],
    bump: "minor",
    changes: ["createThing request-type-widened"],
  },
  {
    name: "a request enum value removed",
    edits: [set(`${NEW_THING}/properties/kind/enum`, ["a"])],
    bump: "major",
    changes: ["createThing request-enum-value-removed"],
  },
  {
    name: "a request enum value added",
    edits: [set(`${NEW_THING}/properties/kind/enum/-`, "c")],
    bump: "minor",
    changes: ["createThing request-enum-value-added"],
  },
  {
    name: "a request field's maximum length lowered",
    edits: [set(`${NAMED}/properties/name/maxLength`, 32)],
    bump: "major",
    changes: ["createThing request-constraint-narrowed"],
  },
  {
    name: "a response field removed, once per operation despite the self-reference",
    edits: [remove(`${THING}/properties/tags`)],
    bump: "major",
    changes: [
      "listThings response-property-removed",
      "createThing response-property-removed",
      "getThing response-property-removed",
    ],
  },
  {
    name: "a response field of a changed type",
    edits: [set(`${THING}/properties/tags/items/type`, "integer")],
    bump: "major",
    changes: [
      "listThings response-type-changed",
      "createThing response-type-changed",
      "getThing response-type-changed",
    ],
  },
  {
    name: "a response field that may now be null",
    edits: [set(`${THING}/properties/status/nullable`, true)],
    bump: "major",
    changes: [
      "listThings response-type-changed",
      "createThing response-type-changed",
      "getThing response-type-changed",
    ],
  },
  {
    name: "a response field no longer always present",
    edits: [set(`${THING}/required`, ["id"])],
    bump: "major",
    changes: [
      "listThings response-property-made-optional",
      "createThing response-property-made-optional",
      "getThing response-property-made-optional",
    ],
  },
  {
    name: "a response enum value added: listed, not breaking",
    edits: [set(`${THING}/properties/status/enum/-`, "broken")],
    bump: "minor",
    changes: [
      "listThings response-enum-value-added",
      "createThing response-enum-value-added",
      "getThing response-enum-value-added",
    ],
  },
  {
    name: "a read-only field removed: never sent, so only responses change",
    edits: [remove(`${THING}/properties/id`), set(`${THING}/required`, ["status"])],
    bump: "major",
    changes: [
      "listThings response-property-removed",
      "createThing response-property-removed",
      "getThing response-property-removed",
    ],
  },
  {
    name: "a read-only field required in a request schema: callers never send it",
    edits: [
      set(`${NEW_THING}/properties/id`, { type: "string", readOnly: true }),
      set(`${NEW_THING}/required`, ["id"]),
    ],
    bump: "patch",
    changes: ["null spec-changed"],
  },
  {
    name: "a success status removed",
    edits: [
      set(`${CREATE}/responses/200`, { description: "ok" }),
      remove(`${CREATE}/responses/201`),
    ],
    bump: "major",
    changes: ["createThing response-status-removed", "createThing response-status-added"],
  },
  {
    name: "an error status removed",
    edits: [remove(`${CREATE}/responses/400`)],
    bump: "patch",
    changes: ["createThing response-error-status-removed"],
  },
  {
    name: "a response media type removed",
    edits: [
      set("/paths/~1things~1{id}/get/responses/200/content", {
        "application/xml": { schema: { $ref: "#/components/schemas/Thing" } },
      }),
    ],
    bump: "major",
    changes: ["getThing response-media-type-removed", "getThing response-media-type-added"],
  },
  {
    name: "a request body no longer required",
    edits: [set(`${CREATE}/requestBody/required`, false)],
    bump: "minor",
    changes: ["createThing request-body-made-optional"],
  },
  {
    name: "a required request body where there was none",
    edits: [set(`${LIST}/requestBody`, { required: true, content: { "application/json": {} } })],
    bump: "major",
    changes: ["listThings request-body-added-required"],
  },
  {
    name: "an operation deprecated",
    edits: [set(`${LIST}/deprecated`, true)],
    bump: "minor",
    changes: ["listThings operation-deprecated"],
  },
  {
    name: "a summary reworded",
    edits: [set(`${LIST}/summary`, "List all things")],
    bump: "patch",
    changes: ["listThings operation-documentation"],
  },
  {
    name: "a schema description reworded",
    edits: [set(`${NAMED}/properties/name/description`, "What people call it.")],
    bump: "patch",
    changes: ["createThing schema-documentation"],
  },
  {
    name: "the spec's description reworded",
    edits: [set("/info/description", "Things, compared.")],
    bump: "patch",
    changes: ["null spec-documentation"],
  },
  {
    name: "an unused schema added",
    edits: [set("/components/schemas/Unused", { type: "string" })],
    bump: "patch",
    changes: ["null spec-changed"],
  },
];

describe("diffDocuments", () => {
  it.each(rows)("$name: $bump", ({ edits, bump, changes }) => {
    const diff = diffDocuments(thingsSpec(), edited(edits));

    expect(diff.changes.map((change) => `${change.operationId} ${change.kind}`)).toEqual(changes);
    expect(diff.bump).toBe(bump);
  });

  it.each(rows.filter((row) => row.edits.length > 0))(
    "$name: every pointer reads a value of its document",
    ({ edits }) => {
      const base = thingsSpec();
      const head = edited(edits);

      for (const { pointer } of diffDocuments(base, head).changes) {
        if (pointer.base) expect(readPointer(base, pointer.base)).toBeDefined();
        if (pointer.head) expect(readPointer(head, pointer.head)).toBeDefined();
      }
    },
  );

  it("names the operation, its route and what changed in a sentence", () => {
    const diff = diffDocuments(thingsSpec(), edited([set(`${LIST}/operationId`, "listAll")]));

    expect(diff.changes[0]).toEqual({
      level: "breaking",
      kind: "operation-id-renamed",
      operationId: "listThings",
      method: "GET",
      path: "/things",
      pointer: { base: LIST, head: LIST },
      message: "listThings (GET /things): the operation id is now listAll.",
    });
  });

  it("points at the schema behind a $ref, where the change is", () => {
    const diff = diffDocuments(
      thingsSpec(),
      edited([set(`${NEW_THING}/properties/kind/enum`, ["a"])]),
    );

    expect(diff.changes[0]?.pointer).toEqual({
      base: `${NEW_THING}/properties/kind`,
      head: `${NEW_THING}/properties/kind`,
    });
    expect(diff.changes[0]?.message).toBe(
      'createThing (POST /things): the request body field kind no longer accepts "b".',
    );
  });
});

describe("changes inside an error response", () => {
  it("are listed as info, never breaking, while the same change in a success is", () => {
    const body = (properties: object) => ({
      description: "bad",
      content: { "application/json": { schema: { type: "object", properties } } },
    });
    const base = edited([set(`${CREATE}/responses/400`, body({ why: { type: "string" } }))]);
    const head = edited([set(`${CREATE}/responses/400`, body({}))]);

    const diff = diffDocuments(base, head);

    expect(diff.changes.map((change) => change.kind)).toContain("response-property-removed");
    expect(diff.changes.every((change) => change.level === "info")).toBe(true);
    expect(diff.bump).toBe("patch");
  });
});
