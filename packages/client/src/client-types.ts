import type { FetchResponse, MaybeOptionalInit, Middleware } from "openapi-fetch";
import type {
  HttpMethod,
  MediaType,
  PathsWithMethod,
  RequiredKeysOf,
} from "openapi-typescript-helpers";
import type { OperationTable } from "./options.js";
import type { RetryOptions } from "./retry-policy.js";

/** Options of one call, besides openapi-fetch's `params`, `body`, `headers` and `signal`. */
export interface CallOptions {
  /** Milliseconds this call may take in all, retries included; the client's by default. */
  timeout?: number;
  /** How this call is retried, over the client's {@link RetryOptions}. */
  retry?: RetryOptions;
  /**
   * Whether the call may be repeated after a failure that may have reached the server. True
   * for GET, HEAD, OPTIONS, PUT and DELETE; give `true` to retry a POST or PATCH that is safe
   * to repeat, or `false` to never repeat a call.
   */
  idempotent?: boolean;
}

/** The init argument of a call, optional when nothing in it is required (as openapi-fetch). */
type InitParam<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & CallOptions & { [key: string]: unknown })?]
    : [Init & CallOptions & { [key: string]: unknown }];

/** What a call answers: openapi-fetch's result, only its success side when errors throw. */
export type CallResult<Result, Throw extends boolean> = Throw extends true
  ? Extract<Result, { error?: never }>
  : Result;

/** openapi-fetch's result for an operation (its constraint is checked where it is known). */
type ResultOf<Operation, Init, Throw extends boolean> =
  Operation extends Record<string | number, unknown>
    ? CallResult<FetchResponse<Operation, Init, MediaType>, Throw>
    : never;

/** A call by path for one HTTP method, as openapi-fetch types it, plus {@link CallOptions}. */
export type PathCall<Paths extends object, Method extends HttpMethod, Throw extends boolean> = <
  Path extends PathsWithMethod<Paths, Method>,
  Init extends MaybeOptionalInit<Paths[Path], Method & keyof Paths[Path]>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<ResultOf<Paths[Path][Method & keyof Paths[Path]], Init, Throw>>;

/** The call of the operation at `Path` and `Method`, typed exactly like the call by path. */
export type OperationCall<
  Paths extends object,
  Path extends keyof Paths,
  Method extends keyof Paths[Path],
  Throw extends boolean,
> = <Init extends MaybeOptionalInit<Paths[Path], Method>>(
  ...init: InitParam<Init>
) => Promise<ResultOf<Paths[Path][Method], Init, Throw>>;

/** Names a client keeps for itself; an operation of the same name is called by path only. */
export type ReservedName = keyof PathCalls<object, false> | keyof ClientExtras;

/** One call per operation of the metadata, by operation id: `client.listWorkflows(...)`. */
export type OperationCalls<
  Paths extends object,
  Meta extends OperationTable,
  Throw extends boolean,
> = {
  [Id in keyof Meta as Id extends ReservedName ? never : Id]: Meta[Id]["path"] extends keyof Paths
    ? Lowercase<Meta[Id]["method"]> extends keyof Paths[Meta[Id]["path"]]
      ? OperationCall<Paths, Meta[Id]["path"], Lowercase<Meta[Id]["method"]>, Throw>
      : never
    : never;
};

/** The calls by path: `GET`, `POST`, ... for each HTTP method, and `request(method, ...)`. */
export interface PathCalls<Paths extends object, Throw extends boolean> {
  GET: PathCall<Paths, "get", Throw>;
  PUT: PathCall<Paths, "put", Throw>;
  POST: PathCall<Paths, "post", Throw>;
  DELETE: PathCall<Paths, "delete", Throw>;
  OPTIONS: PathCall<Paths, "options", Throw>;
  HEAD: PathCall<Paths, "head", Throw>;
  PATCH: PathCall<Paths, "patch", Throw>;
  TRACE: PathCall<Paths, "trace", Throw>;
}

/** What a client has besides its calls. */
export interface ClientExtras {
  /** Adds openapi-fetch middleware; it sees each call once, before and after the retries. */
  use(...middleware: Middleware[]): void;
  /** Removes middleware added with {@link use}. */
  eject(...middleware: Middleware[]): void;
  /** The tenant root the client talks to. */
  readonly tenantUrl: string;
  /** Names the tenant; never a secret or a token. */
  toString(): string;
}
