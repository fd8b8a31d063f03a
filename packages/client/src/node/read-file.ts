import { readFileSync } from "node:fs";
import { ConfigurationError } from "../errors.js";

/** The text of a configuration file, or undefined when there is no such file. */
export function readConfigFile(path: string, setting: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;

    throw new ConfigurationError(setting, `${path} could not be read (${String(code)})`, {
      cause: error,
    });
  }
}

/** Whether a parsed value is a plain object (a JSON object, a YAML mapping). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A string member, or undefined when absent; anything else is refused, naming the key. */
export function stringAt(
  record: Record<string, unknown>,
  key: string,
  setting: string,
  where: string,
): string | undefined {
  const value = record[key];
  if (value === undefined || value === null || typeof value === "string") return value ?? undefined;

  throw new ConfigurationError(setting, `${where}: ${key} must be a string, not ${typeof value}`);
}
