import type { User } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { EditionsSection } from '../../editions/components/EditionsSection';
import { HomeHero } from './HomeHero';
import { TeaserCard } from './TeaserCard';

export function BusinessHome({ user }: { user: User }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <HomeHero user={user} lead={t('home.business.lead')} />
      <section className="section" aria-labelledby="business-next-title">
        <h2 id="business-next-title" className="section__title">
          {t('home.nextSteps')}
        </h2>
        <div className="teasers">
          <TeaserCard
            title={t('home.business.opportunitiesTitle')}
            body={t('home.business.opportunitiesBody')}
            to="/my/opportunities"
            action={t('home.business.opportunitiesAction')}
          />
          <TeaserCard
            title={t('home.business.matchesTitle')}
            body={t('home.business.matchesBody')}
            to="/matches"
            action={t('home.business.matchesAction')}
          />
          <TeaserCard
            title={t('home.business.profileTitle')}
            body={t('home.business.profileBody')}
            to="/profile"
            action={t('home.business.profileAction')}
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
