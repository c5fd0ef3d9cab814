import { describe, expect, it } from '@jest/globals';
import { scoreInvestorOpportunity } from '../index.js';
import { only } from './factories.js';
import { anInvestor, anOpportunity } from './factories.js';

const ticketScore = (...args: Parameters<typeof scoreInvestorOpportunity>) =>
  scoreInvestorOpportunity(args[0], args[1], { ...args[2], weights: only('ticket') })!.score;

describe('amounts in other currencies', () => {
  const investor = anInvestor({ ticketMin: '100000.00', ticketMax: '1000000.00' });

  it('are normalised to US dollars with the organisers’ rates, in either shape', () => {
    const rupiah = anOpportunity({ amount: { amount: '8325000000.00', currency: 'IDR' } }); // 500,000 USD
    expect(ticketScore(investor, rupiah, { fx: { IDR: '16650' } })).toBe(100);
    expect(ticketScore(investor, rupiah, { fx: { rates: [{ currency: 'IDR', unitsPerUsd: '16650' }] } })).toBe(100);
    // At a rate ten times higher the same rupiah are worth 50,000 USD: below the range.
    expect(ticketScore(investor, rupiah, { fx: { IDR: 166500 } })).toBe(70);
  });

  it('convert the investor’s bounds too, and need no rate for US dollars', () => {
    const ringgit = anInvestor({ ticketMin: { amount: '421500', currency: 'MYR' }, ticketMax: { amount: '4215000', currency: 'MYR' } });
    expect(ticketScore(ringgit, anOpportunity({ amount: { amount: '500000', currency: 'USD' } }), { fx: { MYR: '4.2150' } })).toBe(100);
    expect(ticketScore(investor, anOpportunity({ amount: { amount: '500000', currency: 'USD' } }))).toBe(100);
  });

  it('refuse a currency without a rate and an amount that is not a decimal', () => {
    expect(() => ticketScore(investor, anOpportunity({ amount: { amount: '1000', currency: 'BND' } }), { fx: { IDR: '16650' } })).toThrow(/No exchange rate for BND/);
    expect(() => ticketScore(investor, anOpportunity({ amount: '1e6' }))).toThrow(RangeError);
    expect(() => ticketScore(investor, anOpportunity({ amount: -5 }))).toThrow(RangeError);
    expect(() => ticketScore(investor, anOpportunity(), { fx: { IDR: '0' } })).toThrow(/above zero/);
  });

  it('read a zero bound as no bound and bounds in the wrong order as one range', () => {
    expect(ticketScore(anInvestor({ ticketMin: 0, ticketMax: 1000 }), anOpportunity({ amount: 1 }))).toBe(100);
    expect(ticketScore(anInvestor({ ticketMin: 1_000_000, ticketMax: 100_000 }), anOpportunity({ amount: 500_000 }))).toBe(100);
  });
});
