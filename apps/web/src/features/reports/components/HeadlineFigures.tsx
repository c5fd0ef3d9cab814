import type { EditionReport } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../money/format-date';
import { useReportFormat } from '../report-format';

function Figure({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <div className="report-figure">
      <dt className="report-figure__label">{label}</dt>
      <dd className="report-figure__value">{value}</dd>
      <dd className="report-figure__hint">{hint}</dd>
    </div>
  );
}

/** The six figures partners ask for first, as cards. */
export function HeadlineFigures({ report }: { report: EditionReport }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const { registrations, meetings, progress, value } = report;
  const checkedInShare = registrations.approved > 0 ? registrations.checkedIn / registrations.approved : null;
  return (
    <section className="report-section" aria-labelledby="report-headline-title">
      <h2 id="report-headline-title" className="section__title">
        {t('reports.headline.title')}
      </h2>
      <dl className="report-figures">
        <Figure label={t('reports.headline.registered')} value={format.count(registrations.approved)} hint={t('reports.headline.registeredHint', { pending: format.count(registrations.pending) })} />
        <Figure label={t('reports.headline.checkedIn')} value={format.count(registrations.checkedIn)} hint={t('reports.headline.checkedInHint', { share: format.percent(checkedInShare) })} />
        <Figure
          label={t('reports.headline.held')}
          value={format.count(meetings.held)}
          hint={t('reports.headline.heldHint', { noShow: format.count(meetings.noShow), cancelled: format.count(meetings.cancelled) })}
        />
        <Figure
          label={t('reports.headline.showUpRate')}
          value={format.percent(report.showUpRate)}
          hint={report.showUpRate === null ? t('reports.headline.showUpRateNone') : t('reports.headline.showUpRateHint')}
        />
        <Figure
          label={t('reports.headline.deals')}
          value={format.count(progress.deal)}
          hint={t('reports.headline.dealsHint', { termSheets: format.count(progress.term_sheet), followUps: format.count(progress.follow_up) })}
        />
        <Figure
          label={t('reports.headline.dealValue')}
          value={format.usd(value.totalsUsd.deal)}
          hint={value.asOf ? t('reports.headline.dealValueHint', { date: formatCalendarDate(value.asOf, format.locale, 'long') }) : t('reports.headline.dealValueNoRate')}
        />
      </dl>
    </section>
  );
}
