import { describe, expect, it } from 'vitest';
import { classify, isScore } from './score';

describe('isScore', () => {
  it('accepts the integers 0 to 10', () => {
    for (let s = 0; s <= 10; s++) expect(isScore(s)).toBe(true);
  });

  it.each([-1, 11, 7.5, Number.NaN, Number.POSITIVE_INFINITY, -0.1, 10.0001, '9', null, undefined, {}, [9], 9n])(
    'rejects %s',
    (value) => {
      expect(isScore(value)).toBe(false);
    },
  );
});

describe('classify', () => {
  it('puts the boundaries in the right category', () => {
    expect(classify(0)).toBe('detractor');
    expect(classify(6)).toBe('detractor');
    expect(classify(7)).toBe('passive');
    expect(classify(8)).toBe('passive');
    expect(classify(9)).toBe('promoter');
    expect(classify(10)).toBe('promoter');
  });

  it('classifies every valid score', () => {
    const got = Array.from({ length: 11 }, (_, s) => classify(s));
    expect(got).toEqual([...Array(7).fill('detractor'), 'passive', 'passive', 'promoter', 'promoter']);
  });

  it.each([
    [-1, '-1'],
    [11, '11'],
    [7.5, '7.5'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('throws a RangeError naming %s and the range', (value, shown) => {
    expect(() => classify(value)).toThrow(RangeError);
    expect(() => classify(value)).toThrow(`score must be an integer from 0 to 10, got ${shown}`);
  });

  it.each([
    ['9', '"9"'],
    [null, 'null'],
    [undefined, 'undefined'],
  ])('throws a TypeError naming %s and the range', (value, shown) => {
    expect(() => classify(value as unknown as number)).toThrow(TypeError);
    expect(() => classify(value as unknown as number)).toThrow(
      `score must be a number, an integer from 0 to 10, got ${shown}`,
    );
  });
});
