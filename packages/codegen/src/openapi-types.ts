/**
 * The few parts of an OpenAPI 3.x document that the codegen reads itself. Everything else is
 * passed through to openapi-typescript untouched.
 */
export interface OpenApiDocument {
  openapi: string;
  info?: { title?: string; version?: string };
  paths: Record<string, PathItem | undefined>;
  components?: Record<string, Record<string, unknown> | undefined>;
}

/** A path item: operations by HTTP method, plus parameters shared by all of them. */
export type PathItem = Partial<Record<HttpMethod, OperationObject>> & {
  parameters?: unknown[];
};

/** The HTTP methods an OpenAPI path item can hold. */
export const HTTP_METHODS = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
] as const;

/** One of {@link HTTP_METHODS}. */
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** An operation as the codegen reads it. */
export interface OperationObject {
  operationId?: string;
  summary?: string;
  tags?: string[];
  deprecated?: boolean;
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
}
