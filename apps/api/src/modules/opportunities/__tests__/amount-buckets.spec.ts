import { describe, expect, it } from '@jest/globals';
import { AMOUNT_BUCKET_BOUNDS, amountBucketsWithin } from '../opportunity-amount-buckets.js';

// Bucket i holds [AMOUNT_BUCKET_BOUNDS[i-1], AMOUNT_BUCKET_BOUNDS[i]); 0 below US$1, the last from US$100 billion.
const bucketOf = (bound: string) => AMOUNT_BUCKET_BOUNDS.indexOf(bound) + 1;

describe('amountBucketsWithin', () => {
  it('takes the buckets wholly inside the range and leaves its edges to the rows', () => {
    expect(amountBucketsWithin('250000', '5000000')).toEqual({
      first: bucketOf('500000'),
      last: bucketOf('2000000'),
      below: { min: '250000', under: '500000' },
      above: { from: '5000000', max: '5000000' },
    });
  });

  it('runs from bucket 0 without a minimum and to the last bucket without a maximum', () => {
    expect(amountBucketsWithin(undefined, '1000')).toEqual({ first: 0, last: bucketOf('500'), below: null, above: { from: '1000', max: '1000' } });
    expect(amountBucketsWithin('0', '1000')).toEqual({ first: 0, last: bucketOf('500'), below: null, above: { from: '1000', max: '1000' } });
    expect(amountBucketsWithin('200000', undefined)).toEqual({ first: bucketOf('200000'), last: AMOUNT_BUCKET_BOUNDS.length, below: null, above: null });
  });

  it('is null when no bucket fits inside the range', () => {
    expect(amountBucketsWithin('120000', '130000')).toBeNull();
    expect(amountBucketsWithin('100000', '199999.99')).toBeNull();
  });
});
