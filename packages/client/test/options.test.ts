import { describe, expect, it } from "vitest";
import { ConfigurationError, createClient, type ClientOptions } from "../src/index.js";

const cases: { name: string; options: Partial<ClientOptions>; setting: string; message: RegExp }[] =
  [
    { name: "no baseUrl", options: { accessToken: "t" }, setting: "baseUrl", message: /required/ },
    {
      name: "a baseUrl that is not a URL",
      options: { baseUrl: "acme", accessToken: "t" },
      setting: "baseUrl",
      message: /"acme" is not a URL/,
    },
    {
      name: "a baseUrl with another scheme",
      options: { baseUrl: "ftp://acme.example", accessToken: "t" },
      setting: "baseUrl",
      message: /http or https/,
    },
    {
      name: "no credentials at all",
      options: { baseUrl: "https://acme.api.identitynow.com" },
      setting: "clientId",
      message: /clientId is required/,
    },
    {
      name: "a client id without its secret",
      options: { baseUrl: "https://acme.api.identitynow.com", clientId: "id" },
      setting: "clientSecret",
      message: /clientSecret is required/,
    },
    {
      name: "both a token and client credentials",
      options: {
        baseUrl: "https://acme.api.identitynow.com",
        accessToken: "t",
        clientId: "id",
        clientSecret: "s3cret",
      },
      setting: "accessToken",
      message: /not both/,
    },
  ];

describe("createClient options", () => {
  it.each(cases)("rejects $name, naming $setting", ({ options, setting, message }) => {
    const attempt = () => createClient(options as ClientOptions);

    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(message);
    try {
      attempt();
    } catch (error) {
      expect((error as ConfigurationError).setting).toBe(setting);
    }
  });

  it.each([
    ["https://acme.api.identitynow.com", "https://acme.api.identitynow.com"],
    ["https://acme.api.identitynow.com/", "https://acme.api.identitynow.com"],
    ["https://acme.api.identitynow.com/v3", "https://acme.api.identitynow.com"],
    ["http://127.0.0.1:8080", "http://127.0.0.1:8080"],
  ])("takes %s as the tenant root %s", (baseUrl, tenantUrl) => {
    expect(createClient({ baseUrl, accessToken: "t" }).tenantUrl).toBe(tenantUrl);
  });
});
