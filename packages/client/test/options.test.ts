import { describe, expect, it } from "vitest";
import { ConfigurationError, createClient, type ClientOptions } from "../src/index.js";

const cases: { name: string; options: Partial<ClientOptions>; setting: string; message: RegExp }[] =
  [
    { name: "no baseUrl", options: { accessToken: "t" }, setting: "baseUrl", message: /required/ },
    {
      name: "a baseUrl that is not a URL",
      options: { baseUrl: "acme", accessToken: "t" },
      setting: "baseUrl",
      message: /baseUrl "acme" \(the baseUrl option\) is not a URL/,
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
    {
      name: "a tenant that is not a name",
      options: { tenant: "acme.example/x", accessToken: "t" },
      setting: "tenant",
      message: /tenant "acme.example\/x" \(the tenant option\) is not a tenant name/,
    },
    {
      name: "both a tenant and a baseUrl",
      options: { tenant: "acme", baseUrl: "https://acme.api.identitynow.com", accessToken: "t" },
      setting: "tenant",
      message: /either tenant or baseUrl, not both/,
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

  it.each([
    ["acme", "https://acme.api.identitynow.com"],
    ["Acme-Dev2", "https://acme-dev2.api.identitynow.com"],
  ])("takes the tenant %s for %s", (tenant, tenantUrl) => {
    expect(createClient({ tenant, accessToken: "t" }).tenantUrl).toBe(tenantUrl);
  });
});
