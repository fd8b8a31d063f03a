/**
 * What a dotted field path reads in a plain object. Only own properties are read, so a path
 * such as `constructor.name` or `__proto__` finds nothing. A path that passes through an array
 * reads the path in each of its elements and answers the values found, in one flat array.
 */
export function resolvePath(object: unknown, path: string): unknown {
  let current: unknown = object;

  for (const name of path.split(".")) {
    current = step(current, name);
    if (current === undefined) return undefined;
  }
  return current;
}

function step(value: unknown, name: string): unknown {
  if (Array.isArray(value)) {
    const found = value.flatMap((element) => {
      const inner = step(element, name);
      return inner === undefined ? [] : [inner];
    });
    return found.length === 0 ? undefined : found.flat();
  }

  if (value === null || typeof value !== "object") return undefined;
  return Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;
}
