import { useTranslation } from 'react-i18next';

export interface FacetOption {
  code: string;
  label: string;
  count: number | null;
}

/**
 * One facet of the filter sidebar: "all" plus each value with how many results it would give.
 * Radios, because a facet narrows to one value; the choice applies at once.
 */
export function FacetGroup({
  name,
  legend,
  allLabel,
  options,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  allLabel: string;
  options: readonly FacetOption[];
  value: string | undefined;
  onChange: (code: string | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="facet">
      <legend className="facet__legend">{legend}</legend>
      <ul className="facet__list">
        <li>
          <label className="facet__option">
            <input type="radio" name={`facet-${name}`} checked={!value} onChange={() => onChange(undefined)} />
            <span className="facet__label">{allLabel}</span>
          </label>
        </li>
        {options.map((option) => (
          <li key={option.code}>
            <label className={['facet__option', option.count === 0 ? 'facet__option--empty' : null].filter(Boolean).join(' ')}>
              <input type="radio" name={`facet-${name}`} checked={value === option.code} onChange={() => onChange(option.code)} />
              <span className="facet__label">{option.label}</span>
              {option.count !== null ? (
                <span className="facet__count">
                  <span aria-hidden="true">{option.count}</span>
                  <span className="visually-hidden"> ({t('marketplace.filters.resultCount', { count: option.count })})</span>
                </span>
              ) : null}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
