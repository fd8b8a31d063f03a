import { describe, expect, it } from "vitest";
import { Redactor } from "./redact.js";

const secret = "s3cr+t/with=chars&more";

describe("Redactor", () => {
  it.each([
    ["as it is", `echo ${secret}`],
    ["percent-encoded", `echo secret=${encodeURIComponent(secret)}`],
    ["form-encoded", `body: ${new URLSearchParams({ client_secret: secret }).toString()}`],
    ["with lower-case hex", `echo ${encodeURIComponent(secret).toLowerCase()}`],
  ])("blanks a known secret %s", (_, text) => {
    const redactor = new Redactor();
    redactor.add(secret);

    const clean = redactor.text(text);

    expect(clean).toContain("[redacted]");
    expect(clean).not.toContain("s3cr");
  });
});
