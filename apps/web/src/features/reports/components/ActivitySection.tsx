import { MEETING_OUTCOME_RESULTS, MEETING_PROGRESS_LEVELS, MEETING_REQUEST_STATUSES, type EditionReport, type MeetingProgress } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { useReportFormat } from '../report-format';
import { CountTable } from './CountTable';

/** Requests by status, meetings by status, and what came of the meetings held. */
export function ActivitySection({ report }: { report: EditionReport }) {
  const { t } = useTranslation();
  const format = useReportFormat();
  const { meetings } = report;
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  const meetingRows = [
    { key: 'held', label: t('meetings.meetingStatus.held'), count: meetings.held },
    { key: 'no_show', label: t('meetings.meetingStatus.no_show'), count: meetings.noShow },
    { key: 'scheduled', label: t('reports.activity.scheduled'), count: meetings.scheduled },
    { key: 'unplaced', label: t('reports.activity.unplaced'), count: meetings.unplaced },
    { key: 'cancelled', label: t('meetings.meetingStatus.cancelled'), count: meetings.cancelled },
  ];
  const progressLabel = (level: MeetingProgress): string => (level === 'none' ? t('reports.progress.none') : t(`meetings.outcome.results.${level}`));
  return (
    <>
      <section className="report-section" aria-labelledby="report-activity-title">
        <h2 id="report-activity-title" className="section__title">
          {t('reports.activity.title')}
        </h2>
        <div className="report-columns">
          <CountTable
            caption={t('reports.activity.requests')}
            headings={[t('reports.activity.status'), t('reports.activity.count')]}
            rows={MEETING_REQUEST_STATUSES.map((status) => ({ key: status, label: t(`meetings.requestStatus.${status}`), cells: [format.count(report.requests[status] ?? 0)] }))}
            total={{ label: t('reports.registrations.total'), cells: [format.count(sum(Object.values(report.requests)))] }}
          />
          <CountTable
            caption={t('reports.activity.meetings')}
            headings={[t('reports.activity.status'), t('reports.activity.count')]}
            rows={meetingRows.map((row) => ({ key: row.key, label: row.label, cells: [format.count(row.count)] }))}
            total={{ label: t('reports.registrations.total'), cells: [format.count(sum(meetingRows.map((row) => row.count)))] }}
          />
        </div>
      </section>
      <section className="report-section" aria-labelledby="report-progress-title">
        <h2 id="report-progress-title" className="section__title">
          {t('reports.progress.title')}
        </h2>
        <p className="muted">{t('reports.progress.lead')}</p>
        <div className="report-columns">
          <CountTable
            caption={t('reports.progress.byMeeting')}
            headings={[t('reports.progress.level'), t('reports.progress.meetings')]}
            rows={[...MEETING_PROGRESS_LEVELS].reverse().map((level) => ({ key: level, label: progressLabel(level), cells: [format.count(report.progress[level])] }))}
            total={{ label: t('meetings.meetingStatus.held'), cells: [format.count(sum(Object.values(report.progress)))] }}
          />
          <CountTable
            caption={t('reports.progress.sides')}
            headings={[t('reports.progress.level'), t('reports.progress.answers')]}
            rows={[...MEETING_OUTCOME_RESULTS].reverse().map((result) => ({ key: result, label: progressLabel(result), cells: [format.count(report.outcomes[result] ?? 0)] }))}
          />
        </div>
      </section>
    </>
  );
}
