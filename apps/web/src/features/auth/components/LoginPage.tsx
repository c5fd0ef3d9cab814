import { loginSchema } from '@serumpun/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { FormAlert } from '../../../components/FormAlert';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { LoadingState } from '../../../components/LoadingState';
import { PageTitle } from '../../../components/PageTitle';
import { PasswordField } from '../../../components/PasswordField';
import { TextField } from '../../../components/TextField';
import { ApiRequestError } from '../../../lib/api-client';
import { showServerFieldErrors } from '../../../lib/form-errors';
import { formMessageFor, type FormMessage } from '../../../lib/form-message';
import { localisedResolver } from '../../../lib/localised-resolver';
import { safeNext } from '../../../lib/safe-next';
import { useRevalidateOnLanguageChange } from '../../../lib/useRevalidateOnLanguageChange';
import { useLogin } from '../hooks/useLogin';
import { useSession } from '../hooks/useSession';
import { AuthLayout } from './AuthLayout';

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const { mutateAsync: login, isPending } = useLogin();
  const [formMessage, setFormMessage] = useState<FormMessage | null>(null);
  const form = useForm({
    resolver: localisedResolver(loginSchema),
    defaultValues: { email: '', password: '' },
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
      await login(values);
      // Signed in: this page re-renders and the redirect above takes the person to `next`.
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 401) {
        // The API answers a wrong password and an unknown email alike; so does this message.
        setFormMessage({ key: 'auth.login.invalidCredentials' });
      } else if (!(error instanceof ApiRequestError && error.status === 400 && showServerFieldErrors(error, setError, ['email', 'password']))) {
        setFormMessage(formMessageFor(error));
      }
    }
  });

  const registerLink = next === '/' ? '/register' : `/register?next=${encodeURIComponent(next)}`;
  const signedOutReason = session.status === 'anonymous' ? session.reason : null;

  return (
    <AuthLayout>
      <section className="card auth__card" aria-labelledby="login-title">
        <PageTitle title={t('auth.login.title')}>
          <span id="login-title">{t('auth.login.title')}</span>
        </PageTitle>
        {signedOutReason === 'expired' ? <FormAlert tone="info">{t('auth.login.sessionExpired')}</FormAlert> : null}
        {signedOutReason === 'signed-out' ? <FormAlert tone="info">{t('auth.login.signedOut')}</FormAlert> : null}
        <form className="form" onSubmit={onSubmit} noValidate>
          <FormMessageAlert message={formMessage} />
          <TextField
            id="login-email"
            label={t('auth.fields.email')}
            type="email"
            autoComplete="email"
            inputMode="email"
            error={errors.email?.message}
            {...register('email')}
          />
          <PasswordField
            id="login-password"
            label={t('auth.fields.password')}
            autoComplete="current-password"
            error={errors.password?.message}
            {...register('password')}
          />
          <button type="submit" className="button button--primary button--block" disabled={isPending}>
            {isPending ? t('auth.login.submitting') : t('auth.login.submit')}
          </button>
        </form>
        <p className="auth__switch">
          {t('auth.login.noAccount')} <Link to={registerLink}>{t('auth.login.registerLink')}</Link>
        </p>
      </section>
    </AuthLayout>
  );
}
