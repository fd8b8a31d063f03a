/** @sailkit/client: a typed client for SailPoint ISC tenants, built on openapi-fetch. */
export { createClient, type SailClient, type V3Operations } from "./create-client.js";
export type {
  CallOptions,
  CallResult,
  ClientExtras,
  OperationCall,
  OperationCalls,
  PathCall,
  PathCalls,
} from "./client-types.js";
export {
  DEFAULT_TIMEOUT_MS,
  type ClientOptions,
  type OperationEntry,
  type OperationTable,
  type SpecModule,
} from "./options.js";
export { fromEnvironment, readEnvironment, type Environment } from "./environment.js";
export type { ConnectionSettings, FoundSettings } from "./settings.js";
export {
  AuthenticationError,
  ConfigurationError,
  ConnectionError,
  SailkitError,
  TimeoutError,
  type RequestTarget,
} from "./errors.js";
export {
  ApiError,
  BadRequestError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  ServerError,
  UnauthorizedError,
  createApiError,
} from "./api-errors.js";
export type { ErrorDetails, ErrorMessage } from "./error-body.js";
export type { Logger, LogFields, LogLevel } from "./logger.js";
export { DEFAULT_RETRY, parseRetryAfter, type RetryOptions } from "./retry-policy.js";
export {
  ClientCredentialsTokenSource,
  type ClientCredentials,
  type TokenSource,
} from "./token-source.js";
export { StaticTokenSource, type AccessToken } from "./static-token-source.js";
export { Redactor } from "./redact.js";
