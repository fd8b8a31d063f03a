// Overhead per request against the mock tenant: sailkit's listWorkflows (as it comes, and with
// a timeout) against a raw fetch of the same URL with the same token, and SailPoint's SDK,
// interleaved in blocks so that all share the machine's noise. Drift compares the first and
// last thousand calls. CPU time per call (this process: the client and the mock tenant) varies
// less than wall time on a busy machine.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { peerFolder, root } from "./workspace.mjs";

/** The name of SailPoint's SDK in the results. */
export const PEER = "SailPoint SDK";

const load = (relative) => import(pathToFileURL(path.join(root, relative)).href);

/** Mean of a slice of numbers. */
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * Times `calls` calls of each contender, in blocks of `block`, and answers per-call times. The
 * SDK makes only `peerCalls`: each of its calls adds an axios-retry interceptor to the global
 * axios instance, so its calls slow down without end and 10,000 of them take minutes.
 */
export async function measureOverhead({
  calls = 10_000,
  peerCalls = 2_000,
  block = 500,
  warmup = 500,
} = {}) {
  const { startMockTenant } = await load("packages/fixtures/dist/index.js");
  const { createClient } = await load("packages/client/dist/index.js");
  const tenant = await startMockTenant();

  const client = createClient({ ...tenant, logLevel: "off" });
  const bounded = createClient({ ...tenant, logLevel: "off", timeout: 60_000 });
  await client.listWorkflows();
  await bounded.listWorkflows();
  const [token] = tenant.state.tokens.keys();
  const url = `${tenant.baseUrl}/v3/workflows`;
  const headers = { authorization: `Bearer ${token}`, accept: "application/json" };

  const contenders = {
    "raw fetch": async () => (await fetch(url, { headers })).json(),
    sailkit: () => client.listWorkflows(),
    "sailkit, timeout: 60 s": () => bounded.listWorkflows(),
  };
  if (existsSync(peerFolder)) contenders[PEER] = peerCall(tenant.baseUrl, token);

  const times = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  const cpu = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (const [name, call] of Object.entries(contenders)) {
    for (let i = 0; i < (name === PEER ? 50 : warmup); i += 1) await call();
  }

  for (let done = 0; done < calls; done += block) {
    const order = Object.entries(contenders).filter(([name]) => name !== PEER || done < peerCalls);
    if ((done / block) % 2) order.reverse();
    for (const [name, call] of order) {
      const used = process.cpuUsage();
      for (let i = 0; i < block; i += 1) {
        const started = process.hrtime.bigint();
        await call();
        times[name].push(Number(process.hrtime.bigint() - started) / 1e3);
      }
      const { user, system } = process.cpuUsage(used);
      cpu[name].push((user + system) / block);
    }
    globalThis.gc?.();
  }
  await tenant.close();

  return Object.fromEntries(
    Object.entries(times).map(([name, list]) => [
      name,
      {
        calls: list.length,
        mean: mean(list),
        cpu: mean(cpu[name]),
        first: mean(list.slice(0, 1_000)),
        last: mean(list.slice(-1_000)),
      },
    ]),
  );
}

function peerCall(baseUrl, token) {
  const { Configuration, WorkflowsApi } = createRequire(import.meta.url)(peerFolder);
  const configuration = new Configuration({ baseurl: baseUrl, accessToken: token });
  // Never let axios take a proxy from the environment: the calls stay on loopback.
  configuration.baseOptions = { proxy: false };
  const api = new WorkflowsApi(configuration);
  return () => api.listWorkflows();
}
