import type { User } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { EditionsSection } from '../../editions/components/EditionsSection';
import { HomeHero } from './HomeHero';
import { TeaserCard } from './TeaserCard';

export function InvestorHome({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <HomeHero user={user} lead={t('home.investor.lead')} />
      <section className="section" aria-labelledby="investor-next-title">
        <h2 id="investor-next-title" className="section__title">
          {t('home.nextSteps')}
        </h2>
        <div className="teasers">
          <TeaserCard
            title={t('home.investor.matchesTitle')}
            body={t('home.investor.matchesBody')}
            to="/matches"
            action={t('home.investor.matchesAction')}
          />
          <TeaserCard
            title={t('home.investor.opportunitiesTitle')}
            body={t('home.investor.opportunitiesBody')}
            to="/opportunities"
            action={t('home.investor.opportunitiesAction')}
          />
          <TeaserCard
            title={t('home.investor.profileTitle')}
            body={t('home.investor.profileBody')}
            to="/profile"
            action={t('home.investor.profileAction')}
          />
          <TeaserCard
            title={t('meetings.home.title')}
            body={t('meetings.home.body')}
            to="/meetings"
            action={t('meetings.home.action')}
          />
        </div>
      </section>
      <EditionsSection />
    </div>
  );
}
