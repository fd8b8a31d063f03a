import { ConfigurationError } from "../errors.js";
import type { FoundSettings } from "../settings.js";
import { isRecord, readConfigFile, stringAt } from "./read-file.js";

const KEYS = { baseUrl: "BaseURL", clientId: "ClientId", clientSecret: "ClientSecret" } as const;

/**
 * The settings of a `config.json` as SailPoint's SDKs write it (`BaseURL`, `ClientId`,
 * `ClientSecret`), or undefined when the file does not exist. A file that is not JSON, or
 * holds a value of the wrong type, is refused with its path; the message never quotes the
 * file, which holds a secret.
 */
export function readConfigJson(path: string): FoundSettings | undefined {
  const text = readConfigFile(path, "config.json");
  if (text === undefined) return undefined;

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError("config.json", `${path} is not valid JSON${where(error, text)}`);
  }
  if (!isRecord(data)) {
    throw new ConfigurationError("config.json", `${path} must hold an object with ${keyList()}`);
  }

  const found: FoundSettings["found"] = {};
  for (const [setting, key] of Object.entries(KEYS) as [keyof typeof KEYS, string][]) {
    const value = stringAt(data, key, setting, path);
    if (value !== undefined) found[setting] = { value, origin: `${path} ${key}` };
  }
  return { place: path, keys: KEYS, found };
}

function keyList(): string {
  return Object.values(KEYS).join(", ");
}

/** ` at line L, column C` from a JSON.parse error's position; its text may quote the secret. */
function where(error: unknown, text: string): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
  if (position === undefined) return "";

  const before = text.slice(0, Number(position)).split("\n");
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}
