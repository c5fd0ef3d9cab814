import type { EditionReport } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../profiles/taxonomy';
import { useReportFormat } from '../report-format';
import { CountTable } from './CountTable';

/** Registrations by role and by the participant's country. */
export function RegistrationsSection({ registrations }: { registrations: EditionReport['registrations'] }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const headings = (first: string) => [first, t('reports.registrations.approved'), t('reports.registrations.pending'), t('reports.registrations.checkedIn')];
  const cells = (row: { approved: number; pending: number; checkedIn: number }) => [format.count(row.approved), format.count(row.pending), format.count(row.checkedIn)];
  const total = { label: t('reports.registrations.total'), cells: cells(registrations) };
  return (
    <section className="report-section" aria-labelledby="report-registrations-title">
      <h2 id="report-registrations-title" className="section__title">
        {t('reports.registrations.title')}
      </h2>
      <div className="report-columns">
        <CountTable
          caption={t('reports.registrations.byRole')}
          headings={headings(t('reports.registrations.role'))}
          rows={registrations.byRole.map((row) => ({ key: row.role, label: t(`roles.${row.role}`), cells: cells(row) }))}
          total={total}
        />
        <CountTable
          caption={t('reports.registrations.byCountry')}
          headings={headings(t('reports.registrations.country'))}
          rows={registrations.byCountry.map((row) => ({
            key: row.countryCode ?? 'unknown',
            label: row.countryCode ? countryName(row.countryCode, format.locale) : t('reports.registrations.unknownCountry'),
            cells: cells(row),
          }))}
          total={total}
        />
      </div>
    </section>
  );
}
