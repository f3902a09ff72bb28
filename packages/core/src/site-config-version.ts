/**
 * The version rule of the site configuration. `version` is `MAJOR.MINOR`:
 * - a new MINOR only adds optional fields that an older reader may safely ignore (a new text, a display option);
 *   a reader of 1.0 reads a 1.3 file, ignoring what it does not know (listed as warnings, never errors);
 * - a new MAJOR changes what existing fields mean, or adds something an old reader must not ignore (a new kind
 *   of condition that would otherwise show a survey to the wrong people); a reader of 1.x refuses a 2.0 file and
 *   says so, and the client keeps its last good configuration.
 */

import { describeValue } from './describe-value';

/** The format this version of npskit writes and reads. */
export const SITE_CONFIG_VERSION = '1.0';

const FORMAT = /^(\d{1,4})\.(\d{1,4})$/;

/** What a reader makes of a file's `version`. */
export type VersionCheck =
  | {
      ok: true;
      /** The file is a newer minor version: fields this reader does not know are ignored, not errors. */
      newer: boolean;
    }
  | { ok: false; message: string };

/**
 * Whether a reader of `reader` (default {@link SITE_CONFIG_VERSION}) can read a file of `version`.
 * @example
 * checkSiteConfigVersion('1.2'); // { ok: true, newer: true }
 * checkSiteConfigVersion('2.0'); // { ok: false, message: 'is format 2.0; this npskit reads format 1.x only: …' }
 */
export function checkSiteConfigVersion(version: unknown, reader: string = SITE_CONFIG_VERSION): VersionCheck {
  const mine = FORMAT.exec(reader)!;
  const theirs = typeof version === 'string' ? FORMAT.exec(version) : null;
  if (!theirs) {
    return {
      ok: false,
      message: `must be a format version such as "${SITE_CONFIG_VERSION}", got ${describeValue(version)}`,
    };
  }
  if (Number(theirs[1]) !== Number(mine[1])) {
    return {
      ok: false,
      message: `is format ${version}; this npskit reads format ${mine[1]}.x only: update npskit.js (or publish the file in format ${mine[1]}.x)`,
    };
  }
  return { ok: true, newer: Number(theirs[2]) > Number(mine[2]) };
}
