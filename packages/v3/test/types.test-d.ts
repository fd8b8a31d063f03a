import { describe, expectTypeOf, it } from "vitest";
import type { components, operationMetadata, paths } from "../src/index.js";

type Schemas = components["schemas"];

describe("@sailkit/v3 types", () => {
  it("keeps the execution answer of GET /workflow-executions/{id} a real object", () => {
    type Answer =
      paths["/workflow-executions/{id}"]["get"]["responses"]["200"]["content"]["application/json"];

    expectTypeOf<Answer>().toEqualTypeOf<Schemas["WorkflowExecution"]>();
    expectTypeOf<Schemas["WorkflowExecution"]>().toHaveProperty("status");
  });

  it("types JSON Patch bodies of patchWorkflow", () => {
    type Body =
      paths["/workflows/{id}"]["patch"]["requestBody"]["content"]["application/json-patch+json"];

    expectTypeOf<Body>().toEqualTypeOf<Schemas["JsonPatchOperation"][]>();
  });

  it("gives metadata literal types", () => {
    expectTypeOf<(typeof operationMetadata)["patchWorkflow"]["method"]>().toEqualTypeOf<"PATCH">();
  });
});
