/**
 * A `debug` helper switched on by the environment: `DEBUG=sailkit:*` or `DEBUG=sailkit:codegen`.
 * Lines go to stderr so they never mix with output a caller parses.
 */
export function createDebug(namespace: string): (message: string) => void {
  const enabled = isEnabled(namespace, process.env["DEBUG"] ?? "");

  return (message) => {
    if (enabled) process.stderr.write(`${namespace} ${message}\n`);
  };
}

function isEnabled(namespace: string, setting: string): boolean {
  return setting
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((pattern) => {
      if (pattern === "*") return true;
      if (pattern.endsWith("*")) return namespace.startsWith(pattern.slice(0, -1));
      return pattern === namespace;
    });
}
