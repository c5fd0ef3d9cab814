import { useEffect, useRef } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

/**
 * Re-words the client-side errors on screen after a language switch. Errors that came from the
 * server are left alone: revalidating would silently clear them.
 */
export function useRevalidateOnLanguageChange<T extends FieldValues>(form: UseFormReturn<T, unknown, unknown>): void {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const previous = useRef(language);
  const { trigger, formState } = form;
  const errors = formState.errors;
  useEffect(() => {
    if (previous.current === language) return;
    previous.current = language;
    const clientErrors = Object.entries(errors)
      .filter(([, error]) => error && error.type !== 'server')
      .map(([name]) => name as Path<T>);
    if (clientErrors.length > 0) void trigger(clientErrors);
  }, [language, errors, trigger]);
}
