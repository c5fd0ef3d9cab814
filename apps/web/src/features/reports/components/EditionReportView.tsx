import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/FormAlert';
import { LoadErrorState } from '../../../components/LoadErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { formatEditionDates } from '../../editions/edition-dates';
import { formatInstant } from '../../editions/slot-time';
import { useDownloadReportCsv } from '../hooks/useDownloadReportCsv';
import { useEditionReport } from '../hooks/useEditionReport';
import { useReportFormat } from '../report-format';
import { ActivitySection } from './ActivitySection';
import { HeadlineFigures } from './HeadlineFigures';
import { RegistrationsSection } from './RegistrationsSection';
import { SectorsSection } from './SectorsSection';
import { ValueSection } from './ValueSection';

/** One edition's report: its figures, a CSV of its meetings, and a page that prints cleanly for partners. */
export function EditionReportView({ editionId }: { editionId: string }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const { data: report, isPending, isError, refetch } = useEditionReport(editionId);
  const fileName = report ? `serumpun-${report.edition.city.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${report.edition.startDate}-meetings.csv` : 'serumpun-meetings.csv';
  const download = useDownloadReportCsv(editionId, fileName);

  if (isPending) return <LoadingState />;
  if (isError) return <LoadErrorState onRetry={refetch} />;

  const { edition } = report;
  const place = t('reports.venue', { venue: edition.venue, city: edition.city, dates: formatEditionDates(edition, format.locale) });
  const generated = t('reports.generatedAt', { when: formatInstant(report.generatedAt, edition.timeZone, format.locale) });
  return (
    <article className="report" aria-labelledby="report-edition-title">
      <header className="report__header">
        <p className="print-only report__printed-for">{t('reports.printedFor')}</p>
        <h2 id="report-edition-title" className="report__edition">
          {edition.name}
        </h2>
        <p className="muted">
          {place} · {generated}
        </p>
        <div className="button-row no-print">
          <button type="button" className="button button--primary" onClick={() => download.mutate()} disabled={download.isPending}>
            {download.isPending ? t('reports.downloading') : t('reports.downloadCsv')}
          </button>
          <button type="button" className="button button--ghost" onClick={() => window.print()}>
            {t('reports.print')}
          </button>
        </div>
        {download.isError ? <FormAlert>{t('reports.downloadFailed')}</FormAlert> : null}
      </header>
      <HeadlineFigures report={report} />
      <RegistrationsSection registrations={report.registrations} />
      <ActivitySection report={report} />
      <ValueSection value={report.value} />
      <SectorsSection sectors={report.sectors} />
    </article>
  );
}
