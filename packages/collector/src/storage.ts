import type { KeyValueStorage } from '@npskit/core';

// This module must stay free of ky and of the rest of the collector: the tiny embed loader imports it on every page.

/** A `KeyValueStorage` kept in a `Map`: lost on reload, never throws. */
export function memoryStorage(): KeyValueStorage {
  const map = new Map<string, string>();
  return {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      map.set(key, String(value));
    },
    removeItem: (key) => {
      map.delete(key);
    },
  };
}

/**
 * `localStorage` when a test write succeeds, otherwise (no DOM, disabled storage, sandboxed iframe, old Safari private
 * mode, quota) an in-memory storage. Never throws.
 */
export function browserStorage(): KeyValueStorage {
  const probe = 'npskit:probe';
  try {
    // Reading the property itself throws in sandboxed iframes and with storage disabled.
    const storage = (globalThis as { localStorage?: KeyValueStorage }).localStorage;
    if (storage) {
      storage.setItem(probe, probe);
      storage.removeItem(probe);
      return storage;
    }
  } catch {}
  return memoryStorage();
}
