import { describe, expect, it } from "vitest";
import { ConfigurationError, fromEnvironment } from "../src/index.js";

const full = {
  SAIL_BASE_URL: "https://acme.api.identitynow.com/v3/",
  SAIL_CLIENT_ID: "id-1",
  SAIL_CLIENT_SECRET: "secret-1",
};

describe("fromEnvironment", () => {
  it("reads the three variables SailPoint's CLI and SDKs use", () => {
    expect(fromEnvironment(full)).toStrictEqual({
      baseUrl: "https://acme.api.identitynow.com",
      clientId: "id-1",
      clientSecret: "secret-1",
    });
  });

  it.each([
    {
      name: "nothing set",
      env: {},
      setting: "baseUrl",
      message:
        "baseUrl is missing from the environment: set SAIL_BASE_URL, SAIL_CLIENT_ID, " +
        "SAIL_CLIENT_SECRET",
    },
    {
      name: "no secret",
      env: { ...full, SAIL_CLIENT_SECRET: "" },
      setting: "clientSecret",
      message: "clientSecret is missing from the environment: set SAIL_CLIENT_SECRET",
    },
    {
      name: "no base URL",
      env: { ...full, SAIL_BASE_URL: undefined },
      setting: "baseUrl",
      message: "baseUrl is missing from the environment: set SAIL_BASE_URL",
    },
    {
      name: "a base URL that is not one",
      env: { ...full, SAIL_BASE_URL: "acme" },
      setting: "baseUrl",
      message: 'baseUrl "acme" (SAIL_BASE_URL) is not a URL',
    },
  ])("names the setting when $name", ({ env, setting, message }) => {
    const attempt = () => fromEnvironment(env);

    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(expect.objectContaining({ setting, message }) as Error);
    expect(attempt).not.toThrow(/secret-1/);
  });
});
