import { useTranslation } from 'react-i18next';
import type { FormMessage } from '../lib/form-message';
import { FormAlert } from './FormAlert';

export function FormMessageAlert({ message }: { message: FormMessage | null }) {
  const { t } = useTranslation();
  if (!message) return null;
  const text = 'text' in message ? message.text : t(message.key, { count: message.minutes ?? 0 });
  return <FormAlert key={'text' in message ? message.text : message.key}>{text}</FormAlert>;
}
