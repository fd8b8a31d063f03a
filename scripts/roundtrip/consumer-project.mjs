// The consumer project of the registry round trip: a new folder outside the workspace whose
// npm install reaches the local registry for @sailkit/* only, and the npm registry for the
// rest. It gets the consumer file, a strict NodeNext tsconfig and a CommonJS check of the
// dual packages.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isDual } from "../lib/pack.mjs";
import { CONSUMER_SOURCE } from "./consumer-source.mjs";

/** Writes the consumer project into `folder` for the group at `version` on `registry`. */
export function writeConsumerProject(folder, { group, version, registry, tools }) {
  mkdirSync(folder, { recursive: true });
  const dependencies = Object.fromEntries(group.map((entry) => [entry.name, version]));
  const manifest = {
    name: "sailkit-roundtrip-consumer",
    private: true,
    type: "module",
    dependencies,
    devDependencies: { typescript: tools.typescript, "@types/node": tools.typesNode },
  };
  writeFileSync(path.join(folder, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(path.join(folder, ".npmrc"), `@sailkit:registry=${registry}\n`);

  const tsconfig = {
    compilerOptions: {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      noUncheckedIndexedAccess: true,
      types: ["node"],
      outDir: "dist",
    },
    files: ["consumer.ts"],
  };
  writeFileSync(path.join(folder, "tsconfig.json"), `${JSON.stringify(tsconfig, null, 2)}\n`);
  writeFileSync(path.join(folder, "consumer.ts"), CONSUMER_SOURCE);

  const dual = group.filter((entry) => isDual(entry.manifest)).map((entry) => entry.name);
  const check = `// Every dual package loads through require() too.
for (const name of ${JSON.stringify(dual)}) {
  if (Object.keys(require(name)).length === 0) throw new Error(name + " exports nothing");
}
console.log("require ok: ${dual.length} dual packages");
`;
  writeFileSync(path.join(folder, "require-all.cjs"), check);
}

/**
 * Every copy of a @sailkit/* package installed anywhere under the project's node_modules,
 * nested ones included: `{ name, version, dir }`.
 */
export function installedSailkitPackages(folder) {
  const found = [];
  const visit = (modules) => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules)) {
      const dirs = entry.startsWith("@")
        ? readdirSync(path.join(modules, entry)).map((name) => path.join(modules, entry, name))
        : [path.join(modules, entry)];
      for (const dir of dirs) {
        const manifestFile = path.join(dir, "package.json");
        if (!existsSync(manifestFile)) continue;

        const { name, version } = JSON.parse(readFileSync(manifestFile, "utf8"));
        if (name?.startsWith("@sailkit/")) found.push({ name, version, dir });
        visit(path.join(dir, "node_modules"));
      }
    }
  };
  visit(path.join(folder, "node_modules"));

  return found;
}
