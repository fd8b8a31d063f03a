import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const source = (name: string) => fileURLToPath(new URL(`../src/${name}`, import.meta.url));

/** Bundles an entry point for a browser, as a web app's bundler would. */
function bundleForBrowser(entry: string) {
  return build({
    entryPoints: [source(entry)],
    bundle: true,
    platform: "browser",
    format: "esm",
    minify: true,
    write: false,
    logLevel: "silent",
  });
}

describe("the core works in a browser bundle", () => {
  it("bundles @sailkit/client for the browser, with no Node built-in in it", async () => {
    const result = await bundleForBrowser("index.ts");
    const text = result.outputFiles[0]?.text ?? "";

    expect(result.errors).toStrictEqual([]);
    expect(text).not.toMatch(/["']node:|require\(["'](fs|os|path|util)["']\)/);
    expect(text).toContain("SAILKIT_LOG");
  });

  it("keeps the file readers apart: @sailkit/client/node needs Node", async () => {
    await expect(bundleForBrowser("node.ts")).rejects.toThrow(/node:(fs|os|path)/);
  });
});
