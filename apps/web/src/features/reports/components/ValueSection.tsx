import type { ReportValue } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../money/format-date';
import { useReportFormat } from '../report-format';

/** Term sheets and deals in their own currencies, each with its dollar equivalent and the rates' date. */
export function ValueSection({ value }: { value: ReportValue }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const rates = value.rates.filter((rate) => rate.currency !== 'USD').map((rate) => format.rate(rate.unitsPerUsd, rate.currency));
  return (
    <section className="report-section" aria-labelledby="report-value-title">
      <h2 id="report-value-title" className="section__title">
        {t('reports.value.title')}
      </h2>
      <p className="muted">{t('reports.value.lead')}</p>
      {value.byCurrency.length === 0 ? (
        <p className="empty">{t('reports.value.none')}</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="report-table">
              <thead>
                <tr>
                  <th scope="col">{t('reports.value.result')}</th>
                  <th scope="col">{t('reports.value.currency')}</th>
                  <th scope="col" className="report-table__number">
                    {t('reports.value.meetings')}
                  </th>
                  <th scope="col" className="report-table__number">
                    {t('reports.value.total')}
                  </th>
                  <th scope="col" className="report-table__number">
                    {t('reports.value.usd')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {value.byCurrency.map((row) => (
                  <tr key={`${row.result}-${row.currency}`}>
                    <th scope="row">{t(`meetings.outcome.results.${row.result}`)}</th>
                    <td data-label={t('reports.value.currency')}>{row.currency}</td>
                    <td data-label={t('reports.value.meetings')} className="report-table__number">
                      {format.count(row.meetings)}
                    </td>
                    <td data-label={t('reports.value.total')} className="report-table__number">
                      {format.money(row.total, row.currency)}
                    </td>
                    <td data-label={t('reports.value.usd')} className="report-table__number">
                      {row.totalUsd === null ? <span className="muted">{t('reports.value.noRate')}</span> : format.usd(row.totalUsd)}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                {(['deal', 'term_sheet'] as const).map((result) => (
                  <tr key={result}>
                    <th scope="row" colSpan={4}>
                      {t('reports.value.totalUsd')} · {t(`meetings.outcome.results.${result}`)}
                    </th>
                    <td data-label={t('reports.value.totalUsd')} className="report-table__number">
                      <strong>{format.usd(value.totalsUsd[result])}</strong>
                    </td>
                  </tr>
                ))}
              </tfoot>
            </table>
          </div>
          <p className="muted report-rates">
            {value.asOf ? t('reports.value.asOf', { date: formatCalendarDate(value.asOf, format.locale, 'long'), rates: rates.join(' · ') }) : t('reports.value.noRates')}
          </p>
        </>
      )}
    </section>
  );
}
