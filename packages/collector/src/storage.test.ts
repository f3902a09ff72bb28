import { afterEach, describe, expect, it, vi } from 'vitest';
import { throwingStorage } from '../test/helpers';
import { browserStorage, memoryStorage } from './storage';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('browserStorage', () => {
  it('returns localStorage when a test write works, and leaves no probe behind', () => {
    const local = memoryStorage();
    const setItem = vi.spyOn(local, 'setItem');
    vi.stubGlobal('localStorage', local);
    expect(browserStorage()).toBe(local);
    expect(setItem).toHaveBeenCalled();
    expect(local.getItem('npskit:probe')).toBeNull();
  });

  it('falls back to memory when localStorage throws, is missing, or its getter throws', () => {
    vi.stubGlobal('localStorage', throwingStorage());
    const fromThrowing = browserStorage();
    fromThrowing.setItem('k', 'v');
    expect(fromThrowing.getItem('k')).toBe('v');

    vi.stubGlobal('localStorage', undefined);
    expect(browserStorage().getItem('k')).toBeNull();

    vi.unstubAllGlobals();
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      expect(() => browserStorage().setItem('k', 'v')).not.toThrow();
    } finally {
      Reflect.deleteProperty(globalThis, 'localStorage');
    }
  });
});

describe('memoryStorage', () => {
  it('stores strings per key and forgets removed keys', () => {
    const storage = memoryStorage();
    storage.setItem('a', '1');
    expect(storage.getItem('a')).toBe('1');
    storage.removeItem('a');
    expect(storage.getItem('a')).toBeNull();
  });
});

describe('storage module', () => {
  it('imports nothing at run time (the every-page embed loader bundles it; ky must not come along)', async () => {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL('./storage.ts', import.meta.url), 'utf8');
    const imports = source.split('\n').filter((line) => line.startsWith('import '));
    expect(imports.every((line) => line.startsWith('import type '))).toBe(true);
  });
});
