/**
 * @sailkit/v3: the types (`paths`, `components`, `operations`) and the operation metadata of
 * the SailPoint ISC v3 API as described by sailkit's own spec in `openapi/`. The contents of
 * `generated/` are written by `sailkit generate` at build time and are not committed.
 */
export * from "../generated/index.js";
