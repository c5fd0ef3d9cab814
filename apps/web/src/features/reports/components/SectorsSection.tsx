import type { ReportSectorRow } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { sectorWithCode } from '../../profiles/taxonomy';
import { useReportFormat } from '../report-format';
import { CountTable } from './CountTable';

/** Meetings and what came of them by the ISIC section of the opportunity they were about. */
export function SectorsSection({ sectors }: { sectors: readonly ReportSectorRow[] }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  return (
    <section className="report-section" aria-labelledby="report-sectors-title">
      <h2 id="report-sectors-title" className="section__title">
        {t('reports.sectors.title')}
      </h2>
      <p className="muted">{t('reports.sectors.lead')}</p>
      {sectors.length === 0 ? (
        <p className="empty">{t('reports.sectors.none')}</p>
      ) : (
        <CountTable
          caption={t('reports.sectors.title')}
          captionHidden
          headings={[
            t('reports.sectors.section'),
            t('reports.sectors.meetings'),
            t('reports.sectors.held'),
            t('reports.sectors.noShow'),
            t('reports.sectors.followUps'),
            t('reports.sectors.termSheets'),
            t('reports.sectors.deals'),
            t('reports.sectors.dealValue'),
          ]}
          rows={sectors.map((row) => ({
            key: row.section ?? 'none',
            label: row.section ? sectorWithCode(row.section, format.locale) : t('reports.sectors.noOpportunity'),
            cells: [
              format.count(row.meetings),
              format.count(row.held),
              format.count(row.noShow),
              format.count(row.progress.follow_up),
              format.count(row.progress.term_sheet),
              format.count(row.progress.deal),
              format.usd(row.dealValueUsd),
            ],
          }))}
        />
      )}
    </section>
  );
}
