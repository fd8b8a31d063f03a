import type { ChangeLevel, SpecDiff } from "./change.js";

const HEADINGS: [ChangeLevel, string][] = [
  ["breaking", "Breaking"],
  ["non-breaking", "Non-breaking"],
  ["info", "Info"],
];

/**
 * The diff as text for a person: a first line with the bump and the count at each level,
 * then every change under its level, one sentence a line.
 */
export function formatDiff(diff: SpecDiff): string {
  const counts = HEADINGS.map(([level]) => {
    const count = diff.changes.filter((change) => change.level === level).length;
    return `${count} ${level}`;
  });
  const lines = [`bump: ${diff.bump} (${counts.join(", ")})`];

  for (const [level, heading] of HEADINGS) {
    const changes = diff.changes.filter((change) => change.level === level);
    if (changes.length === 0) continue;

    lines.push("", `${heading} (${changes.length}):`);
    for (const change of changes) lines.push(`  - ${change.message}`);
  }

  return lines.join("\n");
}

/** Whether any change is at `level` or more severe (`info` < `non-breaking` < `breaking`). */
export function reaches(diff: SpecDiff, level: ChangeLevel): boolean {
  const rank = (value: ChangeLevel) => HEADINGS.findIndex(([name]) => name === value);

  return diff.changes.some((change) => rank(change.level) <= rank(level));
}
