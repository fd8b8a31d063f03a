/**
 * The symbol `util.inspect` looks for, got without importing `node:util`, so the core of the
 * client still bundles for a browser (where the symbol is merely unused).
 */
export const INSPECT: unique symbol = Symbol.for("nodejs.util.inspect.custom") as never;
