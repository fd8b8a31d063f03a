import { ConfigurationError } from "./errors.js";

/** Where a setting's value came from, for messages: `the baseUrl option`, `SAIL_BASE_URL`. */
export type Origin = string;

/**
 * The tenant root from a base URL: `https://acme.api.identitynow.com`, with a trailing slash
 * or `/v3` dropped. A value that is not an http(s) URL is refused, naming where it came from.
 */
export function parseTenantUrl(value: unknown, origin: Origin = "the baseUrl option"): string {
  if (typeof value !== "string" || value === "") {
    throw new ConfigurationError(
      "baseUrl",
      `baseUrl is required (${origin}): the tenant root, such as https://acme.api.identitynow.com`,
    );
  }

  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(
      "baseUrl",
      `baseUrl ${JSON.stringify(value)} (${origin}) is not a URL`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ConfigurationError(
      "baseUrl",
      `baseUrl (${origin}) must be http or https, not ${url.protocol}`,
    );
  }

  return `${url.origin}${url.pathname.replace(/\/+$/, "").replace(/\/v3$/, "")}`;
}

/** The tenant root of a tenant name: `acme` stands for `https://acme.api.identitynow.com`. */
export function tenantUrl(name: unknown, origin: Origin = "the tenant option"): string {
  if (typeof name !== "string" || !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(name)) {
    throw new ConfigurationError(
      "tenant",
      `tenant ${JSON.stringify(name)} (${origin}) is not a tenant name such as "acme"`,
    );
  }

  return `https://${name.toLowerCase()}.api.identitynow.com`;
}
