import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigurationError, type ClientOptions } from "../src/index.js";
import { loadConfiguration } from "../src/node.js";

const SECRET = "s3cret-never-shown";
const JSON_FULL = {
  BaseURL: "https://json.api.identitynow.com",
  ClientId: "j",
  ClientSecret: SECRET,
};
const ENV_FULL = {
  SAIL_BASE_URL: "https://env.api.identitynow.com",
  SAIL_CLIENT_ID: "e",
  SAIL_CLIENT_SECRET: SECRET,
};
const yaml = (environment: string, extra = "") => `authtype: pat
activeenvironment: ${environment}
environments:
  dev:
    baseurl: https://yaml.api.identitynow.com
    pat:
      clientid: y
${extra}`;

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true })));

/** A working folder and a home folder holding the given files. */
function places(files: { json?: string; yaml?: string }, env: Record<string, string> = {}) {
  const root = mkdtempSync(join(tmpdir(), "sailkit-config-"));
  folders.push(root);
  const cwd = join(root, "work");
  const home = join(root, "home");
  mkdirSync(cwd);
  mkdirSync(join(home, ".sailpoint"), { recursive: true });
  if (files.json !== undefined) writeFileSync(join(cwd, "config.json"), files.json);
  if (files.yaml !== undefined) writeFileSync(join(home, ".sailpoint", "config.yaml"), files.yaml);

  return {
    env,
    cwd,
    home,
    json: join(cwd, "config.json"),
    yaml: join(home, ".sailpoint", "config.yaml"),
  };
}

const withSecret = yaml("dev", `      clientsecret: ${SECRET}\n`);

describe("loadConfiguration", () => {
  it.each([
    {
      name: "the environment first",
      files: { json: JSON.stringify(JSON_FULL) },
      env: ENV_FULL,
      from: "env",
    },
    {
      name: "then config.json",
      files: { json: JSON.stringify(JSON_FULL), yaml: withSecret },
      from: "json",
    },
    { name: "then config.yaml's active environment", files: { yaml: withSecret }, from: "yaml" },
  ])("reads $name", ({ files, env, from }) => {
    const where = places(files, env);

    const options = loadConfiguration({ timeout: 5 }, where);

    expect(options).toMatchObject({ baseUrl: `https://${from}.api.identitynow.com`, timeout: 5 });
    expect(options.clientId).toBe(from.slice(0, 1));
    expect(options.clientSecret).toBe(SECRET);
  });

  it("keeps what the options give, and reads no file when they give everything", () => {
    const where = places({ json: "{ not json" }, ENV_FULL);
    const given: ClientOptions = { tenant: "acme", accessToken: "t" };

    expect(loadConfiguration(given, where)).toBe(given);
    expect(loadConfiguration({ tenant: "acme" }, where)).toStrictEqual({
      tenant: "acme",
      clientId: "e",
      clientSecret: SECRET,
    });
  });

  it.each<{
    name: string;
    files: { json?: string; yaml?: string };
    env?: Record<string, string>;
    setting: string;
    message: (where: ReturnType<typeof places>) => string;
  }>([
    {
      name: "a partial environment, never mixed with config.json",
      files: { json: JSON.stringify(JSON_FULL) },
      env: { SAIL_BASE_URL: ENV_FULL.SAIL_BASE_URL },
      setting: "clientId",
      message: () => "clientId is missing from the environment: set SAIL_CLIENT_ID",
    },
    {
      name: "a config.json without its secret",
      files: { json: JSON.stringify({ ...JSON_FULL, ClientSecret: undefined }) },
      setting: "clientSecret",
      message: (w) => `clientSecret is missing from ${w.json}: set ClientSecret`,
    },
    {
      name: "a config.json that is not JSON, quoting none of it",
      files: { json: `{\n  "ClientSecret": ${SECRET}\n}` },
      setting: "config.json",
      message: (w) => `${w.json} is not valid JSON`,
    },
    {
      name: "a config.json that is not JSON, where the parser says",
      files: { json: "{\n  not json" },
      setting: "config.json",
      message: (w) => `${w.json} is not valid JSON at line 2, column 3`,
    },
    {
      name: "a config.json with a base URL that is not one",
      files: { json: JSON.stringify({ ...JSON_FULL, BaseURL: "nope" }) },
      setting: "baseUrl",
      message: (w) => `baseUrl "nope" (${w.json} BaseURL) is not a URL`,
    },
    {
      name: "a config.json with a number for a string",
      files: { json: JSON.stringify({ ...JSON_FULL, ClientId: 7 }) },
      setting: "clientId",
      message: (w) => `${w.json}: ClientId must be a string, not number`,
    },
    {
      name: "a config.yaml without its secret",
      files: { yaml: yaml("dev") },
      setting: "clientSecret",
      message: (w) =>
        `clientSecret is missing from ${w.yaml}: set environments.dev.pat.clientsecret`,
    },
    {
      name: "a config.yaml naming an unknown environment",
      files: { yaml: yaml("prod") },
      setting: "activeenvironment",
      message: (w) => `${w.yaml}: activeenvironment "prod" is not under environments (dev)`,
    },
    {
      name: "a config.yaml with no active environment",
      files: { yaml: "environments: {}\n" },
      setting: "activeenvironment",
      message: (w) => `${w.yaml} sets no activeenvironment`,
    },
    {
      name: "a config.yaml for OAuth",
      files: { yaml: `authtype: oauth\n${withSecret.split("\n").slice(1).join("\n")}` },
      setting: "authtype",
      message: (w) => `${w.yaml}: authtype is "oauth"; sailkit reads only pat (client credentials)`,
    },
    {
      name: "a config.yaml that is not YAML",
      files: { yaml: `environments:\n  dev: [${SECRET}\n` },
      setting: "config.yaml",
      message: (w) => `${w.yaml} is not valid YAML at line 3, column 1`,
    },
    {
      name: "nothing anywhere",
      files: {},
      setting: "baseUrl",
      message: (w) =>
        "baseUrl is not configured: looked in the options (baseUrl (or tenant)), the environment " +
        `(SAIL_BASE_URL, SAIL_CLIENT_ID, SAIL_CLIENT_SECRET), ${w.json} and ${w.yaml}`,
    },
  ])("names the setting and the place for $name", ({ files, env, setting, message }) => {
    const where = places(files, env);

    const attempt = () => loadConfiguration({}, where);

    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(expect.objectContaining({ setting, message: message(where) }) as Error);
    expect(attempt).not.toThrow(new RegExp(SECRET));
  });
});
