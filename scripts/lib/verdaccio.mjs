// A throwaway Verdaccio registry on 127.0.0.1: storage in a given folder, no uplinks (it
// never fetches from anywhere), stopped by its process id.
import { spawn } from "node:child_process";
import { openSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";

/** A free TCP port on 127.0.0.1, found by listening on port 0 and closing again. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));

  return port;
}

function configText(folder, port) {
  return `# Written by scripts/lib/verdaccio.mjs for one round trip.
storage: ${JSON.stringify(path.join(folder, "storage"))}
listen: 127.0.0.1:${port}
auth:
  htpasswd:
    file: ${JSON.stringify(path.join(folder, "htpasswd"))}
    max_users: 10
uplinks: {}
packages:
  "**":
    access: $all
    publish: $authenticated
publish:
  allow_offline: true
web:
  enable: false
# Longer than a client's idle keep-alive, so the client always closes an idle socket first.
server:
  keepAliveTimeout: 60
log: { type: stdout, format: pretty, level: warn }
`;
}

/**
 * Starts Verdaccio (the version the workspace pins) with its config, storage and log in
 * `folder`, and waits until it answers. Answers `{ url, pid, log, stop() }`.
 */
export async function startVerdaccio(folder) {
  const port = await freePort();
  const config = path.join(folder, "config.yaml");
  writeFileSync(config, configText(folder, port));

  const manifest = createRequire(import.meta.url).resolve("verdaccio/package.json");
  const bin = path.join(path.dirname(manifest), "bin", "verdaccio");
  const log = path.join(folder, "verdaccio.log");
  const output = openSync(log, "a");
  const child = spawn(process.execPath, [bin, "--config", config], {
    stdio: ["ignore", output, output],
  });
  const exited = new Promise((resolve) => child.once("exit", resolve));

  const url = `http://127.0.0.1:${port}/`;
  const stop = () => stopProcess(child, exited);
  try {
    await waitUntilUp(url, exited);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n${readFileSync(log, "utf8")}`, { cause: error });
  }

  return { url, pid: child.pid, log, stop };
}

async function waitUntilUp(url, exited) {
  let gone = false;
  void exited.then(() => (gone = true));

  for (const started = Date.now(); Date.now() - started < 30_000;) {
    if (gone) throw new Error("Verdaccio exited while starting");
    const answer = await fetch(new URL("-/ping", url)).catch(() => undefined);
    if (answer?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Verdaccio did not answer on ${url} within 30 s`);
}

/** Ends the process by its id: SIGTERM, then SIGKILL if it is still there after 5 s. */
async function stopProcess(child, exited) {
  if (child.exitCode !== null || child.signalCode !== null) return;

  process.kill(child.pid, "SIGTERM");
  const timeout = new Promise((resolve) => setTimeout(resolve, 5_000, "timeout").unref());
  if ((await Promise.race([exited, timeout])) === "timeout") {
    process.kill(child.pid, "SIGKILL");
    await exited;
  }
}

/** Creates a user on the registry (npm's login call) and answers its auth token. */
export async function createUser(url, name, password) {
  const response = await fetch(new URL(`-/user/org.couchdb.user:${name}`, url), {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name, password, type: "user", roles: [] }),
  });
  const body = await response.json();
  if (!response.ok || typeof body.token !== "string") {
    throw new Error(
      `creating ${name} on ${url} failed: ${response.status} ${JSON.stringify(body)}`,
    );
  }

  return body.token;
}
