import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import { formatMoney, type EditionReport, type EditionsOverview } from '@serumpun/shared';
import { readFileSync } from 'node:fs';
import { sessionStore } from '../../auth/session/session-store';
import { apiError, buildSession, buildUser, KUCHING_NEXT, PONTIANAK_2025 } from '../../../test/factories';
import { installFakeApi, type FakeApi } from '../../../test/fake-api';
import { renderApp, resetDevice } from '../../../test/render-app';
import { EDITION } from '../../meetings/__tests__/meeting-factories';
import { defaultReportEdition } from '../report-format';

const organiser = buildUser({ role: 'organiser', fullName: 'Dayang Nurfaizah' });
let api: FakeApi;

function buildReport(edition: Pick<EditionReport['edition'], 'id' | 'name' | 'city' | 'venue' | 'timeZone' | 'startDate' | 'endDate'>, overrides: Partial<EditionReport> = {}): EditionReport {
  return {
    edition,
    generatedAt: '2026-11-28T03:00:00.000Z',
    registrations: {
      approved: 80,
      pending: 2,
      checkedIn: 72,
      byRole: [
        { role: 'investor', approved: 40, pending: 0, checkedIn: 37 },
        { role: 'business', approved: 40, pending: 2, checkedIn: 35 },
      ],
      byCountry: [
        { countryCode: 'ID', approved: 50, pending: 1, checkedIn: 45 },
        { countryCode: 'MY', approved: 20, pending: 0, checkedIn: 18 },
        { countryCode: 'BN', approved: 10, pending: 0, checkedIn: 9 },
        { countryCode: null, approved: 0, pending: 1, checkedIn: 0 },
      ],
    },
    requests: { pending: 0, accepted: 106, declined: 15, cancelled: 10, expired: 12 },
    meetings: { scheduled: 12, unplaced: 8, held: 70, noShow: 8, cancelled: 8 },
    showUpRate: 0.8974,
    outcomes: { no_interest: 20, follow_up: 40, term_sheet: 12, deal: 9 },
    progress: { none: 20, no_interest: 10, follow_up: 25, term_sheet: 8, deal: 7 },
    amounts: [{ result: 'deal', currency: 'IDR', total: '4500000000.00' }],
    value: {
      byCurrency: [
        { result: 'deal', currency: 'IDR', total: '2500000000.00', meetings: 1, totalUsd: '156250.00' },
        { result: 'deal', currency: 'BND', total: '50000.00', meetings: 1, totalUsd: null },
        { result: 'term_sheet', currency: 'MYR', total: '100000.00', meetings: 1, totalUsd: '25000.00' },
      ],
      totalsUsd: { deal: '156250.00', term_sheet: '25000.00' },
      rates: [
        { currency: 'IDR', unitsPerUsd: '16000.000000', asOf: '2025-10-30' },
        { currency: 'MYR', unitsPerUsd: '4.215000', asOf: '2025-10-30' },
      ],
      asOf: '2025-10-30',
    },
    sectors: [
      { section: 'C', meetings: 50, held: 40, noShow: 5, progress: { none: 10, no_interest: 5, follow_up: 15, term_sheet: 5, deal: 5 }, dealValueUsd: '156250.00' },
      { section: null, meetings: 40, held: 30, noShow: 3, progress: { none: 10, no_interest: 5, follow_up: 10, term_sheet: 3, deal: 2 }, dealValueUsd: '0.00' },
    ],
    ...overrides,
  };
}

const editionOf = (e: typeof PONTIANAK_2025) => ({ id: e.id, name: e.name, city: e.city, venue: e.venue, timeZone: e.timeZone, startDate: e.startDate, endDate: e.endDate });

const OVERVIEW: EditionsOverview = {
  items: [
    { edition: editionOf(KUCHING_NEXT), approved: 12, checkedIn: 0, meetings: 5, held: 0, noShow: 0, showUpRate: null, deals: 0, dealValueUsd: '0.00' },
    { edition: editionOf(PONTIANAK_2025), approved: 80, checkedIn: 72, meetings: 98, held: 70, noShow: 8, showUpRate: 0.8974, deals: 7, dealValueUsd: '156250.00' },
  ],
  rates: [{ currency: 'IDR', unitsPerUsd: '16000.000000', asOf: '2025-10-30' }],
  asOf: '2025-10-30',
};

/** Intl puts no-break spaces in amounts; the DOM matchers compare with plain ones. */
const plain = (text: string) => text.replace(/\s+/g, ' ');
const usd = (amount: string) => plain(formatMoney({ amount, currency: 'USD' }, 'id'));

function figure(label: string): HTMLElement {
  return screen.getByText(label, { selector: 'dt' }).closest<HTMLElement>('.report-figure')!;
}

beforeEach(async () => {
  await resetDevice();
  sessionStore.start(buildSession(organiser));
  api = installFakeApi()
    .on('GET /api/reports/editions', { status: 200, body: OVERVIEW })
    .on(`GET /api/editions/${PONTIANAK_2025.id}/report`, { status: 200, body: buildReport(editionOf(PONTIANAK_2025)) })
    .on(`GET /api/editions/${KUCHING_NEXT.id}/report`, {
      status: 200,
      body: buildReport(editionOf(KUCHING_NEXT), { meetings: { scheduled: 5, unplaced: 0, held: 0, noShow: 0, cancelled: 0 }, showUpRate: null }),
    });
});

afterEach(() => {
  jest.restoreAllMocks();
});

describe('the reports page', () => {
  it('opens on the latest edition that has started, with its headline figures', async () => {
    renderApp('/reports');

    expect(await screen.findByRole('heading', { level: 2, name: PONTIANAK_2025.name })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Laporan hasil' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Edisi' })).toHaveValue(PONTIANAK_2025.id);
    expect(figure('Peserta terdaftar')).toHaveTextContent('80');
    expect(figure('Peserta terdaftar')).toHaveTextContent('2 menunggu persetujuan');
    expect(figure('Hadir (check-in)')).toHaveTextContent('72');
    expect(figure('Hadir (check-in)')).toHaveTextContent('90% dari peserta terdaftar');
    expect(figure('Pertemuan terlaksana')).toHaveTextContent('708 tidak hadir · 8 dibatalkan');
    expect(figure('Tingkat kehadiran pertemuan')).toHaveTextContent('90%');
    expect(figure('Pertemuan berbuah kesepakatan')).toHaveTextContent('78 term sheet · 25 tindak lanjut');
    expect(figure('Nilai kesepakatan (USD)')).toHaveTextContent(`${usd('156250.00')}kurs per 30 Oktober 2025`);
  });

  it('breaks registrations, requests, meetings and outcomes down in tables', async () => {
    renderApp('/reports');
    await screen.findByRole('heading', { level: 2, name: PONTIANAK_2025.name });

    const byCountry = screen.getByRole('table', { name: 'Menurut negara peserta' });
    expect(within(byCountry).getByRole('row', { name: /Malaysia/ })).toHaveTextContent('Malaysia20018');
    expect(within(byCountry).getByRole('row', { name: /Tidak diketahui/ })).toHaveTextContent('Tidak diketahui010');
    expect(within(screen.getByRole('table', { name: 'Menurut peran' })).getByRole('row', { name: /Pelaku usaha/ })).toHaveTextContent('Pelaku usaha40235');
    const meetings = screen.getByRole('table', { name: 'Pertemuan' });
    expect(within(meetings).getByRole('row', { name: /Disepakati, belum dapat jadwal/ })).toHaveTextContent('8');
    expect(within(meetings).getByRole('row', { name: /^Jumlah/ })).toHaveTextContent('106');
    const progress = screen.getByRole('table', { name: 'Per pertemuan' });
    expect(within(progress).getByRole('row', { name: /Kesepakatan/ })).toHaveTextContent('7');
    expect(within(progress).getByRole('row', { name: /Belum dilaporkan/ })).toHaveTextContent('20');
    expect(within(progress).getByRole('row', { name: /Terlaksana/ })).toHaveTextContent('70');
    expect(within(screen.getByRole('table', { name: 'Jawaban per pihak' })).getByRole('row', { name: /Term sheet/ })).toHaveTextContent('12');
  });

  it('shows term sheets and deals in their own currencies and in dollars, with the rates and their date', async () => {
    renderApp('/reports');
    const title = await screen.findByRole('heading', { level: 2, name: 'Nilai term sheet dan kesepakatan' });
    const section = title.closest('section')!;

    const rupiah = within(section).getByRole('row', { name: /IDR/ });
    expect(rupiah).toHaveTextContent(plain(formatMoney({ amount: '2500000000.00', currency: 'IDR' }, 'id')));
    expect(rupiah).toHaveTextContent(usd('156250.00'));
    expect(within(section).getByRole('row', { name: /BND/ })).toHaveTextContent('belum ada kurs');
    expect(within(section).getByRole('row', { name: /Jumlah dalam USD · Term sheet/ })).toHaveTextContent(usd('25000.00'));
    expect(section).toHaveTextContent('Dikonversi ke USD dengan kurs per 30 Oktober 2025 (1 USD = IDR 16.000 · MYR 4,215).');
  });

  it('breaks meetings down by ISIC section, naming the section in the interface language', async () => {
    renderApp('/reports');
    const table = await screen.findByRole('table', { name: 'Menurut sektor' });

    expect(within(table).getByRole('row', { name: /C · Industri Pengolahan/ })).toHaveTextContent(`C · Industri Pengolahan504051555${usd('156250.00')}`);
    expect(within(table).getByRole('row', { name: /Tanpa peluang tertentu/ })).toBeInTheDocument();
  });

  it('downloads the meetings CSV with the session’s token', async () => {
    api.on(`GET /api/editions/${PONTIANAK_2025.id}/report.csv`, { status: 200, raw: '\uFEFFID pertemuan,Status\r\n', headers: { 'content-type': 'text/csv; charset=utf-8' } });
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:report';
    }) as unknown as typeof URL.createObjectURL;
    URL.revokeObjectURL = jest.fn() as unknown as typeof URL.revokeObjectURL;
    let savedAs = '';
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      savedAs = this.download;
    });
    const { user } = renderApp('/reports');

    await user.click(await screen.findByRole('button', { name: 'Unduh CSV' }));

    await waitFor(() => expect(click).toHaveBeenCalled());
    const [request] = api.to(`GET /api/editions/${PONTIANAK_2025.id}/report.csv`);
    expect(request.headers.Authorization).toBe('Bearer access-1');
    expect(request.headers['Accept-Language']).toBe('id');
    expect(savedAs).toBe('serumpun-pontianak-2025-10-30-meetings.csv');
    expect(created[0].type).toBe('text/csv; charset=utf-8');
    expect(created[0].size).toBe(new TextEncoder().encode('\uFEFFID pertemuan,Status\r\n').length);
  });

  it('says so when the CSV cannot be downloaded', async () => {
    api.on(`GET /api/editions/${PONTIANAK_2025.id}/report.csv`, apiError(500, 'Internal Server Error', 'boom'));
    const { user } = renderApp('/reports');

    await user.click(await screen.findByRole('button', { name: 'Unduh CSV' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('File CSV tidak dapat diunduh.');
  });

  it('switches edition from the picker and from the table of all editions', async () => {
    const { user, location } = renderApp('/reports');
    await screen.findByRole('heading', { level: 2, name: PONTIANAK_2025.name });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Edisi' }), KUCHING_NEXT.id);

    expect(await screen.findByRole('heading', { level: 2, name: KUCHING_NEXT.name })).toBeInTheDocument();
    expect(location()).toBe(`/reports?edition=${KUCHING_NEXT.id}`);
    expect(figure('Tingkat kehadiran pertemuan')).toHaveTextContent('Belum ada kehadiran pertemuan yang dicatat');

    const overview = screen.getByRole('heading', { level: 2, name: 'Semua edisi' }).closest('section')!;
    expect(within(overview).getByRole('row', { name: new RegExp(PONTIANAK_2025.name) })).toHaveTextContent(`80729870${'90%'}7${usd('156250.00')}`);
    await user.click(within(overview).getByRole('link', { name: `Tampilkan laporan ${PONTIANAK_2025.name}` }));
    expect(await screen.findByRole('heading', { level: 2, name: PONTIANAK_2025.name })).toBeInTheDocument();
  });

  it('speaks English and Malay', async () => {
    const { user } = renderApp('/reports');
    await screen.findByRole('heading', { level: 2, name: PONTIANAK_2025.name });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa' }), 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Outcome reports' })).toBeInTheDocument();
    expect(figure('Registered participants')).toHaveTextContent('2 awaiting approval');
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'By sector' })).toHaveTextContent('C · Manufacturing');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ms');
    expect(await screen.findByRole('button', { name: 'Muat turun CSV' })).toBeInTheDocument();
    expect(figure('Peserta berdaftar')).toHaveTextContent('2 menunggu kelulusan');
  });

  it('offers to try again when the report cannot be read', async () => {
    api.on(`GET /api/editions/${PONTIANAK_2025.id}/report`, apiError(500, 'Internal Server Error', 'boom'));
    const { user } = renderApp('/reports');

    await user.click(await screen.findByRole('button', { name: 'Coba lagi' }));
    api.on(`GET /api/editions/${PONTIANAK_2025.id}/report`, { status: 200, body: buildReport(editionOf(PONTIANAK_2025)) });
    await user.click(await screen.findByRole('button', { name: 'Coba lagi' }));

    expect(await screen.findByRole('heading', { level: 2, name: PONTIANAK_2025.name })).toBeInTheDocument();
  });

  it('prints for partners: no navigation or buttons on paper, a heading only paper shows', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user, container } = renderApp('/reports');
    await screen.findByRole('heading', { level: 2, name: PONTIANAK_2025.name });

    expect(screen.getByRole('button', { name: 'Unduh CSV' }).closest('.no-print')).not.toBeNull();
    expect(screen.getByRole('combobox', { name: 'Edisi' }).closest('.no-print')).not.toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Semua edisi' }).closest('.no-print')).not.toBeNull();
    expect(container.querySelector('.report .print-only')).toHaveTextContent('Serumpun · Laporan hasil');
    const css = readFileSync(new URL('../../../styles.css', import.meta.url), 'utf8');
    const reportPrint = css.slice(css.lastIndexOf('@media print'));
    expect(reportPrint).toMatch(/\.report-figure \{[^}]*break-inside: avoid;/);
    expect(reportPrint).toMatch(/\.report-table thead \{[^}]*display: table-header-group !important;/);

    await user.click(screen.getByRole('button', { name: 'Cetak / simpan PDF' }));
    expect(print).toHaveBeenCalled();
  });

  it('is for organisers only', async () => {
    sessionStore.start(buildSession(buildUser({ role: 'investor' })));
    renderApp('/reports');

    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
    expect(api.to('GET /api/reports/editions')).toHaveLength(0);
  });
});

describe('the report in the edition console', () => {
  it('is one of the console’s tabs', async () => {
    api
      .on(`GET /api/editions/${EDITION.id}`, { status: 200, body: EDITION })
      .on(`GET /api/editions/${EDITION.id}/report`, { status: 200, body: buildReport(editionOf(EDITION)) });
    renderApp(`/editions/${EDITION.id}/console/reports`);

    expect(await screen.findByRole('heading', { level: 2, name: EDITION.name })).toBeInTheDocument();
    const tabs = screen.getByRole('navigation', { name: 'Konsol penyelenggara' });
    expect(within(tabs).getByRole('link', { name: 'Laporan' })).toHaveAttribute('aria-current', 'page');
    expect(figure('Peserta terdaftar')).toHaveTextContent('80');
  });
});

describe('the edition a report opens on', () => {
  const now = new Date('2026-11-28T03:00:00Z');
  const edition = (startDate: string) => ({ startDate, timeZone: 'Asia/Pontianak' });

  it('is the most recent one that has started at its venue', () => {
    expect(defaultReportEdition([edition('2025-10-30'), edition('2026-05-20'), edition('2026-12-10')], now)).toEqual(edition('2026-05-20'));
    expect(defaultReportEdition([edition('2026-11-28'), edition('2026-05-20')], now)).toEqual(edition('2026-11-28'));
  });

  it('is the soonest upcoming one before any has started, and none without editions', () => {
    expect(defaultReportEdition([edition('2027-03-01'), edition('2026-12-10')], now)).toEqual(edition('2026-12-10'));
    expect(defaultReportEdition([], now)).toBeUndefined();
  });
});
