/**
 * What went wrong: `invalid-option` is a programmer error thrown by `createCollector`; the others describe a failed
 * HTTP try and appear in `dropped` details and retry decisions.
 */
export type CollectorErrorCode = 'invalid-option' | 'http' | 'timeout' | 'network' | 'aborted';

/** The one error type of the collector; switch on `code`. */
export class CollectorError extends Error {
  /** Literal, so the guard below also recognises errors made in another realm (iframe, worker, VM). */
  override readonly name = 'CollectorError' as const;
  /** Stable machine-readable cause. */
  readonly code: CollectorErrorCode;
  /** HTTP status, for `code: 'http'`. */
  readonly status?: number;

  constructor(code: CollectorErrorCode, message: string, options?: { status?: number; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    if (options?.status !== undefined) this.status = options.status;
  }
}

/** True for a `CollectorError`, including one from another realm, where `instanceof` fails. */
export function isCollectorError(value: unknown): value is CollectorError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'CollectorError' &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}
