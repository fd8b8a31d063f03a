// @sailkit/pagination over the mock tenant: 50,000 workflows paged sequentially against
// `concurrency: 4`, side by side with the ratio, on plain loopback and with a simulated network
// delay per request; then the peak heap growth while 5,000 and 50,000 items pass through.
// The tenant runs in a worker thread, so its work and heap are apart from the paginator's.
import { getHeapStatistics } from "node:v8";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { median, ms } from "./timing.mjs";

const packages = new URL("../packages/", import.meta.url);

/** Called every 100 items while a peak is measured. */
let sample = () => {};
const load = (name) => import(new URL(`${name}/dist/index.js`, packages).href);

if (!isMainThread) {
  const { buildWorkflow, startMockTenant } = await load("fixtures");
  const workflows = Array.from({ length: workerData.items }, () => buildWorkflow());
  const tenant = await startMockTenant({ workflows, identities: workerData.items });
  const { baseUrl, clientId, clientSecret } = tenant;
  parentPort.postMessage({ baseUrl, clientId, clientSecret });
  parentPort.once("message", () => void tenant.close().then(() => process.exit(0)));
} else {
  await main();
}

async function main() {
  const items = 50_000;
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const delays = (process.env.BENCH_DELAYS ?? "0,20,50").split(",").map(Number);
  const { createClient } = await load("client");
  const { collect, paginate } = await load("pagination");

  const worker = new Worker(new URL(import.meta.url), { workerData: { items } });
  const tenant = await new Promise((resolve) => worker.once("message", resolve));
  const clientWith = (delay) =>
    createClient({ ...tenant, fetch: delay ? delayed(delay) : undefined });

  console.log(`${items.toLocaleString("en")} workflows (listWorkflows, page size 250),`);
  console.log(`median of ${runs} runs; the tenant runs in a worker thread\n`);
  console.log("| network | sequential | concurrency: 4 | speed-up |\n| --- | --- | --- | --- |");
  for (const delay of delays) {
    const client = clientWith(delay);
    await collect(paginate(client, "/workflows"), 1_000);
    const time = (concurrency) =>
      timeRuns(runs, () => drain(paginate(client, "/workflows", {}, { concurrency }), items));
    const [one, four] = [await time(1), await time(4)];
    const network = delay ? `${delay} ms per request` : "loopback";
    const ratio = `${(one / four).toFixed(2)}x`;
    console.log(`| ${network} | ${ms(one)} | ${ms(four)} | ${ratio} |`);
  }

  const client = clientWith(0);
  const search = (max) =>
    paginate(client, "/search", { body: { indices: ["identities"], sort: ["lastName"] } }, { max });
  const lists = [
    [
      "listWorkflows, concurrency: 4",
      (max) => paginate(client, "/workflows", {}, { concurrency: 4, max }),
    ],
    ["searchPost, sort [lastName]", search],
  ];

  console.log("\nheap above the baseline (after a full collection) while items pass through:");
  console.log("the peak, sampled every 100 items; and the most still live, collecting every");
  console.log("1,000 items\n");
  console.log("| operation | items | peak | live |\n| --- | --- | --- | --- |");
  for (const [name, make] of lists) {
    await drain(make(1_000), 1_000);
    for (const count of [5_000, items]) {
      const peak = await heapGrowth(() => drain(make(count), count), false);
      const live = await heapGrowth(() => drain(make(count), count), true);
      console.log(`| ${name} | ${count.toLocaleString("en")} | ${mb(peak)} | ${mb(live)} |`);
    }
  }

  worker.postMessage("close");
}

/** A fetch that waits `delay` ms before each request, as a network round trip would. */
function delayed(delay) {
  return async (request) => {
    await new Promise((resolve) => setTimeout(resolve, delay));
    return fetch(request);
  };
}

/** Iterates every item, keeping none; throws when the count is not the one expected. */
async function drain(paginated, expected) {
  let count = 0;
  for await (const _item of paginated) {
    count += 1;
    if (count % 100 === 0) sample();
  }
  if (count !== expected) throw new Error(`expected ${expected} items, got ${count}`);
}

async function timeRuns(runs, run) {
  const times = [];
  for (let index = 0; index < runs; index += 1) {
    const started = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times.sort((a, b) => a - b));
}

/**
 * The highest heap use during `run` above that after a full collection before it. With
 * `collect`, each sample (every 1,000 items) follows a full collection: what is still held.
 */
async function heapGrowth(run, collect) {
  if (typeof globalThis.gc !== "function") throw new Error("run with node --expose-gc");
  globalThis.gc();
  const baseline = getHeapStatistics().used_heap_size;
  let peak = baseline;
  let calls = 0;
  sample = () => {
    calls += 1;
    if (collect && calls % 10 !== 0) return;
    if (collect) globalThis.gc();
    peak = Math.max(peak, getHeapStatistics().used_heap_size);
  };

  await run();
  sample = () => {};
  return peak - baseline;
}

function mb(bytes) {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}
