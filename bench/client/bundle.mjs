// Bundle size of each consumer: esbuild, bundled, minified, gzip -9. The breakdown says where
// sailkit's bytes go (the client, openapi-fetch, the default @sailkit/v3 metadata, the
// upstream metadata), from esbuild's metafile.
import { createRequire } from "node:module";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { root } from "./workspace.mjs";

const { build } = createRequire(path.join(root, "packages/client/package.json"))("esbuild");

/** Which part of a bundle an input file belongs to. */
function partOf(input) {
  if (input.includes("upstream-v3")) return "upstream metadata";
  if (input.includes("packages/v3/")) return "@sailkit/v3 metadata";
  if (input.includes("openapi-fetch")) return "openapi-fetch";
  if (input.includes("packages/client/")) return "@sailkit/client";
  return input.split("node_modules/").at(-1).split("/")[0];
}

/** Bundles one consumer and answers its minified and gzip sizes, and its parts (minified). */
export async function bundleSize(folder, file, platform = "node") {
  const result = await build({
    entryPoints: [path.join(folder, file)],
    absWorkingDir: folder,
    bundle: true,
    minify: true,
    platform,
    format: "esm",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "error",
  });
  const code = result.outputFiles[0].contents;
  const parts = {};
  for (const [input, { bytesInOutput }] of Object.entries(
    Object.values(result.metafile.outputs)[0].inputs,
  )) {
    parts[partOf(input)] = (parts[partOf(input)] ?? 0) + bytesInOutput;
  }

  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length, parts };
}
