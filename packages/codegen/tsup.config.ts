import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

/**
 * The generator's identity for output stamps: the version plus a hash of the sources and of
 * openapi-typescript's version, so any change to how code is generated invalidates old stamps.
 */
function buildIdentity(): string {
  const digest = createHash("sha256");
  const sources = readdirSync("src", { recursive: true, encoding: "utf8" }).sort();
  for (const file of sources.filter((name) => name.endsWith(".ts"))) {
    digest.update(file).update(readFileSync(path.join("src", file)));
  }
  digest.update(readFileSync("node_modules/openapi-typescript/package.json"));

  return `${version}+${digest.digest("hex").slice(0, 12)}`;
}

const define = {
  __SAILKIT_VERSION__: JSON.stringify(version),
  __SAILKIT_BUILD__: JSON.stringify(buildIdentity()),
};

export default defineConfig([
  {
    // ESM only: a build-time tool, and Node >= 20.19 can require() ES modules.
    entry: ["src/index.ts"],
    format: ["esm"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
    define,
  },
  {
    entry: ["src/cli.ts"],
    format: ["esm"],
    dts: false,
    sourcemap: true,
    target: "node20",
    define,
  },
]);
