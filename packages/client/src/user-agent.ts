/** The package version, replaced at build time; `0.0.0-dev` when run from source. */
declare const __SAILKIT_VERSION__: string | undefined;

interface Runtime {
  versions?: { node?: string; bun?: string };
  platform?: string;
  arch?: string;
}

/**
 * The `User-Agent` every request carries: `sailkit/<version> node/<version> (<platform>;
 * <arch>)`, or `bun/<version>`. Elsewhere (a browser, which sets its own) `sailkit/<version>`.
 */
export function userAgent(): string {
  const version = typeof __SAILKIT_VERSION__ === "string" ? __SAILKIT_VERSION__ : "0.0.0-dev";
  const runtime = (globalThis as { process?: Runtime }).process;
  const platform = runtime?.platform ? ` (${runtime.platform}; ${runtime.arch ?? "unknown"})` : "";

  if (runtime?.versions?.bun) return `sailkit/${version} bun/${runtime.versions.bun}${platform}`;
  if (runtime?.versions?.node) return `sailkit/${version} node/${runtime.versions.node}${platform}`;
  return `sailkit/${version}`;
}
