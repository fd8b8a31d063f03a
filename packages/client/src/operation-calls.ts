import type { OperationTable } from "./options.js";

type PathCaller = (path: string, init?: unknown) => Promise<unknown>;

/**
 * One function per operation of the metadata, named by its operation id, that calls the
 * operation's path with the operation's method: `listWorkflows(init)` is
 * `GET("/workflows", init)`. Ids in `reserved` (the client's own members) are left out.
 */
export function operationCalls(
  operations: OperationTable,
  byMethod: Readonly<Record<string, PathCaller>>,
  reserved: ReadonlySet<string>,
): Record<string, (init?: unknown) => Promise<unknown>> {
  const calls: Record<string, (init?: unknown) => Promise<unknown>> = {};

  for (const [id, operation] of Object.entries(operations)) {
    const caller = byMethod[operation.method.toUpperCase()];
    if (!caller || reserved.has(id)) continue;

    const { path } = operation;
    calls[id] = (init?: unknown) => caller(path, init);
  }
  return calls;
}
