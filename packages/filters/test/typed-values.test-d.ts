import { describe, expectTypeOf, it } from "vitest";
import { filterKit, type FieldValue } from "../src/index.js";
import { metadata } from "./fixtures/metadata.js";
import type { operations } from "./fixtures/schema.js";

const kit = filterKit<operations>()(metadata);
const workflows = kit.filters("listWorkflows");
const accounts = kit.filters("listAccounts");
const since = new Date("2024-01-31T10:00:00Z");

describe("value types come from the response item, through dots and arrays", () => {
  it("accepts the schema's types", () => {
    void accounts.eq("identity.name", "Ada");
    void accounts.eq("identity.correlated", true);
    void accounts.ca("tags", ["x", "y"]);
    void accounts.ge("count", 3);
    void accounts.lt("modified", since);
    void accounts.gt("modified", "2024-01-31T10:00:00Z");
    void accounts.eq("attribute", 5);
    void accounts.sw("name", "A");
    void workflows.eq("enabled", false);
  });

  it("refuses other types, empty lists, and operators a field lacks", () => {
    // @ts-expect-error: correlated is a boolean
    void accounts.eq("identity.correlated", "yes");
    // @ts-expect-error: tags are strings
    void accounts.ca("tags", [1]);
    // @ts-expect-error: a list is never empty
    void accounts.in("id", []);
    // @ts-expect-error: count is a number
    void accounts.ge("count", "3");
    // @ts-expect-error: modified is a date-time string
    void accounts.lt("modified", 5);
    // @ts-expect-error: co takes a string
    void accounts.co("name", 5);
    // @ts-expect-error: name does not take pr
    void accounts.pr("name");
    // @ts-expect-error: enabled is a boolean
    void workflows.eq("enabled", "true");
  });

  it("computes FieldValue as documented", () => {
    type Account =
      operations["listAccounts"]["responses"][200]["content"]["application/json"][number];
    expectTypeOf<FieldValue<Account, "modified">>().toEqualTypeOf<string | Date>();
    expectTypeOf<FieldValue<Account, "tags">>().toEqualTypeOf<string | Date>();
    expectTypeOf<FieldValue<Account, "count">>().toEqualTypeOf<number>();
    expectTypeOf<FieldValue<Account, "identity.correlated">>().toEqualTypeOf<boolean>();
    expectTypeOf<FieldValue<Account, "identity.nope">>().toEqualTypeOf<
      string | number | boolean | Date
    >();
    expectTypeOf<FieldValue<Account, "attribute">>().toEqualTypeOf<
      string | number | boolean | Date
    >();
  });
});
