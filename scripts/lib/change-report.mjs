// Words for a spec diff (the JSON of `sailkit diff --json`): the change report of
// spec-changes/ and the text of the changeset that releases the change.

const SECTIONS = [
  ["breaking", "Breaking changes"],
  ["non-breaking", "Other changes a caller can use"],
  ["info", "Documentation and other changes"],
];

/** How many changes the diff has at each level: `{ breaking, "non-breaking", info }`. */
export function countLevels(diff) {
  const counts = { breaking: 0, "non-breaking": 0, info: 0 };
  for (const change of diff.changes) counts[change.level] += 1;

  return counts;
}

/** The Markdown change report: the bump, the counts, then every change under its level. */
export function reportMarkdown(diff, { date, source, base, head }) {
  const counts = countLevels(diff);
  const lines = [
    `# Spec update of ${date}`,
    "",
    `- source: \`${source}\``,
    `- from: ${base}`,
    `- to: ${head}`,
    `- bump: **${diff.bump}** (${counts.breaking} breaking, ` +
      `${counts["non-breaking"]} non-breaking, ${counts.info} info)`,
  ];

  for (const [level, title] of SECTIONS) {
    const changes = diff.changes.filter((change) => change.level === level);
    if (changes.length === 0) continue;

    lines.push("", `## ${title} (${changes.length})`, "");
    for (const change of changes) lines.push(`- ${change.message} (\`${change.kind}\`)`);
  }

  return `${lines.join("\n")}\n`;
}

/**
 * The changeset's text: one line for the changelog, then each breaking change in plain
 * words, so whoever upgrades sees what to change in their code.
 */
export function changesetText(diff, reportPath) {
  const counts = countLevels(diff);
  const summary =
    `The v3 spec was updated: ${counts.breaking} breaking, ${counts["non-breaking"]} ` +
    `other and ${counts.info} documentation changes (report: ${reportPath}).`;
  const breaking = diff.changes.filter((change) => change.level === "breaking");
  if (breaking.length === 0) return summary;

  return [summary, "", "Breaking changes:", "", ...breaking.map((c) => `- ${c.message}`)].join(
    "\n",
  );
}
