import { createEditionSchema, findRegion, REGION_TIME_ZONES, type CreateEdition, type CreateEditionRequest, type MeetingWindow } from '@serumpun/shared';
import { useState } from 'react';
import { Controller, get, useForm, useWatch, type Path, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormMessageAlert } from '../../../components/FormMessageAlert';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { ApiRequestError } from '../../../lib/api-client';
import { formMessageFor, type FormMessage } from '../../../lib/form-message';
import { localisedResolver } from '../../../lib/localised-resolver';
import { useRevalidateOnLanguageChange } from '../../../lib/useRevalidateOnLanguageChange';
import { timeZoneLabel } from '../../editions/edition-dates';
import { RegionPicker } from '../../profiles/components/RegionPicker';
import { showNestedServerErrors } from '../../profiles/server-errors';
import { defaultWindows, summariseLayout } from '../edition-draft';
import { useCreateEdition } from '../hooks/useCreateEdition';
import { EditionNumberField } from './EditionNumberField';
import { MeetingWindowsFieldset } from './MeetingWindowsFieldset';

/** What the person types: numbers stay text until they are checked, so a cleared field reads "Required". */
interface NewEditionValues {
  name: string;
  city: string;
  venue: string;
  regionCode: string;
  timeZone: string;
  startDate: string;
  endDate: string;
  meetingWindows: MeetingWindow[];
  slotMinutes: string;
  breakMinutes: string;
  tableCount: string;
}

/** Where the organiser lands after creating one: the console, with a word that it worked. */
export interface EditionCreatedState {
  createdEdition: string;
}

const EMPTY: NewEditionValues = {
  name: '',
  city: '',
  venue: '',
  regionCode: '',
  timeZone: '',
  startDate: '',
  endDate: '',
  meetingWindows: [],
  slotMinutes: '30',
  breakMinutes: '0',
  tableCount: '',
};

const FIELDS: Path<NewEditionValues>[] = ['name', 'city', 'venue', 'regionCode', 'timeZone', 'startDate', 'endDate', 'meetingWindows', 'slotMinutes', 'breakMinutes', 'tableCount'];

const number = (text: string) => (text.trim() === '' ? undefined : Number(text));
const blank = (text: string) => (text === '' ? undefined : text);

/** The request as the shared schema sees it; blanks are missing values, so they read "Required". */
function requestOf(values: NewEditionValues): Record<keyof NewEditionValues, unknown> {
  return {
    ...values,
    meetingWindows: values.meetingWindows.map((w) => ({ date: blank(w.date), start: blank(w.start), end: blank(w.end) })),
    slotMinutes: number(values.slotMinutes),
    breakMinutes: number(values.breakMinutes),
    tableCount: number(values.tableCount),
  };
}

const checkWithSharedSchema = localisedResolver(createEditionSchema);
// The shared schema checks the request; the form holds text. Errors come back under the same paths.
const resolver: Resolver<NewEditionValues, unknown, CreateEdition> = (values, context, options) =>
  checkWithSharedSchema(requestOf(values) as CreateEditionRequest, context, options as unknown as Parameters<typeof checkWithSharedSchema>[2]) as unknown as ReturnType<
    Resolver<NewEditionValues, unknown, CreateEdition>
  >;

/** The body of `POST /api/editions`: the fields of this form, checked and trimmed, nothing the API would default. */
function bodyOf(edition: CreateEdition): CreateEditionRequest {
  const { name, city, venue, regionCode, timeZone, startDate, endDate, meetingWindows, slotMinutes, breakMinutes, tableCount } = edition;
  return { name, city, venue, regionCode, timeZone, startDate, endDate, meetingWindows, slotMinutes, breakMinutes, tableCount };
}

/**
 * A new edition: place, region and zone, dates, meeting sessions, slot and break lengths and tables.
 * Sessions follow the dates (one afternoon per day) until the organiser edits them; the zone follows
 * the region until they pick another. The request cap, deadline and approval are set afterwards in
 * the console's settings, where the form lands.
 */
export function NewEditionForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEdition();
  const [formMessage, setFormMessage] = useState<FormMessage | null>(null);
  const [windowsEdited, setWindowsEdited] = useState(false);
  const form = useForm<NewEditionValues, unknown, CreateEdition>({ resolver, defaultValues: EMPTY });
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    getValues,
    formState: { errors, isSubmitting, isSubmitted },
  } = form;
  useRevalidateOnLanguageChange(form);
  const [startDate, endDate, meetingWindows, slotMinutes, breakMinutes, tableCount, timeZone] = useWatch({
    control,
    name: ['startDate', 'endDate', 'meetingWindows', 'slotMinutes', 'breakMinutes', 'tableCount', 'timeZone'],
  });
  const summary = summariseLayout({ meetingWindows, slotMinutes, breakMinutes, tableCount, timeZone });

  const followDates = () => {
    if (windowsEdited) return;
    const windows = defaultWindows(getValues('startDate'), getValues('endDate'));
    if (windows.length > 0) setValue('meetingWindows', windows, { shouldValidate: isSubmitted });
  };

  const onSubmit = handleSubmit(async (values) => {
    setFormMessage(null);
    try {
      const edition = await create.mutateAsync(bodyOf(values));
      navigate(`/editions/${edition.id}/console/settings`, { state: { createdEdition: edition.name } satisfies EditionCreatedState });
    } catch (error) {
      const windowFields = getValues('meetingWindows').flatMap((_, index) =>
        (['date', 'start', 'end'] as const).map((part) => `meetingWindows.${index}.${part}` as Path<NewEditionValues>),
      );
      if (!(error instanceof ApiRequestError && showNestedServerErrors(error, setError, [...FIELDS, ...windowFields]))) {
        setFormMessage(formMessageFor(error));
      }
    }
  });

  const errorOf = (path: string): string | undefined => (get(errors, path) as { message?: string } | undefined)?.message;

  return (
    <form className="form settings-form" onSubmit={onSubmit} noValidate>
      <FormMessageAlert message={formMessage} />

      <fieldset className="settings-form__group">
        <legend className="section__title">{t('editions.create.place')}</legend>
        <TextField id="edition-name" label={t('editions.create.name')} hint={t('editions.create.nameHint')} maxLength={160} error={errors.name?.message} {...register('name')} />
        <div className="form__row">
          <TextField id="edition-city" label={t('editions.create.city')} maxLength={80} error={errors.city?.message} {...register('city')} />
          <TextField id="edition-venue" label={t('editions.venue')} maxLength={160} error={errors.venue?.message} {...register('venue')} />
        </div>
        <div className="form__row">
          <Controller
            control={control}
            name="regionCode"
            render={({ field, fieldState }) => (
              <RegionPicker
                id="edition-region"
                label={t('editions.region')}
                value={field.value ? [field.value] : []}
                onChange={(codes) => {
                  const code = codes[0] ?? '';
                  field.onChange(code);
                  const zone = findRegion(code)?.timeZone;
                  if (zone) setValue('timeZone', zone, { shouldValidate: isSubmitted });
                }}
                onBlur={field.onBlur}
                inputRef={field.ref}
                error={fieldState.error?.message}
              />
            )}
          />
          <SelectField
            id="edition-timeZone"
            label={t('editions.timeZoneLabel')}
            hint={t('editions.create.timeZoneHint')}
            placeholder={t('editions.create.timeZonePlaceholder')}
            // Several zones share an offset (Jakarta and Pontianak, Kuching and Brunei): the name tells them apart.
            options={REGION_TIME_ZONES.map((zone) => ({ value: zone, label: `${timeZoneLabel(zone)} (${zone})` }))}
            error={errors.timeZone?.message}
            {...register('timeZone')}
          />
        </div>
      </fieldset>

      <fieldset className="settings-form__group">
        <legend className="section__title">{t('editions.dates')}</legend>
        <div className="form__row">
          <TextField id="edition-startDate" type="date" label={t('editions.create.startDate')} error={errors.startDate?.message} {...register('startDate', { onChange: followDates })} />
          <TextField
            id="edition-endDate"
            type="date"
            label={t('editions.create.endDate')}
            min={startDate || undefined}
            error={errors.endDate?.message}
            {...register('endDate', { onChange: followDates })}
          />
        </div>
      </fieldset>

      <Controller
        control={control}
        name="meetingWindows"
        render={({ field }) => (
          <MeetingWindowsFieldset
            idPrefix="edition-window"
            windows={field.value}
            onChange={(windows) => {
              setWindowsEdited(true);
              field.onChange(windows);
            }}
            timeZone={timeZone}
            minDate={startDate}
            maxDate={endDate}
            hint={t('editions.create.windowsHint')}
            errorOf={errorOf}
            listError={errors.meetingWindows?.message ?? errors.meetingWindows?.root?.message}
          />
        )}
      />

      <fieldset className="settings-form__group">
        <legend className="section__title">{t('meetings.console.settings.slotsAndTables')}</legend>
        <div className="form__row form__row--triple">
          <EditionNumberField idPrefix="edition" field="slotMinutes" error={errors.slotMinutes?.message} {...register('slotMinutes')} />
          <EditionNumberField idPrefix="edition" field="breakMinutes" error={errors.breakMinutes?.message} {...register('breakMinutes')} />
          <EditionNumberField idPrefix="edition" field="tableCount" error={errors.tableCount?.message} {...register('tableCount')} />
        </div>
        <p className="layout-summary" id="edition-layout-summary" aria-live="polite">
          {t('editions.create.summary', {
            days: t('editions.create.days', { count: summary.days }),
            slots: t('editions.create.slots', { count: summary.slots }),
            tables: t('editions.create.tables', { count: summary.tables }),
            places: t('editions.create.places', { count: summary.places }),
          })}
        </p>
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? t('editions.create.creating') : t('editions.create.submit')}
        </button>
      </div>
    </form>
  );
}
