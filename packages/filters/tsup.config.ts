import { defineConfig } from "tsup";
import { dualPackage } from "../../tsup.package.js";

export default defineConfig(dualPackage());
