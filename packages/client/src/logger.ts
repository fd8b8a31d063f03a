import { ConfigurationError } from "./errors.js";
import type { Redactor } from "./redact.js";

/** How much the client logs; each level includes the ones before it. `warn` by default. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Values a log line carries besides its message, for loggers that keep fields. */
export type LogFields = Readonly<Record<string, string | number | boolean | undefined>>;

/** Where log lines go: pino, winston, the console or a test's array all fit. */
export interface Logger {
  error(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
}

const RANKS: Readonly<Record<LogLevel, number>> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** The level from the option, else `SAILKIT_LOG`, else `warn`; a wrong value names its source. */
export function resolveLogLevel(option: LogLevel | undefined, env: string | undefined): LogLevel {
  if (option !== undefined) return checkLevel(option, "logLevel", "the logLevel option");
  if (env !== undefined && env !== "") return checkLevel(env, "SAILKIT_LOG", "SAILKIT_LOG");
  return "warn";
}

function checkLevel(value: string, setting: string, where: string): LogLevel {
  if (Object.hasOwn(RANKS, value)) return value as LogLevel;

  const levels = Object.keys(RANKS).join(", ");
  throw new ConfigurationError(setting, `${where} is ${JSON.stringify(value)}: use ${levels}`);
}

/** The client's own log: drops lines below its level and redacts every line it passes on. */
export class Log {
  readonly #rank: number;

  constructor(
    readonly level: LogLevel,
    private readonly logger: Logger,
    private readonly redactor: Redactor,
  ) {
    this.#rank = RANKS[level];
  }

  /** Whether lines of `level` are written; check it before building a costly line. */
  enabled(level: Exclude<LogLevel, "off">): boolean {
    return RANKS[level] <= this.#rank;
  }

  /** Writes a line of `level` if the level is enabled, secrets blanked. */
  write(level: Exclude<LogLevel, "off">, message: string, fields?: LogFields): void {
    if (!this.enabled(level)) return;

    const clean = this.redactor.text(message);
    if (fields) this.logger[level](clean, fields);
    else this.logger[level](clean);
  }

  /** Names the level only. */
  toString(): string {
    return `Log(${this.level})`;
  }
}
