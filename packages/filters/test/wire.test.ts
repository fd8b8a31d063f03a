import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import createClient from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filterKit } from "../src/index.js";
import { metadata } from "./fixtures/metadata.js";
import type { paths } from "./fixtures/paths.js";
import type { operations } from "./fixtures/schema.js";

const kit = filterKit<operations>()(metadata);
const workflows = kit.filters("listWorkflows");
const seen: { filters: string | null; filter: string | null; sorters: string | null }[] = [];
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const query = new URL(request.url ?? "/", "http://127.0.0.1").searchParams;
    seen.push({
      filters: query.get("filters"),
      filter: query.get("filter"),
      sorters: query.get("sorters"),
    });
    response.writeHead(200, { "content-type": "application/json" }).end("[]");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends `filters` with openapi-fetch's default serializer; answers what the server read. */
async function send(filters: string, client = createClient<paths>({ baseUrl })) {
  const { response } = await client.GET("/workflows", { params: { query: { filters } } });
  expect(response.status).toBe(200);
  return seen.at(-1)!;
}

const hostile = ["#", "%", "%25", "&x=1", "+", "a + b", '"', "\\", "=?/", " "];
hostile.push("ü", "東京", "😀");

describe("filters over HTTP with openapi-fetch", () => {
  it.each(hostile)("%j arrives as formatted", async (value) => {
    const built = workflows.eq("triggerId", `id${value}end`).and(workflows.eq("enabled", true));
    expect((await send(built.text)).filters).toBe(built.text);
  });

  it("any string value arrives intact, once encoded", async () => {
    const value = fc.string({ unit: "grapheme", maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(value, async (text) => {
        const built = workflows.eq("connectorInstanceId", text).text;
        expect((await send(built)).filters).toBe(built);
      }),
      { numRuns: 10_000 },
    );
  });

  it("goes under the operation's own parameter name, with sorters beside it", async () => {
    const reports = kit.filters("listReports");
    const client = createClient<paths>({ baseUrl });
    await client.GET("/reports", {
      params: { query: { [reports.param]: reports.eq("type", "CSV").text } },
    });
    expect(seen.at(-1)).toMatchObject({ filter: 'type eq "CSV"', filters: null });

    const sorters = kit.sorters("listWorkflows").by("-modified", "name");
    await client.GET("/workflows", { params: { query: { sorters } } });
    expect(seen.at(-1)?.sorters).toBe("-modified,name");
  });

  it("takes the text: openapi-fetch refuses the Filter object itself, loudly", async () => {
    const built = workflows.eq("enabled", true);
    const client = createClient<paths>({ baseUrl });
    const filters = built as unknown as string;

    await expect(client.GET("/workflows", { params: { query: { filters } } })).rejects.toThrow(
      /Deeply-nested/,
    );
    expect((await send(built.text)).filters).toBe("enabled eq true");
  });

  it("breaks on + and # if the client is set to allowReserved (sailkit never is)", async () => {
    const { text } = workflows.eq("triggerId", "a+b#c");
    const reserved = createClient<paths>({ baseUrl, querySerializer: { allowReserved: true } });
    expect((await send(text, reserved)).filters).not.toBe(text);
  });
});
