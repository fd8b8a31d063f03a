import { homedir } from "node:os";
import { join } from "node:path";
import { readEnvironment, type Environment } from "../environment.js";
import { ConfigurationError } from "../errors.js";
import type { ClientOptions } from "../options.js";
import { holdsAny, requireSetting, type FoundSettings } from "../settings.js";
import { parseTenantUrl } from "../tenant-url.js";
import { readConfigJson } from "./config-json.js";
import { readSailPointConfig } from "./config-yaml.js";

/** Where {@link loadConfiguration} looks; each defaults to this process's own. */
export interface ConfigurationPlaces {
  /** The environment; `process.env` by default. */
  env?: Environment;
  /** The folder holding `config.json`; the working folder by default. */
  cwd?: string;
  /** The home folder holding `.sailpoint/config.yaml`; the user's by default. */
  home?: string;
}

/** The settings {@link loadConfiguration} may add to the options. */
export type Completed = Pick<ClientOptions, "baseUrl" | "clientId" | "clientSecret">;

/**
 * Completes client options from where SailPoint's CLI and SDKs keep them. Options given win,
 * setting by setting; the rest comes from the first place that holds any setting, in this
 * order: the environment (`SAIL_BASE_URL`, ...), `config.json` in the working folder, the
 * active environment of `~/.sailpoint/config.yaml`. Settings of two places are never mixed,
 * so one tenant's secret is never sent to another. A setting missing everywhere is named
 * with every place it was looked for.
 */
export function loadConfiguration<Options extends ClientOptions>(
  options: Options = {} as Options,
  places: ConfigurationPlaces = {},
): Options & Completed {
  const hasTenant = options.baseUrl !== undefined || options.tenant !== undefined;
  const hasAuth =
    options.accessToken !== undefined ||
    (options.clientId !== undefined && options.clientSecret !== undefined);
  if (hasTenant && hasAuth) return options;

  const cwd = places.cwd ?? process.cwd();
  const home = places.home ?? homedir();
  const json = join(cwd, "config.json");
  const yaml = join(home, ".sailpoint", "config.yaml");
  const readers = [
    () => readEnvironment(places.env ?? process.env),
    () => readConfigJson(json),
    () => readSailPointConfig(yaml),
  ];

  for (const read of readers) {
    const settings = read();
    if (holdsAny(settings)) return complete(options, settings, hasTenant, hasAuth);
  }

  const setting = hasTenant ? "clientId" : "baseUrl";
  const asked = hasTenant ? "clientId and clientSecret (or accessToken)" : "baseUrl (or tenant)";
  throw new ConfigurationError(
    setting,
    `${setting} is not configured: looked in the options (${asked}), the environment ` +
      `(SAIL_BASE_URL, SAIL_CLIENT_ID, SAIL_CLIENT_SECRET), ${json} and ${yaml}`,
  );
}

function complete<Options extends ClientOptions>(
  options: Options,
  settings: FoundSettings,
  hasTenant: boolean,
  hasAuth: boolean,
): Options & Completed {
  const completed: Options & Completed = { ...options };

  if (!hasTenant) {
    const baseUrl = requireSetting(settings, "baseUrl");
    completed.baseUrl = parseTenantUrl(baseUrl.value, baseUrl.origin);
  }
  if (!hasAuth) {
    completed.clientId = options.clientId ?? requireSetting(settings, "clientId").value;
    completed.clientSecret = options.clientSecret ?? requireSetting(settings, "clientSecret").value;
  }
  return completed;
}
