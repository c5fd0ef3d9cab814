import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { apportion } from '../score/points.js';

describe('largest-remainder apportionment', () => {
  it('gives the leftover points to the largest remainders', () => {
    expect(apportion([33.4, 33.3, 33.3], 100)).toEqual([34, 33, 33]);
    expect(apportion([12.6, 12.6, 4.8], 30)).toEqual([13, 12, 5]);
  });

  it('breaks a tie between equal remainders by the larger share, then by order', () => {
    expect(apportion([10.5, 20.5], 31)).toEqual([10, 21]);
    expect(apportion([2.5, 2.5], 5)).toEqual([3, 2]);
  });

  it('never gives a point to a share of zero', () => {
    expect(apportion([0, 99.5, 0], 100)).toEqual([0, 100, 0]);
  });

  it('always hits the rounded total exactly, with no share moving by a point or more', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 1, maxLength: 7 }), (shares) => {
        const total = Math.round(shares.reduce((sum, share) => sum + share, 0) + 1e-9);
        const points = apportion(shares, total);
        expect(points.reduce((sum, value) => sum + value, 0)).toBe(total);
        points.forEach((value, index) => {
          expect(Number.isInteger(value)).toBe(true);
          expect(Math.abs(value - shares[index])).toBeLessThan(1);
        });
      }),
    );
  });
});
