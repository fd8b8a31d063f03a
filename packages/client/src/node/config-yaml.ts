import { parse, YAMLParseError } from "yaml";
import { ConfigurationError } from "../errors.js";
import type { FoundSettings } from "../settings.js";
import { isRecord, readConfigFile, stringAt } from "./read-file.js";

/**
 * The active environment of the SailPoint CLI's `config.yaml`: `activeenvironment` names one
 * of `environments`, whose `baseurl` and `pat.clientid` / `pat.clientsecret` are the settings.
 * Undefined when the file does not exist. A malformed file, a missing or unknown active
 * environment, or an `authtype` other than `pat` is refused, naming the key and the file.
 */
export function readSailPointConfig(path: string): FoundSettings | undefined {
  const text = readConfigFile(path, "config.yaml");
  if (text === undefined) return undefined;

  const document = parseYaml(text, path);
  const authType = stringAt(document, "authtype", "authtype", path);
  if (authType !== undefined && authType.toLowerCase() !== "pat") {
    throw new ConfigurationError(
      "authtype",
      `${path}: authtype is ${JSON.stringify(authType)}; ` +
        "sailkit reads only pat (client credentials)",
    );
  }

  const name = stringAt(document, "activeenvironment", "activeenvironment", path);
  if (!name) throw new ConfigurationError("activeenvironment", `${path} sets no activeenvironment`);
  const environments = isRecord(document["environments"]) ? document["environments"] : {};
  const environment = environments[name];
  if (!isRecord(environment)) {
    const known = Object.keys(environments).join(", ") || "none";
    throw new ConfigurationError(
      "activeenvironment",
      `${path}: activeenvironment ${JSON.stringify(name)} is not under environments (${known})`,
    );
  }

  const base = `environments.${name}`;
  const pat = isRecord(environment["pat"]) ? environment["pat"] : {};
  const keys = {
    baseUrl: `${base}.baseurl`,
    clientId: `${base}.pat.clientid`,
    clientSecret: `${base}.pat.clientsecret`,
  };
  const values = {
    baseUrl: stringAt(environment, "baseurl", "baseUrl", `${path} ${base}`),
    clientId: stringAt(pat, "clientid", "clientId", `${path} ${base}.pat`),
    clientSecret: stringAt(pat, "clientsecret", "clientSecret", `${path} ${base}.pat`),
  };

  const found: FoundSettings["found"] = {};
  for (const [setting, value] of Object.entries(values) as [
    keyof typeof values,
    string | undefined,
  ][]) {
    if (value !== undefined) found[setting] = { value, origin: `${path} ${keys[setting]}` };
  }
  return { place: path, keys, found };
}

function parseYaml(text: string, path: string): Record<string, unknown> {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    // The parser's message quotes the offending line, which may be the secret's: leave it out.
    const position = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
    const at = position ? ` at line ${position.line}, column ${position.col}` : "";
    throw new ConfigurationError("config.yaml", `${path} is not valid YAML${at}`);
  }

  if (document === null || document === undefined) return {};
  if (!isRecord(document))
    throw new ConfigurationError("config.yaml", `${path} must hold a mapping`);
  return document;
}
