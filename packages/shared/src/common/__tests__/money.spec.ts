import { describe, expect, it } from '@jest/globals';
import { validationErrorMap } from '../../i18n/validation-messages.js';
import {
  compareDecimalStrings,
  formatMoney,
  moneyAmountSchema,
  moneySchema,
  positiveMoneySchema,
} from '../money.js';

// Intl separates the symbol from the digits with a no-break space in some locales; compare visible text.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('moneySchema', () => {
  it('accepts a decimal string of up to 18 integer and 2 fraction digits in a known currency', () => {
    for (const amount of ['0', '0.00', '1', '12.3', '12.34', '1500000000.00', '1500000000', '999999999999999999.99']) {
      expect(moneySchema.safeParse({ amount, currency: 'IDR' }).success).toBe(true);
    }
    for (const currency of ['IDR', 'MYR', 'BND', 'SGD', 'USD']) {
      expect(moneySchema.parse({ amount: '2500.00', currency })).toEqual({ amount: '2500.00', currency });
    }
  });

  it.each([
    ['a negative amount', '-1'],
    ['negative zero', '-0'],
    ['an exponent', '1e5'],
    ['an upper-case exponent', '1E5'],
    ['a leading space', ' 12'],
    ['a trailing space', '12 '],
    ['a leading plus', '+12'],
    ['three decimals', '12.345'],
    ['19 integer digits', '1000000000000000000'],
    ['19 integer digits with cents', '1234567890123456789.00'],
    ['a bare point', '12.'],
    ['a leading point', '.5'],
    ['a leading zero', '012'],
    ['a thousands separator', '1,500'],
    ['a decimal comma', '12,50'],
    ['an empty string', ''],
    ['infinity', 'Infinity'],
    ['not a number', 'NaN'],
    ['hexadecimal', '0x10'],
  ])('rejects %s (%j)', (_, amount) => {
    const result = moneySchema.safeParse({ amount, currency: 'MYR' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['amount']);
  });

  it('rejects an amount that is not a string', () => {
    for (const amount of [1500, 12.5, 1500n, null, undefined, { value: '1' }]) {
      const result = moneySchema.safeParse({ amount, currency: 'IDR' });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].code).toBe('invalid_type');
    }
  });

  it('rejects an unknown or missing currency', () => {
    for (const currency of ['EUR', 'idr', 'Rp', '', undefined, 1]) {
      const result = moneySchema.safeParse({ amount: '1.00', currency });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].path).toEqual(['currency']);
    }
  });

  it('rejects unknown fields', () => {
    expect(moneySchema.safeParse({ amount: '1.00', currency: 'USD', rate: '1' }).success).toBe(false);
  });

  it('validates the amount on its own too', () => {
    expect(moneyAmountSchema.safeParse('10.5').success).toBe(true);
    expect(moneyAmountSchema.safeParse('10.555').success).toBe(false);
  });
});

describe('positiveMoneySchema', () => {
  it('accepts any amount above zero', () => {
    for (const amount of ['0.01', '1', '999999999999999999.99']) {
      expect(positiveMoneySchema.safeParse({ amount, currency: 'SGD' }).success).toBe(true);
    }
  });

  it('refuses zero, written in any way, as too small', () => {
    for (const amount of ['0', '0.0', '0.00']) {
      const result = positiveMoneySchema.safeParse({ amount, currency: 'SGD' });
      expect(result.success).toBe(false);
      expect(result.error?.issues).toHaveLength(1);
      expect(result.error?.issues[0]).toMatchObject({ code: 'too_small', path: ['amount'] });
    }
  });

  it('still reports a malformed amount once, as a format problem', () => {
    const result = positiveMoneySchema.safeParse({ amount: '-5', currency: 'SGD' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0].code).toBe('invalid_format');
  });

  it('is worded by the interface error map in each language', () => {
    const messageIn = (locale: 'id' | 'en' | 'ms') =>
      positiveMoneySchema.safeParse({ amount: '0', currency: 'IDR' }, { error: validationErrorMap(locale) }).error?.issues[0]
        .message;
    expect(messageIn('id')).toBe('Minimal 0.01');
    expect(messageIn('en')).toBe('Must be at least 0.01');
    expect(messageIn('ms')).toBe('Sekurang-kurangnya 0.01');
  });
});

describe('compareDecimalStrings', () => {
  it.each([
    ['1', '2', -1],
    ['2', '10', -1],
    ['10', '2', 1],
    ['1500.5', '1500.50', 0],
    ['0', '0.00', 0],
    ['-0', '0', 0],
    ['007', '7', 0],
    ['0.1', '0.09', 1],
    ['-1', '0', -1],
    ['-2', '-10', 1],
    ['-1.5', '-1.25', -1],
    ['999999999999999999.99', '1000000000000000000', -1],
    ['123456789012345678.01', '123456789012345678.02', -1],
  ] as const)('compares %s with %s as %d', (a, b, expected) => {
    expect(compareDecimalStrings(a, b)).toBe(expected);
    expect(compareDecimalStrings(b, a)).toBe(-expected || 0);
  });

  it('refuses strings that are not plain decimals', () => {
    for (const bad of ['1e5', ' 1', '', '1.', '.5', '+1', 'abc']) {
      expect(() => compareDecimalStrings(bad, '1')).toThrow(RangeError);
    }
  });
});

describe('formatMoney', () => {
  it('writes rupiah the Indonesian way, without decimals for whole amounts', () => {
    expect(plain(formatMoney({ amount: '1500000000.00', currency: 'IDR' }, 'id'))).toBe('Rp 1.500.000.000');
    expect(plain(formatMoney({ amount: '1500.50', currency: 'IDR' }, 'id'))).toBe('Rp 1.500,50');
  });

  it('writes ringgit in English and in Malay', () => {
    expect(plain(formatMoney({ amount: '2500', currency: 'MYR' }, 'en'))).toBe('MYR 2,500.00');
    expect(plain(formatMoney({ amount: '2500', currency: 'MYR' }, 'ms'))).toBe('RM 2,500.00');
  });

  it('keeps every digit of an 18-digit amount', () => {
    const text = formatMoney({ amount: '123456789012345678.91', currency: 'USD' }, 'en');
    expect(text.replace(/\D/g, '')).toBe('12345678901234567891');
  });

  it('refuses an amount that is not a money amount', () => {
    expect(() => formatMoney({ amount: '1e5', currency: 'USD' }, 'en')).toThrow(RangeError);
  });
});
