import createFetchClientExport from "openapi-fetch";

/**
 * openapi-fetch's `createClient`, the same function in both of our builds. openapi-fetch's
 * CommonJS build exports it as `exports.default`; a CommonJS bundle of an ES module sees that
 * whole exports object as the default import, so the function is one level further down there.
 */
export const createFetchClient: typeof createFetchClientExport =
  typeof createFetchClientExport === "function"
    ? createFetchClientExport
    : (createFetchClientExport as unknown as { default: typeof createFetchClientExport }).default;
