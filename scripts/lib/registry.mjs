// The registry a release publishes to: which ones are allowed, how to authenticate to one,
// and a check of what it serves after publishing.

const LOOPBACK = /^(127(\.\d{1,3}){3}|localhost|\[::1\])$/;

/**
 * Answers the registry URL once it is allowed: it must be given, and one that is not on
 * loopback (127.0.0.0/8, localhost, [::1]) must be https and confirmed with `public`.
 */
export function allowedRegistry(value, { public: confirmed = false } = {}) {
  if (!value) throw new Error("name the registry: --registry <url> or SAILKIT_REGISTRY");

  const url = new URL(value);
  if (LOOPBACK.test(url.hostname)) return url.href.replace(/\/?$/, "/");
  if (url.protocol !== "https:") throw new Error(`refusing ${url.href}: not loopback, not https`);
  if (!confirmed) {
    throw new Error(
      `refusing ${url.href}: not a loopback registry; pass --public to publish there`,
    );
  }

  return url.href.replace(/\/?$/, "/");
}

/** npm's command-line setting of a token for one registry: `--//host:port/:_authToken=...`. */
export function authSetting(registry, token) {
  const url = new URL(registry);

  return `--//${url.host}${url.pathname}:_authToken=${token}`;
}

/** The registry's document of a package (every version's manifest), or `undefined`. */
export async function fetchPackument(registry, name, token) {
  const headers = token ? { authorization: `Bearer ${token}` } : {};
  const url = new URL(name.replace("/", "%2f"), registry);
  // One retry: a registry may close an idle keep-alive socket just as it is reused.
  const response = await fetch(url, { headers }).catch(() => fetch(url, { headers }));
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${registry} answered ${response.status} for ${name}`);

  return response.json();
}

/**
 * Checks that the registry serves every package of the group at `version`, and that each
 * published manifest names real versions: no `workspace:` range, and the group's own
 * packages at exactly `version`. Answers the problems found.
 */
export async function verifyPublished(registry, group, version, token) {
  const names = new Set(group.map((entry) => entry.name));
  const problems = [];

  for (const { name } of group) {
    const manifest = (await fetchPackument(registry, name, token))?.versions?.[version];
    if (!manifest) {
      problems.push(`${name}@${version} is not on ${registry}`);
      continue;
    }

    for (const field of ["dependencies", "peerDependencies", "optionalDependencies"]) {
      for (const [dependency, range] of Object.entries(manifest[field] ?? {})) {
        if (String(range).startsWith("workspace:")) {
          problems.push(`${name}@${version} ${field}.${dependency} is ${range}`);
        } else if (names.has(dependency) && range !== version) {
          problems.push(`${name}@${version} ${field}.${dependency} is ${range}, not ${version}`);
        }
      }
    }
  }

  return problems;
}
