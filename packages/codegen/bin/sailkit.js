#!/usr/bin/env node
// The `sailkit` command: a thin launcher for the built CLI, so the bin exists before a build.
import { main } from "../dist/cli.js";

process.exitCode = await main(process.argv.slice(2));
