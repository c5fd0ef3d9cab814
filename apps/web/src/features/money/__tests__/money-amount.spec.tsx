import '@testing-library/jest-dom/jest-globals';
import { beforeEach, describe, expect, it } from '@jest/globals';
import { act, render, screen, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { Locale, Money } from '@serumpun/shared';
import { createQueryClient } from '../../../app/AppProviders';
import { i18n } from '../../../i18n/i18n';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { FX_RATES } from '../../opportunities/__tests__/fixtures';
import { normaliseAmountInput } from '../amount-input';
import { MoneyAmount, MoneyRange } from '../components/MoneyAmount';
import { chooseCurrency } from '../preferred-currency';

let api: FakeApi;

function renderMoney(node: React.ReactNode) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  return render(<QueryClientProvider client={client}>{node}</QueryClientProvider>);
}

const RUPIAH: Money = { amount: '16630000000', currency: 'IDR' };

beforeEach(async () => {
  localStorage.clear();
  await i18n.changeLanguage('id');
  api = installFakeApi().on('GET /api/fx-rates', { status: 200, body: { ...FX_RATES, rates: FX_RATES.rates.map((rate) => (rate.currency === 'MYR' ? { ...rate, asOf: '2025-11-03' } : rate)) } });
});

describe('an amount of money', () => {
  it('shows the original, then the viewer’s currency beside it with the date of the rate', async () => {
    chooseCurrency('USD');
    renderMoney(<MoneyAmount money={RUPIAH} />);

    expect(screen.getByText(/^Rp\s16\.630\.000\.000$/)).toBeInTheDocument();
    expect(await screen.findByText(/^≈ US\$1\.000\.000,00/)).toHaveTextContent('≈ US$1.000.000,00 (kurs per 30 Okt 2025)');
  });

  it.each<[Locale, RegExp, string]>([
    ['id', /^Rp\s16\.630\.000\.000$/, 'no conversion: rupiah is the Indonesian default'],
    ['ms', /≈ RM\s4,215,000\.00 \(kadar pada 3 Nov 2025\)/, 'ringgit for Malay, at the newer of the two rates'],
    ['en', /≈ US\$1,000,000\.00 \(rate as of 30 Oct 2025\)/, 'US dollars for English'],
  ])('defaults the viewer’s currency by language (%s)', async (locale, expected, _why) => {
    await act(() => i18n.changeLanguage(locale));
    renderMoney(<MoneyAmount money={RUPIAH} />);
    await screen.findByText(/16[.,]630[.,]000[.,]000/);

    if (locale === 'id') {
      await waitFor(() => expect(api.to('GET /api/fx-rates')).toHaveLength(1));
      expect(screen.queryByText(/≈/)).not.toBeInTheDocument();
    } else {
      expect(await screen.findByText(/≈/)).toHaveTextContent(expected);
    }
  });

  it('follows a change of currency made elsewhere on the page', async () => {
    renderMoney(<MoneyAmount money={{ amount: '2500000.50', currency: 'MYR' }} />);
    expect(await screen.findByText(/^≈ Rp\s9\.863\.584\.416$/)).toBeInTheDocument();

    act(() => chooseCurrency('MYR'));

    expect(screen.getByText(/^MYR\s2\.500\.000,50$/)).toBeInTheDocument();
    expect(screen.queryByText(/≈/)).not.toBeInTheDocument();
  });

  it('converts a range in one go', async () => {
    chooseCurrency('USD');
    renderMoney(<MoneyRange min={{ amount: '4215000', currency: 'MYR' }} max={{ amount: '8430000', currency: 'MYR' }} />);

    expect(screen.getByText(/MYR\s4\.215\.000,00 – MYR\s8\.430\.000,00/)).toBeInTheDocument();
    expect(await screen.findByText(/≈ US\$1\.000\.000,00 – US\$2\.000\.000,00/)).toHaveTextContent('(kurs per 3 Nov 2025)');
  });

  it('shows just the original when the rates cannot be loaded', async () => {
    api.on('GET /api/fx-rates', { status: 503, body: { statusCode: 503, error: 'Service Unavailable', message: 'down' } });
    chooseCurrency('USD');
    renderMoney(<MoneyAmount money={RUPIAH} />);

    expect(screen.getByText(/^Rp\s16\.630\.000\.000$/)).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(/≈/)).not.toBeInTheDocument();
  });
});

describe('reading a typed amount', () => {
  it.each<[Locale, string, string]>([
    ['id', '1.500.000.000', '1500000000'],
    ['id', '2.500.000,50', '2500000.50'],
    ['id', '2500,5', '2500.5'],
    ['id', 'Rp 1.500.000', '1500000'],
    ['id', '1500000.50', '1500000.50'],
    ['en', '1,500,000.50', '1500000.50'],
    ['ms', 'RM 250,000', '250000'],
    ['en', '250000', '250000'],
    ['en', '12abc', '12abc'],
  ])('in %s, "%s" is %s', (locale, typed, expected) => {
    expect(normaliseAmountInput(typed, locale)).toBe(expected);
  });
});
