import { afterEach, expect, it, vi } from 'vitest';
import { randomId } from './uuid';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

afterEach(() => vi.unstubAllGlobals());

it('uses crypto.randomUUID where it exists', () => {
  const spy = vi.spyOn(crypto, 'randomUUID');
  expect(randomId()).toMatch(V4);
  expect(spy).toHaveBeenCalled();
});

it('falls back to getRandomValues on insecure (plain http) pages, still a v4 UUID', () => {
  const real = globalThis.crypto;
  vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array<ArrayBuffer>) => real.getRandomValues(a) });
  const ids = new Set(Array.from({ length: 200 }, randomId));
  expect(ids.size).toBe(200);
  for (const id of ids) expect(id).toMatch(V4);
});

it('still makes a v4-shaped id without any crypto', () => {
  vi.stubGlobal('crypto', undefined);
  expect(randomId()).toMatch(V4);
});
