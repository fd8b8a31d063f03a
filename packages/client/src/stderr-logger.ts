import type { Logger } from "./logger.js";

type Level = keyof Logger;

/**
 * The default {@link Logger}: one line per message on standard error in Node, Bun and Deno,
 * `sailkit warn: ...`. Its fields are left out: every message says what they say. In a
 * browser, which has no standard error, lines go to the console, the one sink there is.
 */
export const stderrLogger: Logger = {
  error: (message) => emit("error", message),
  warn: (message) => emit("warn", message),
  info: (message) => emit("info", message),
  debug: (message) => emit("debug", message),
};

interface Stderr {
  write(text: string): unknown;
}

function emit(level: Level, message: string): void {
  const line = `sailkit ${level}: ${message}`;

  const stderr = (globalThis as { process?: { stderr?: Stderr } }).process?.stderr;
  if (stderr) {
    stderr.write(`${line}\n`);
    return;
  }
  // A browser has no standard error: its console is the one sink there is.
  globalThis.console?.[level](line);
}
