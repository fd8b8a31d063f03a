/** Where the demo writes its account of each step. */
export interface Report {
  step(title: string): void;
  line(text: string): void;
}

/** A report on a stream, numbering the steps. */
export function streamReport(write: (text: string) => void): Report {
  let count = 0;

  return {
    step(title) {
      count += 1;
      write(`\n${count}. ${title}\n`);
    },
    line(text) {
      write(`   ${text}\n`);
    },
  };
}

/** Throws with the service's own words when a call did not succeed. */
export function expectOk<T>(
  what: string,
  result: { data?: T; error?: unknown; response: Response },
) {
  if (result.error !== undefined || (result.data === undefined && result.response.status >= 300)) {
    const detail = JSON.stringify(result.error ?? null);
    throw new Error(`${what} failed: ${result.response.status} ${detail}`);
  }

  return result.data as T;
}
