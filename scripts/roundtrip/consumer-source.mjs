// The consumer file of the registry round trip, as text: TypeScript that imports the installed
// @sailkit/* packages. It is written into the consumer project, type-checked there (strict,
// NodeNext) and run; it is kept as text so that the workspace's tools, which cannot resolve
// those packages from here, never read it as code.

/** The consumer's source: lists, creates and reads workflows on the installed mock tenant. */
export const CONSUMER_SOURCE = `\
// A project that installed @sailkit/* from a registry, type-checked and run by
// scripts/registry-roundtrip.mjs: it lists, creates and reads workflows on the mock tenant of
// the installed @sailkit/fixtures through the installed @sailkit/client, and uses the installed
// @sailkit/v3, @sailkit/filters and @sailkit/codegen the way their READMEs show.
import { createClient } from "@sailkit/client";
import { toCamelCase } from "@sailkit/codegen";
import { formatFilter, parseFilter } from "@sailkit/filters";
import { startMockTenant } from "@sailkit/fixtures";
import { operationMetadata, type components } from "@sailkit/v3";

type Workflow = components["schemas"]["Workflow"];

const tenant = await startMockTenant();
try {
  const client = createClient({
    baseUrl: tenant.baseUrl,
    clientId: tenant.clientId,
    clientSecret: tenant.clientSecret,
  });

  const listed = await client.GET("/workflows", { params: { query: { limit: 10 } } });
  if (!listed.data) throw new Error(\`listWorkflows failed: \${listed.response.status}\`);
  const names: string[] = listed.data.map((workflow: Workflow) => workflow.name ?? "");

  const created = await client.POST("/workflows", { body: { name: "Round trip" } });
  if (!created.data?.id) throw new Error(\`createWorkflow failed: \${created.response.status}\`);
  const read = await client.GET("/workflows/{id}", { params: { path: { id: created.data.id } } });

  const filter = formatFilter(parseFilter('status eq "Failed"'));
  const summary = {
    listed: names.length,
    created: read.data?.name,
    enabled: read.data?.enabled,
    method: operationMetadata.listWorkflows.method,
    filter,
    name: toCamelCase("list-workflows"),
  };
  console.log(\`round trip ok: \${JSON.stringify(summary)}\`);
} finally {
  await tenant.close();
}
`;
