import { describe } from '../validate-content';

/** A config object under construction, written by key. */
export type Named = Record<string, unknown>;

/** Own property check that a polluted or overridden `hasOwnProperty` cannot fool. */
export const has = (o: object, key: string): boolean => Object.hasOwn(o, key);

// One shape check for the rules chunk and the content validator it shares a bundle with.
export { isRecord as isPlainObject } from '../validate-content';

/**
 * The one error shape of the loader: `data-sample-rate must be a number from 0 to 1, got "abc"`.
 * Objects are described by kind only, so a hostile `toString` is never called.
 */
export function bad(name: string, expected: string, value: unknown): TypeError {
  return new TypeError(`npskit: ${name} must be ${expected}, got ${describe(value)}`);
}
