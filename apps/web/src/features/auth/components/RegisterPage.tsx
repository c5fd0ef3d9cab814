import { PASSWORD_MIN_LENGTH, registerSchema } from '@serumpun/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageTitle } from '../../../components/PageTitle';
import { PasswordField } from '../../../components/PasswordField';
import { TextField } from '../../../components/TextField';
import { currentLocale } from '../../../i18n/i18n';
import { ApiRequestError } from '../../../lib/api-client';
import { showServerFieldErrors } from '../../../lib/form-errors';
import { formMessageFor, type FormMessage } from '../../../lib/form-message';
import { localisedResolver } from '../../../lib/localised-resolver';
import { safeNext } from '../../../lib/safe-next';
import { useRevalidateOnLanguageChange } from '../../../lib/useRevalidateOnLanguageChange';
import { useRegister } from '../hooks/useRegister';
import { useSession } from '../hooks/useSession';
import { AuthLayout } from './AuthLayout';
import { RoleChoice } from './RoleChoice';

const FIELDS = ['fullName', 'email', 'password', 'role'] as const;

export function RegisterPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { mutateAsync: registerAccount, isPending } = useRegister();
  const [formMessage, setFormMessage] = useState<FormMessage | null>(null);
  const form = useForm({
    resolver: localisedResolver(registerSchema),
    defaultValues: { fullName: '', email: '', password: '', role: undefined },
  });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = form;
  useRevalidateOnLanguageChange(form);

  if (session.status === 'authenticated') return <Navigate to={next} replace />;
  if (session.status === 'restoring') return <LoadingState />;

  const onSubmit = handleSubmit(async (values) => {
    setFormMessage(null);
    try {
      // The account starts in the language the person is reading now.
      await registerAccount({ ...values, locale: currentLocale() });
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 409) {
        const detail = error.details.find((d) => d.path === 'email');
        setError('email', { type: 'server', message: detail?.message ?? t('auth.register.emailTaken') }, { shouldFocus: true });
      } else if (!(error instanceof ApiRequestError && error.status === 400 && showServerFieldErrors(error, setError, FIELDS))) {
        setFormMessage(formMessageFor(error));
      }
    }
  });

  const loginLink = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;

  return (
    <AuthLayout>
      <section className="card auth__card">
        <PageTitle title={t('auth.register.title')}>{t('auth.register.title')}</PageTitle>
        <p className="muted">{t('auth.register.intro')}</p>
        <form className="form" onSubmit={onSubmit} noValidate>
          <FormMessageAlert message={formMessage} />
          <RoleChoice field={register('role')} error={errors.role?.message} />
          <TextField
            id="register-full-name"
            label={t('auth.fields.fullName')}
            autoComplete="name"
            error={errors.fullName?.message}
            {...register('fullName')}
          />
          <TextField
            id="register-email"
            label={t('auth.fields.email')}
            type="email"
            autoComplete="email"
            inputMode="email"
            error={errors.email?.message}
            {...register('email')}
          />
          <PasswordField
            id="register-password"
            label={t('auth.fields.password')}
            autoComplete="new-password"
            hint={t('auth.register.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            error={errors.password?.message}
            {...register('password')}
          />
          <button type="submit" className="button button--primary button--block" disabled={isPending}>
            {isPending ? t('auth.register.submitting') : t('auth.register.submit')}
          </button>
        </form>
        <p className="auth__switch">
          {t('auth.register.haveAccount')} <Link to={loginLink}>{t('auth.register.loginLink')}</Link>
        </p>
      </section>
    </AuthLayout>
  );
}
