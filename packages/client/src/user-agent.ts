/** The package version, replaced at build time; `0.0.0-dev` when run from source. */
declare const __SAILKIT_VERSION__: string | undefined;

/** The `User-Agent` every request carries: `sailkit/<version> node/<version> (<platform>)`. */
export function userAgent(): string {
  const version = typeof __SAILKIT_VERSION__ === "string" ? __SAILKIT_VERSION__ : "0.0.0-dev";

  return `sailkit/${version} node/${process.versions.node} (${process.platform}; ${process.arch})`;
}
