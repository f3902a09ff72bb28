import { describe, expectTypeOf, it } from 'vitest';
import {
  type Decision,
  decide,
  emptyHistory,
  isScore,
  type NpsScore,
  type NpsSummary,
  type ParseResult,
  parseRecord,
  type ResponseRecord,
  summarize,
} from './index';

// These assertions are checked by `tsc` (tests are part of the typecheck), so a public type that drifts fails CI.
describe('public types', () => {
  it('isScore narrows unknown input to NpsScore', () => {
    const value: unknown = 9;
    if (isScore(value)) expectTypeOf(value).toEqualTypeOf<NpsScore>();
    expectTypeOf(isScore).guards.toEqualTypeOf<NpsScore>();
  });

  it('a Decision only has reason and retryAt when not eligible', () => {
    const decision = decide(emptyHistory(0), {}, 0);
    expectTypeOf(decision).toEqualTypeOf<Decision>();
    if (!decision.eligible) expectTypeOf(decision.retryAt).toBeNumber();
    else expectTypeOf(decision).not.toHaveProperty('reason');
  });

  it('parse results hand back a ResponseRecord or a list of issues', () => {
    const result = parseRecord({});
    expectTypeOf(result).toEqualTypeOf<ParseResult<ResponseRecord>>();
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<ResponseRecord>();
    else expectTypeOf(result.issues).toEqualTypeOf<{ path: string; message: string }[]>();
  });

  it('summaries have nullable score fields, so n = 0 must be handled', () => {
    expectTypeOf(summarize([])).toEqualTypeOf<NpsSummary>();
    expectTypeOf<NpsSummary['nps']>().toEqualTypeOf<number | null>();
    expectTypeOf<NpsSummary['n']>().toEqualTypeOf<number>();
  });
});
