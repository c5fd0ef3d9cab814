import { describe, expect, it } from '@jest/globals';
import { MAX_PREFIX_EXPANSIONS } from '../opportunities.repository.js';
import { correctedQuery, fulltextQuery, toPrefixTsquery } from '../opportunities.service.js';

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

const lexeme = (word: number, text: string, expansions: string[], corrections: string[] | null = null, lexemesOfWord = 1) => ({
  word,
  lexeme: text,
  lexemesOfWord,
  expansions,
  corrections,
});

describe('fulltextQuery', () => {
  it('matches each word through the known lexemes it begins and ranks by the prefixes', () => {
    const query = fulltextQuery({ prefixQuery: "'kopi':* & 'sawit':*", lexemes: [lexeme(1, 'kopi', ['kopi', 'kopiah']), lexeme(2, 'sawit', ['sawit'])] });
    expect(query).toEqual({ match: "('kopi' | 'kopiah') & ('sawit')", score: "'kopi':* & 'sawit':*", exactLexeme: null });
  });

  it('names the one lexeme a one-word condition stands for, so its counts may come from the per-lexeme counters', () => {
    expect(fulltextQuery({ prefixQuery: "'sawi':*", lexemes: [lexeme(1, 'sawi', ['sawit'])] })).toEqual({ match: "('sawit')", score: "'sawi':*", exactLexeme: 'sawit' });
    // A prefix standing for two lexemes: a row holding both would count twice in their counters.
    expect(fulltextQuery({ prefixQuery: "'kopi':*", lexemes: [lexeme(1, 'kopi', ['kopi', 'kopiah'])] })?.exactLexeme).toBeNull();
    const many = Array.from({ length: MAX_PREFIX_EXPANSIONS + 1 }, (_, i) => `p${i}`);
    expect(fulltextQuery({ prefixQuery: "'p':*", lexemes: [lexeme(1, 'p', many)] })?.exactLexeme).toBeNull();
  });

  it('quotes lexemes so that no character changes the query', () => {
    expect(fulltextQuery({ prefixQuery: "'o':*", lexemes: [lexeme(1, 'o', ["o'neil", 'o\\b'])] })?.match).toBe("('o''neil' | 'o\\\\b')");
  });

  it('keeps the prefix for a word beginning many lexemes, and the whole prefix query for a word the parser splits', () => {
    const many = Array.from({ length: MAX_PREFIX_EXPANSIONS + 1 }, (_, i) => `p${i}`);
    expect(fulltextQuery({ prefixQuery: "'p':*", lexemes: [lexeme(1, 'p', many)] })?.match).toBe("'p':*");
    const split = [lexeme(1, 'a', ['a'], null, 2), lexeme(1, 'b', ['b'], null, 2)];
    expect(fulltextQuery({ prefixQuery: "'a':* <-> 'b':*", lexemes: split })).toEqual({ match: "'a':* <-> 'b':*", score: "'a':* <-> 'b':*", exactLexeme: null });
  });

  it('is null when a word begins no known lexeme: nothing can match', () => {
    expect(fulltextQuery({ prefixQuery: "'kopi':* & 'liberka':*", lexemes: [lexeme(1, 'kopi', ['kopi']), lexeme(2, 'liberka', [])] })).toBeNull();
  });
});

describe('correctedQuery', () => {
  it('replaces every lexeme by its closest known lexemes, all required', () => {
    const lexemes = [lexeme(1, 'kopi', ['kopi'], ['kopi', 'kopiah']), lexeme(2, 'liberka', [], ['liberika'])];
    expect(correctedQuery({ lexemes })).toEqual({ match: "('kopi' | 'kopiah') & ('liberika')", score: "('kopi' | 'kopiah') & ('liberika')", exactLexeme: null });
    expect(correctedQuery({ lexemes: [lexeme(1, 'liberka', [], ['liberika'])] })?.exactLexeme).toBe('liberika');
  });

  it('is null when a lexeme is close to no known one', () => {
    expect(correctedQuery({ lexemes: [lexeme(1, 'zzzz', [], [])] })).toBeNull();
  });
});
