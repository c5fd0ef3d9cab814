import type { ReactNode } from 'react';

export interface CountTableProps {
  caption: string;
  /** The first column's heading, then one heading per figure. */
  headings: readonly string[];
  /** `current` marks the row of what the page shows now (aria-current). */
  rows: ReadonlyArray<{ key: string; label: ReactNode; cells: readonly ReactNode[]; current?: boolean }>;
  /** A last row of totals, when the rows add up to something worth stating. */
  total?: { label: string; cells: readonly ReactNode[] };
  /** When a heading right above already says what the caption would: kept for screen readers only. */
  captionHidden?: boolean;
}

/** A small breakdown table: one labelled row per group, figures right-aligned, an optional total. */
export function CountTable({ caption, headings, rows, total, captionHidden = false }: CountTableProps) {
  const [first, ...figures] = headings;
  return (
    <div className="table-scroll">
      <table className="report-table">
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {figures.map((heading) => (
              <th key={heading} scope="col" className="report-table__number">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} aria-current={row.current ? 'true' : undefined}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, index) => (
                <td key={figures[index]} data-label={figures[index]} className="report-table__number">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {total ? (
          <tfoot>
            <tr>
              <th scope="row">{total.label}</th>
              {total.cells.map((cell, index) => (
                <td key={figures[index]} data-label={figures[index]} className="report-table__number">
                  {cell}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
