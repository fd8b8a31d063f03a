import { describe, expect, it } from "vitest";
import { readErrorBody } from "../src/error-body.js";

const dto = {
  detailCode: "400.1 Bad Request Content",
  trackingId: "0123456789abcdef0123456789abcdef",
  messages: [{ locale: "en-US", localeOrigin: "DEFAULT", text: "The request was bad." }],
  causes: [{ locale: "en-US", localeOrigin: "DEFAULT", text: "op 0 failed" }],
};

describe("readErrorBody", () => {
  it.each([
    {
      name: "an ErrorResponseDto",
      body: dto,
      expected: { ...dto, body: dto, rawBody: undefined },
    },
    {
      name: "the token endpoint's form",
      body: { error: "invalid_client", error_description: "Bad credentials" },
      expected: { messages: [{ text: "Bad credentials" }], detailCode: undefined },
    },
    {
      name: "the rate limiter's form, trimmed",
      body: { message: " Rate Limit Exceeded " },
      expected: { messages: [{ text: "Rate Limit Exceeded" }] },
    },
    {
      name: "the detailMessage form",
      body: { detailMessage: "Specified offset is invalid.", statusCode: 400 },
      expected: { messages: [{ text: "Specified offset is invalid." }], causes: [] },
    },
    {
      name: "plain text, on one line",
      body: "Service\n  Unavailable\n",
      expected: {
        messages: [{ text: "Service Unavailable" }],
        rawBody: "Service\n  Unavailable\n",
      },
    },
    {
      name: "HTML, by its title",
      body: "<!DOCTYPE html><html><head><title>504 Gateway Time-out</title></head></html>",
      expected: { messages: [{ text: "504 Gateway Time-out" }], body: undefined },
    },
    {
      name: "HTML without a title, by its heading",
      body: "<html><body><h1>Access <b>denied</b></h1></body></html>",
      expected: { messages: [{ text: "Access denied" }] },
    },
    {
      name: "an empty text",
      body: "",
      expected: { messages: [], rawBody: "" },
    },
    {
      name: "a JSON array",
      body: ["odd"],
      expected: { messages: [], body: ["odd"], rawBody: undefined },
    },
    {
      name: "messages that are strings or lack text",
      body: { messages: ["plain", { locale: "en-US" }, { text: "kept" }] },
      expected: { messages: [{ text: "plain" }, { text: "kept" }] },
    },
  ])("reads $name", ({ body, expected }) => {
    expect(readErrorBody(body)).toMatchObject(expected);
  });
});
