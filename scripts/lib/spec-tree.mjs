// A spec's multi-file tree: the files its bundle reads, copied into a new folder whose root
// file is v3.yaml, the name the repository's openapi/ uses.
import { existsSync, mkdirSync, copyFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** The root file of a spec given as a file, or as a folder holding `v3.yaml`. */
export function specRootFile(input) {
  const resolved = path.resolve(input);
  if (!existsSync(resolved)) throw new Error(`${input}: no such file or folder`);
  if (!statSync(resolved).isDirectory()) return resolved;

  const root = path.join(resolved, "v3.yaml");
  if (!existsSync(root))
    throw new Error(`${input} is a folder without v3.yaml: name the root file`);
  return root;
}

/**
 * Copies the files the spec's bundle reads (the root and every file its `$ref`s reach) into
 * `target`, keeping their places relative to the root's folder; the root becomes v3.yaml.
 * Refuses a spec that reaches files outside its root's folder. Answers the files copied.
 */
export async function copySpecTree(codegenDist, rootFile, target) {
  const { loadSpec } = await import(pathToFileURL(path.join(codegenDist, "index.js")).href);
  const spec = await loadSpec(rootFile);
  const folder = path.dirname(spec.file);

  const outside = spec.files.filter((file) => path.relative(folder, file).startsWith(".."));
  if (outside.length > 0) {
    throw new Error(`the spec reaches files outside ${folder}: ${outside.join(", ")}`);
  }

  for (const file of spec.files) {
    const relative = file === spec.file ? "v3.yaml" : path.relative(folder, file);
    mkdirSync(path.dirname(path.join(target, relative)), { recursive: true });
    copyFileSync(file, path.join(target, relative));
  }

  return spec.files.length;
}
