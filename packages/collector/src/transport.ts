import ky, { isTimeoutError } from 'ky';
import { CollectorError } from './errors';
import type { ResolvedOptions } from './options';
import { parseRetryAfter, statusMeaning } from './protocol';

/** What one HTTP try means for its batch. */
export type Outcome =
  | { meaning: 'accepted' }
  | { meaning: 'rejected' | 'split'; error: CollectorError }
  | { meaning: 'retry'; error: CollectorError; retryAfterMs?: number };

/** POSTs one body once; never throws. */
export type Post = (body: string, signal: AbortSignal) => Promise<Outcome>;

// Longest response text kept as the detail of a rejection.
const DETAIL_CHARS = 200;

/**
 * One try per call: ky runs with `retry: 0` and the retry loop lives in the client. ky's own loop re-sends the same
 * Request, so it cannot split a batch on 413, re-check the cross-tab lease before each try, measure `Retry-After` and
 * the round's total time on the injected clock, or sleep on the injected timers that dispose() cancels.
 * ky still gives us the per-try timeout (in ky 1 `timeout` applies to each try) with a proper abort.
 */
export function createTransport(options: ResolvedOptions): Post {
  const client = ky.create({
    method: 'post',
    retry: 0,
    throwHttpErrors: false,
    timeout: options.timeout,
    fetch: options.fetch,
    headers: { ...options.headers, 'content-type': options.contentType },
  });
  return async (body, signal) => {
    let response: Response;
    try {
      response = await client(options.endpoint, { body, signal });
    } catch (error) {
      const code = signal.aborted ? 'aborted' : isTimeoutError(error) ? 'timeout' : 'network';
      const message = code === 'timeout' ? `no answer within ${options.timeout} ms` : String(error);
      return { meaning: 'retry', error: new CollectorError(code, message, { cause: error }) };
    }
    const { status } = response;
    const meaning = statusMeaning(status);
    if (meaning === 'accepted') {
      // Free the connection; the body of an accepted batch means nothing to us.
      response.body?.cancel().catch(() => {});
      return { meaning };
    }
    const text = meaning === 'retry' ? '' : await readText(response, options);
    const error = new CollectorError('http', `HTTP ${status}${text ? `: ${text}` : ''}`, { status });
    if (meaning !== 'retry') return { meaning, error };
    response.body?.cancel().catch(() => {});
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), options.now());
    return retryAfterMs === undefined ? { meaning, error } : { meaning, error, retryAfterMs };
  };
}

/** The start of the response text, or '' if it does not arrive within the timeout. */
async function readText(response: Response, options: ResolvedOptions): Promise<string> {
  let timer: unknown;
  const late = new Promise<string>((resolve) => {
    timer = options.setTimeout(() => resolve(''), options.timeout);
  });
  try {
    const text = await Promise.race([response.text().catch(() => ''), late]);
    return text.trim().slice(0, DETAIL_CHARS);
  } finally {
    options.clearTimeout(timer);
  }
}
