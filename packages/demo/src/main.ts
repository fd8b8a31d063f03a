import { loadExamples } from "./examples.js";
import { runLifeCycle, runReadOnlyTour } from "./life-cycle.js";
import { streamReport } from "./report.js";
import { connectTenant } from "./tenant.js";

const USAGE = `Usage: pnpm demo [--allow-writes]

Without SAIL_BASE_URL, SAIL_CLIENT_ID and SAIL_CLIENT_SECRET the demo starts the embedded mock
tenant on 127.0.0.1 and walks the whole Workflows life cycle. With them it talks to that tenant
and only reads, unless --allow-writes is given.`;

/** Runs the demo and answers the exit code. */
export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  if (argv.includes("--help")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = argv.filter((arg) => arg !== "--allow-writes");
  if (unknown.length > 0) {
    process.stderr.write(`demo: unknown argument ${unknown.join(" ")}\n\n${USAGE}\n`);
    return 2;
  }

  const tenant = await connectTenant(env);
  const report = streamReport((text) => process.stdout.write(text));
  process.stdout.write(`sailkit demo against ${tenant.kind} tenant ${tenant.tenantUrl}\n`);

  try {
    if (tenant.kind === "real" && !argv.includes("--allow-writes")) {
      await runReadOnlyTour(tenant.client, report);
    } else {
      await runLifeCycle(tenant.client, await loadExamples(), report);
    }
    process.stdout.write("\nDone.\n");
    return 0;
  } finally {
    await tenant.close();
  }
}

main(process.argv.slice(2), process.env).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
