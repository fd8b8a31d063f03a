import { ConfigurationError } from "./errors.js";
import {
  holdsAny,
  requireSettings,
  type ConnectionSettings,
  type FoundSettings,
} from "./settings.js";

/** Environment variables, as `process.env` holds them. */
export type Environment = Readonly<Record<string, string | undefined>>;

const KEYS = {
  baseUrl: "SAIL_BASE_URL",
  clientId: "SAIL_CLIENT_ID",
  clientSecret: "SAIL_CLIENT_SECRET",
} as const;

/** The variables SailPoint's CLI and SDKs read, as found in `env`. */
export function readEnvironment(env: Environment): FoundSettings {
  const found: FoundSettings["found"] = {};
  for (const [setting, key] of Object.entries(KEYS) as [keyof typeof KEYS, string][]) {
    const value = env[key];
    if (value !== undefined && value !== "") found[setting] = { value, origin: key };
  }

  return { place: "the environment", keys: KEYS, found };
}

/**
 * The tenant and client credentials from `SAIL_BASE_URL`, `SAIL_CLIENT_ID` and
 * `SAIL_CLIENT_SECRET` (of `process.env` by default), for `createClient({ ...fromEnvironment()
 * })`. A variable that is not set is named in the error; none set says so.
 */
export function fromEnvironment(env: Environment = processEnv()): ConnectionSettings {
  const settings = readEnvironment(env);
  if (!holdsAny(settings)) {
    throw new ConfigurationError(
      "baseUrl",
      `baseUrl is missing from the environment: set ${Object.values(KEYS).join(", ")}`,
    );
  }

  return requireSettings(settings);
}

function processEnv(): Environment {
  return (globalThis as { process?: { env?: Environment } }).process?.env ?? {};
}
