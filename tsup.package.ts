import type { Options } from "tsup";

/**
 * The build every published library package shares: ESM and CommonJS with declarations and
 * source maps for Node 20. A package passes only what differs (more entries, `define`).
 */
export function dualPackage(overrides: Options = {}): Options {
  return {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    ...overrides,
  };
}
