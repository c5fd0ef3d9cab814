import type { SelfRegisteredRole } from '@serumpun/shared';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

const ROLE_CARDS: readonly SelfRegisteredRole[] = ['investor', 'business'];

/** The two self-registered roles as cards that say what each can do on Serumpun. */
export function RoleChoice({ field, error }: { field: UseFormRegisterReturn<'role'>; error?: string }) {
  const { t } = useTranslation();
  const errorId = 'register-role-error';
  return (
    <fieldset className={['role-choice', error ? 'role-choice--invalid' : null].filter(Boolean).join(' ')} aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">{t('auth.register.roleLegend')}</legend>
      <div className="role-choice__cards">
        {ROLE_CARDS.map((role) => {
          const inputId = `register-role-${role}`;
          const descriptionId = `${inputId}-description`;
          return (
            <div key={role} className="role-card">
              <input
                id={inputId}
                className="role-card__input"
                type="radio"
                value={role}
                aria-describedby={descriptionId}
                aria-invalid={error ? true : undefined}
                {...field}
              />
              <label htmlFor={inputId} className="role-card__title">
                {t(`roles.${role}`)}
              </label>
              <div id={descriptionId} className="role-card__body">
                <p className="role-card__who">{t(`auth.register.roles.${role}.who`)}</p>
                <ul className="role-card__does">
                  <li>{t(`auth.register.roles.${role}.does1`)}</li>
                  <li>{t(`auth.register.roles.${role}.does2`)}</li>
                  <li>{t(`auth.register.roles.${role}.does3`)}</li>
                </ul>
              </div>
            </div>
          );
        })}
      </div>
      <p className="field__hint">{t('auth.register.organiserNote')}</p>
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
