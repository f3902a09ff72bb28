import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Receiver, startReceiver } from '../test/receiver';
import { makeRecord } from '../test/records';
import type * as Api from './index';

// The shipped artifact, not the source: runs whenever `pnpm run build` has produced dist/ (as CI does before tests).
const built = new URL('../dist/index.js', import.meta.url);

describe.skipIf(!existsSync(built))('dist/index.js', () => {
  let receiver: Receiver;
  beforeEach(async () => {
    receiver = await startReceiver();
  });
  afterEach(async () => {
    await receiver.close();
  });

  it('exports the public API and delivers through a retry and a split', async () => {
    const api = (await import(/* @vite-ignore */ built.href)) as typeof Api;
    expect(Object.keys(api).sort()).toEqual(Object.keys(await import('./index')).sort());
    const answers = [{ status: 503 }, { status: 413 }];
    receiver.answer = () => answers.shift() ?? { status: 200 };
    const collector = api.createCollector({
      endpoint: receiver.url,
      storage: api.memoryStorage(),
      retry: { baseMs: 1, capMs: 2 },
    });
    for (const id of ['a', 'b', 'c']) collector.send(makeRecord(id));
    await collector.flush();
    expect([...receiver.records.keys()].sort()).toEqual(['a', 'b', 'c']);
    expect(collector.pending()).toBe(0);
    expect(() => api.createCollector({ endpoint: 'nps' })).toThrow(/endpoint must be an absolute http\(s\) URL/);
    collector.dispose();
  });
});
