import { TimeoutError, type RequestTarget } from "./errors.js";

/**
 * The signal of one call: the caller's signal and the call's timeout in one. The timeout
 * covers the whole call (token, attempts, retry waits and reading the body); {@link end}
 * clears the timer and lets go of the caller's signal, so nothing outlives the call.
 */
export class CallScope {
  /** The signal to send with; undefined when the call has neither a signal nor a timeout. */
  readonly signal: AbortSignal | undefined;
  /** When the timeout ends, in `Date.now()` time. */
  readonly deadline: number | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #release: (() => void) | undefined;
  #timedOut = false;

  constructor(
    caller: AbortSignal | undefined,
    private readonly timeoutMs: number,
  ) {
    if (!timeoutMs) {
      this.signal = caller;
      this.deadline = undefined;
      return;
    }

    const controller = new AbortController();
    this.signal = controller.signal;
    this.deadline = Date.now() + timeoutMs;
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, "TimeoutError"));
    }, timeoutMs);

    if (!caller) return;
    if (caller.aborted) controller.abort(caller.reason);
    const onAbort = () => controller.abort(caller.reason);
    caller.addEventListener("abort", onAbort, { once: true });
    this.#release = () => caller.removeEventListener("abort", onAbort);
  }

  /** The error to throw for one that ended the call: a {@link TimeoutError} if time ran out. */
  translate(error: unknown, target: RequestTarget): unknown {
    return this.#timedOut ? new TimeoutError(target, this.timeoutMs) : error;
  }

  /** Clears the timer and the listener on the caller's signal. */
  end(): void {
    clearTimeout(this.#timer);
    this.#release?.();
  }
}
