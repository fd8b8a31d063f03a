/**
 * @sailkit/client/node: the configuration readers that need the file system, kept out of the
 * core so that `@sailkit/client` bundles for a browser.
 */
export { loadConfiguration, type ConfigurationPlaces } from "./node/load-configuration.js";
export { readConfigJson } from "./node/config-json.js";
export { readSailPointConfig } from "./node/config-yaml.js";
