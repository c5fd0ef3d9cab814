import { describe, expect, it } from '@jest/globals';
import { toPrefixTsquery } from '../opportunities.service.js';

describe('toPrefixTsquery', () => {
  it('makes every word a required prefix', () => {
    expect(toPrefixTsquery('Kopi  Liberika')).toBe("'kopi':* & 'liberika':*");
  });

  it('keeps letters of every script and digits, and drops everything else', () => {
    expect(toPrefixTsquery("sawit' OR 1=1 -- & | ! ( ) : * <->")).toBe("'sawit':* & 'or':* & '1':* & '1':*");
    expect(toPrefixTsquery('Café 中文')).toBe("'café':* & '中文':*");
  });

  it('answers null when there is no word to search for', () => {
    expect(toPrefixTsquery(undefined)).toBeNull();
    expect(toPrefixTsquery("'''  %_%")).toBeNull();
  });

  it('keeps at most eight words', () => {
    expect(toPrefixTsquery('a b c d e f g h i j')?.split(' & ')).toHaveLength(8);
  });
});
