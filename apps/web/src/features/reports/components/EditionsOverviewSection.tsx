import type { EditionsOverview } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatEditionDates } from '../../editions/edition-dates';
import { formatCalendarDate } from '../../money/format-date';
import { useReportFormat } from '../report-format';
import { CountTable } from './CountTable';

/** Every edition's headline figures side by side, so the next edition can learn from the last. */
export function EditionsOverviewSection({ overview, selectedId }: { overview: EditionsOverview; selectedId: string | undefined }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const headings = [
    t('reports.overview.edition'),
    t('reports.overview.registered'),
    t('reports.overview.checkedIn'),
    t('reports.overview.meetings'),
    t('reports.overview.held'),
    t('reports.overview.showUpRate'),
    t('reports.overview.deals'),
    t('reports.overview.dealValue'),
  ];
  return (
    <section className="report-section report-overview" aria-labelledby="report-overview-title">
      <h2 id="report-overview-title" className="section__title">
        {t('reports.overview.title')}
      </h2>
      <p className="muted">{t('reports.overview.lead')}</p>
      <CountTable
        caption={t('reports.overview.title')}
        captionHidden
        headings={headings}
        rows={overview.items.map((item) => ({
          key: item.edition.id,
          current: item.edition.id === selectedId,
          label: (
            <>
              <Link to={`/reports?edition=${item.edition.id}`} aria-label={t('reports.overview.show', { edition: item.edition.name })}>
                {item.edition.name}
              </Link>
              <span className="data-table__sub">{formatEditionDates(item.edition, format.locale)}</span>
            </>
          ),
          cells: [
            format.count(item.approved),
            format.count(item.checkedIn),
            format.count(item.meetings),
            format.count(item.held),
            format.percent(item.showUpRate),
            format.count(item.deals),
            format.usd(item.dealValueUsd),
          ],
        }))}
      />
      {overview.asOf ? <p className="muted report-rates">{t('reports.overview.rates', { date: formatCalendarDate(overview.asOf, format.locale, 'long') })}</p> : null}
    </section>
  );
}
