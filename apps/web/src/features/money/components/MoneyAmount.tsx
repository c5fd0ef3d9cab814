import type { Money } from '@serumpun/shared';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n/i18n';
import { formatCalendarDate } from '../format-date';
import { useMoneyFormatter } from '../hooks/useMoneyFormatter';

function RateNote({ text, asOf }: { text: string; asOf: string }) {
  const { t } = useTranslation();
  return (
    <span className="money__converted">
      ≈ {text} <span className="money__rate">({t('marketplace.money.rateAsOf', { date: formatCalendarDate(asOf, currentLocale()) })})</span>
    </span>
  );
}

/**
 * An amount exactly as it was stated, with the viewer's preferred currency beside it (converted at
 * the organisers' rates, whose date is shown: the conversion is an indication, the original counts).
 */
export function MoneyAmount({ money }: { money: Money }) {
  const display = useMoneyFormatter()(money);
  return (
    <span className="money">
      <span className="money__original">{display.original}</span>
      {display.converted ? <RateNote {...display.converted} /> : null}
    </span>
  );
}

/** A range in one currency (an investor's ticket), converted the same way. */
export function MoneyRange({ min, max }: { min: Money; max: Money }) {
  const format = useMoneyFormatter();
  const low = format(min);
  const high = format(max);
  const converted =
    low.converted && high.converted
      ? { text: `${low.converted.text} – ${high.converted.text}`, asOf: high.converted.asOf > low.converted.asOf ? high.converted.asOf : low.converted.asOf }
      : null;
  return (
    <span className="money">
      <span className="money__original">
        {low.original} – {high.original}
      </span>
      {converted ? <RateNote {...converted} /> : null}
    </span>
  );
}
