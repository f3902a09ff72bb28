/**
 * What went wrong: `invalid-option` is a programmer error thrown by `createCollector`; the others describe a failed
 * HTTP try and appear in `dropped` details and retry decisions.
 */
export type CollectorErrorCode = 'invalid-option' | 'http' | 'timeout' | 'network' | 'aborted';

/** The one error type of the collector; switch on `code`. */
export class CollectorError extends Error {
  // `declare` fields emit no class-field code (which es2020 builds turn into helpers); the constructor sets them.
  /** Literal, so the guard below also recognises errors made in another realm (iframe, worker, VM). */
  declare readonly name: 'CollectorError';
  /** Stable machine-readable cause. */
  declare readonly code: CollectorErrorCode;
  /** HTTP status, for `code: 'http'`. */
  declare readonly status?: number;

  constructor(code: CollectorErrorCode, message: string, options?: { status?: number; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CollectorError';
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
