import { ConfigurationError } from "./errors.js";
import { parseTenantUrl } from "./tenant-url.js";

/** The settings that say which tenant to call and how to sign in. */
export type ConnectionSetting = "baseUrl" | "clientId" | "clientSecret";

/** A setting's value and where it was found: `SAIL_CLIENT_ID`, `/work/config.json ClientId`. */
export interface Found {
  readonly value: string;
  readonly origin: string;
}

/** What one place of configuration holds; a setting it lacks is named by `keys`. */
export interface FoundSettings {
  /** The place, for messages: `the environment`, `/work/config.json`. */
  readonly place: string;
  /** The name each setting has there: `SAIL_BASE_URL`, `BaseURL`, `environments.acme.baseurl`. */
  readonly keys: Readonly<Record<ConnectionSetting, string>>;
  readonly found: Partial<Record<ConnectionSetting, Found>>;
}

/** The three settings, checked: a tenant root and client credentials. */
export interface ConnectionSettings {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
}

/**
 * The settings of one place, all three required: a missing one is named with its key there
 * (`clientSecret is missing from the environment: set SAIL_CLIENT_SECRET`), and a base URL
 * that is not one names where it was read.
 */
export function requireSettings(settings: FoundSettings): ConnectionSettings {
  const baseUrl = requireSetting(settings, "baseUrl");

  return {
    baseUrl: parseTenantUrl(baseUrl.value, baseUrl.origin),
    clientId: requireSetting(settings, "clientId").value,
    clientSecret: requireSetting(settings, "clientSecret").value,
  };
}

/** One setting of a place, or an error naming it with its key there. */
export function requireSetting(settings: FoundSettings, setting: ConnectionSetting): Found {
  const found = settings.found[setting];
  if (found !== undefined && found.value !== "") return found;

  throw new ConfigurationError(
    setting,
    `${setting} is missing from ${settings.place}: set ${settings.keys[setting]}`,
  );
}

/** Whether a place holds any of the settings at all. */
export function holdsAny(settings: FoundSettings | undefined): settings is FoundSettings {
  return settings !== undefined && Object.values(settings.found).some((found) => found?.value);
}
