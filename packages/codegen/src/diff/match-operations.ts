import type { ChangeSubject } from "./change.js";
import type { IndexedOperation } from "./operation-index.js";

/** An operation of the base and the operation of the head that stands in its place. */
export interface OperationPair {
  base: IndexedOperation;
  head: IndexedOperation;
}

/** How the operations of two specs correspond. */
export interface OperationMatch {
  pairs: OperationPair[];
  /** In the base only. */
  removed: IndexedOperation[];
  /** In the head only. */
  added: IndexedOperation[];
}

/**
 * Pairs operations by method and path. Those left over are paired by method and path shape
 * when exactly one of each side has that shape, so renaming `{id}` to `{sourceId}` reads as
 * a renamed path parameter rather than an operation removed and another added.
 */
export function matchOperations(
  base: Map<string, IndexedOperation>,
  head: Map<string, IndexedOperation>,
): OperationMatch {
  const pairs: OperationPair[] = [];
  for (const [key, operation] of base) {
    const counterpart = head.get(key);
    if (counterpart) pairs.push({ base: operation, head: counterpart });
  }

  const removed = [...base.values()].filter((operation) => !head.has(operation.key));
  const added = [...head.values()].filter((operation) => !base.has(operation.key));
  for (const operation of [...removed]) {
    const sameShape = (other: IndexedOperation) => other.shape === operation.shape;
    const candidates = added.filter(sameShape);
    if (candidates.length !== 1 || removed.filter(sameShape).length !== 1) continue;

    const counterpart = candidates[0] as IndexedOperation;
    pairs.push({ base: operation, head: counterpart });
    removed.splice(removed.indexOf(operation), 1);
    added.splice(added.indexOf(counterpart), 1);
  }

  return { pairs, removed, added };
}

/** The operation a change is about: the base's id and route, which callers use today. */
export function subjectOf(operation: IndexedOperation): ChangeSubject {
  return { operationId: operation.operationId, method: operation.method, path: operation.path };
}
