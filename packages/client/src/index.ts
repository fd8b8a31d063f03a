/** @sailkit/client: a typed client for SailPoint ISC tenants, built on openapi-fetch. */
export { createClient, type SailClient } from "./create-client.js";
export type { ClientOptions, SpecMetadata } from "./options.js";
export { AuthenticationError, ConfigurationError, SailkitError } from "./errors.js";
export {
  ClientCredentialsTokenSource,
  StaticTokenSource,
  type ClientCredentials,
  type TokenSource,
} from "./token-source.js";
