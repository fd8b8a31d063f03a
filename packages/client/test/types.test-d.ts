import { describe, expectTypeOf, it } from "vitest";
import { createClient } from "../src/index.js";

const client = createClient({ baseUrl: "http://127.0.0.1:9", accessToken: "t" });

describe("the client's types follow the spec", () => {
  it("types the answer of a listed path", () => {
    const answer = client.GET("/workflows/{id}", { params: { path: { id: "w" } } });
    type Data = NonNullable<Awaited<typeof answer>["data"]>;

    expectTypeOf(answer).resolves.toHaveProperty("response");
    expectTypeOf<Data>().toHaveProperty("enabled");
    expectTypeOf<Data["enabled"]>().toEqualTypeOf<boolean | undefined>();
  });

  it("rejects a wrong path, a wrong query type and a wrong body", () => {
    // @ts-expect-error: no such path in the spec
    void client.GET("/workflowz");
    // @ts-expect-error: limit is a number
    void client.GET("/workflows", { params: { query: { limit: "ten" } } });
    void client.PATCH("/workflows/{id}", {
      params: { path: { id: "w" } },
      // @ts-expect-error: "shout" is not a JSON Patch operation
      body: [{ op: "shout", path: "/name" }],
    });
    // @ts-expect-error: the path parameter is required
    void client.GET("/workflows/{id}");
  });
});
