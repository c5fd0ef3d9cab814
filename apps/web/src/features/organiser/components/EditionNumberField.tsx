import { MAX_TABLES_PER_EDITION } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from '../../../components/TextField';

/** The bounds the shared edition schema puts on each number, shown to the browser as min and max. */
const LIMITS = {
  slotMinutes: [5, 240],
  breakMinutes: [0, 120],
  tableCount: [1, MAX_TABLES_PER_EDITION],
  pendingRequestCap: [1, 500],
} as const;

export type EditionNumberKey = keyof typeof LIMITS;

/** One of an edition's numbers (meeting length, break, tables, request cap), labelled and bounded the same in every form. */
export function EditionNumberField({
  field,
  idPrefix = 'settings',
  ...inputProps
}: { field: EditionNumberKey; idPrefix?: string } & Omit<TextFieldProps, 'id' | 'label' | 'type' | 'min' | 'max'>) {
  const { t } = useTranslation();
  const [min, max] = LIMITS[field];
  return (
    <TextField
      id={`${idPrefix}-${field}`}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      required
      label={t(`meetings.console.settings.${field}`)}
      {...inputProps}
    />
  );
}
