/** A config object under construction, written by key. */
export type Named = Record<string, unknown>;

/** Own property check that a polluted or overridden `hasOwnProperty` cannot fool. */
export const has = (o: object, key: string): boolean => Object.hasOwn(o, key);

/** A non-null, non-array object: the only shape an options bag may have. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The one error shape of the loader: `data-sample-rate must be a number from 0 to 1, got "abc"`.
 * Objects are described by kind only, so a hostile `toString` is never called.
 */
export function bad(name: string, expected: string, value: unknown): TypeError {
  const got =
    typeof value === 'string'
      ? JSON.stringify(value.slice(0, 60))
      : typeof value === 'object' && value
        ? Array.isArray(value)
          ? 'an array'
          : 'an object'
        : String(value);
  return new TypeError(`npskit: ${name} must be ${expected}, got ${got}`);
}
