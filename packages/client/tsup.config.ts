import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { dualPackage } from "../../tsup.package.js";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig(
  dualPackage({
    entry: { index: "src/index.ts", node: "src/node.ts" },
    define: { __SAILKIT_VERSION__: JSON.stringify(version) },
  }),
);
