import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createCollector } from './client';
import { CollectorError, isCollectorError } from './errors';
import { memoryStorage } from './storage';
import type { CollectorOptions } from './types';

const valid: CollectorOptions = { endpoint: 'https://example.com/api/nps', storage: memoryStorage() };

function errorOf(options: unknown): CollectorError {
  try {
    createCollector(options as CollectorOptions).dispose();
  } catch (error) {
    if (isCollectorError(error)) return error;
    throw error;
  }
  throw new Error('createCollector did not throw');
}

describe('option validation', () => {
  it.each([
    [undefined, /endpoint must be an absolute http\(s\) URL.*got undefined/],
    ['/collect', /endpoint must be an absolute http\(s\) URL.*got "\/collect"/],
    ['ftp://example.com/x', /endpoint.*got "ftp:\/\/example.com\/x"/],
    ['javascript:alert(1)', /endpoint/],
  ])('rejects endpoint %s, naming the option', (endpoint, message) => {
    const error = errorOf({ ...valid, endpoint });
    expect(error).toBeInstanceOf(CollectorError);
    expect(error.name).toBe('CollectorError');
    expect(error.code).toBe('invalid-option');
    expect(error.message).toMatch(message);
  });

  it('accepts http and https endpoints', () => {
    expect(() => createCollector({ ...valid, endpoint: 'http://localhost:8787/collect' }).dispose()).not.toThrow();
  });

  it.each([
    [{ batch: { maxRecords: 0 } }, 'batch.maxRecords must be an integer from 1'],
    [{ batch: { maxBytes: 100 } }, 'batch.maxBytes must be an integer from 1024'],
    [{ retry: { attempts: 1.5 } }, 'retry.attempts must be an integer'],
    [{ retry: { baseMs: -1 } }, 'retry.baseMs must be a number from 0'],
    [{ retry: { jitter: 'yes' } }, 'retry.jitter must be a boolean'],
    [{ timeout: Number.NaN }, 'timeout must be a number from 1'],
    [{ timeout: 3e9 }, 'timeout must be a number from 1 to 2147483647, got 3000000000'],
    [{ outbox: { ttlMs: -1 } }, 'outbox.ttlMs must be'],
    [{ contentType: 'text/html' }, 'contentType must be one of text/plain;charset=UTF-8, application/json'],
    [{ headers: { 'Content-Type': 'application/json' } }, 'use the contentType option'],
    [{ headers: { authorization: 1 } }, 'headers["authorization"] must be a string'],
    [{ storage: {} }, 'storage must have getItem, setItem and removeItem'],
    [{ fetch: 'fetch' }, 'fetch must be a function'],
    [{ now: 1 }, 'now must be a function'],
  ])('rejects %j with a message naming it', (bad, message) => {
    expect(errorOf({ ...valid, ...bad }).message).toContain(message);
  });
});

describe('isCollectorError', () => {
  it('recognises collector errors, including ones from another realm, and nothing else', () => {
    expect(isCollectorError(new CollectorError('http', 'HTTP 500', { status: 500 }))).toBe(true);
    const foreign = vm.runInNewContext(
      'const e = new Error("HTTP 500"); e.name = "CollectorError"; e.code = "http"; e',
    ) as unknown;
    expect(foreign instanceof CollectorError).toBe(false);
    expect(isCollectorError(foreign)).toBe(true);
    expect(isCollectorError(new Error('x'))).toBe(false);
    expect(isCollectorError({ name: 'CollectorError' })).toBe(false);
    expect(isCollectorError(null)).toBe(false);
  });
});
