import { expect, it } from 'vitest';
import { checkSiteConfigVersion, SITE_CONFIG_VERSION } from './site-config-version';

it('reads its own and newer minor formats, refuses other majors and anything else', () => {
  expect(SITE_CONFIG_VERSION).toBe('1.0');
  expect(checkSiteConfigVersion('1.0')).toEqual({ ok: true, newer: false });
  expect(checkSiteConfigVersion('1.7')).toEqual({ ok: true, newer: true });
  expect(checkSiteConfigVersion('1.0', '1.2')).toEqual({ ok: true, newer: false });
  expect(checkSiteConfigVersion('0.9')).toMatchObject({
    ok: false,
    message: expect.stringContaining('this npskit reads format 1.x only'),
  });
  expect(checkSiteConfigVersion('2.0')).toEqual({
    ok: false,
    message: 'is format 2.0; this npskit reads format 1.x only: update npskit.js (or publish the file in format 1.x)',
  });
  for (const bad of [1, '1', 'v1.0', '1.0.0', null, { major: 1 }]) {
    expect(checkSiteConfigVersion(bad).ok).toBe(false);
  }
});
