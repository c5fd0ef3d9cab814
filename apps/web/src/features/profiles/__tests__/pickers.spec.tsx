import '@testing-library/jest-dom/jest-globals';
import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { i18n } from '../../../i18n/i18n';
import { RegionPicker } from '../components/RegionPicker';
import { SectorPicker } from '../components/SectorPicker';

function Sectors({ multiple = true, initial = [] as string[] }) {
  const [value, setValue] = useState<string[]>(initial);
  return (
    <>
      <SectorPicker id="sectors" label="Sektor" multiple={multiple} value={value} onChange={setValue} />
      <p data-testid="value">{value.join(",")}</p>
    </>
  );
}

function Regions({ countries }: { countries?: string[] }) {
  const [value, setValue] = useState<string[]>([]);
  return (
    <>
      <RegionPicker id="regions" label="Wilayah" multiple countries={countries} value={value} onChange={setValue} />
      <p data-testid="value">{value.join(",")}</p>
    </>
  );
}

// Plain selectors: role queries over a hundred options are slow in jsdom, and these only read text.
const options = () => [...document.querySelectorAll<HTMLElement>('[role="option"]')];
const optionNames = () => options().map((option) => option.textContent ?? '');

// Typing into a list of a hundred options is slow in jsdom on a busy machine.
jest.setTimeout(20_000);

beforeEach(async () => {
  await i18n.changeLanguage('id');
});

describe('the sector picker', () => {
  it('is a labelled combobox that controls a grouped listbox', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Sectors />);
    const input = screen.getByRole('combobox', { name: 'Sektor' });
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');

    await user.click(input);

    expect(input).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox', { name: 'Sektor' });
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    expect(listbox).toHaveAttribute('aria-multiselectable', 'true');
    // 21 ISIC sections, each a group holding itself and its divisions: 21 + 88 options.
    expect(within(listbox).getAllByRole('group')).toHaveLength(21);
    expect(options()).toHaveLength(109);
    expect(within(listbox).getByRole('group', { name: 'C · Industri Pengolahan' })).toBeInTheDocument();
  });

  it('filters by what is typed, in the interface language', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Sectors />);
    const input = screen.getByRole('combobox', { name: 'Sektor' });

    await user.type(input, 'makanan');
    expect(optionNames()).toEqual(['C10Industri Makanan', 'I56Penyediaan Makanan dan Minuman']);
    expect(screen.getByRole('status')).toHaveTextContent('2 pilihan cocok');

    await act(() => i18n.changeLanguage('en'));
    await user.clear(input);
    await user.type(input, 'food');
    // A match on a section's name ("Accommodation and food service activities") brings its divisions.
    expect(optionNames()).toEqual(['C10Manufacture of food products', 'IAll of section I', 'I55Accommodation', 'I56Food and beverage service activities']);

    await act(() => i18n.changeLanguage('ms'));
    await user.clear(input);
    await user.type(input, 'pembuatan makanan');
    expect(optionNames()).toEqual(['C10Pembuatan produk makanan']);
  });

  it('finds sectors by code and by the section’s name, ignoring case and accents', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Sectors />);
    const input = screen.getByRole('combobox', { name: 'Sektor' });

    await user.type(input, 'c10');
    expect(optionNames()).toEqual(['C10Industri Makanan']);

    await user.clear(input);
    await user.type(input, 'PERTAMBANGAN');
    // The whole section, then each of its divisions.
    expect(optionNames()[0]).toBe('BSeluruh kategori B');
    expect(optionNames()).toHaveLength(6);

    await user.clear(input);
    await user.type(input, 'zzz');
    expect(screen.getByText('Tidak ada yang cocok dengan “zzz”.')).toBeInTheDocument();
  });

  it('selects divisions with the keyboard and shows them as removable chips', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Sectors />);
    const input = screen.getByRole('combobox', { name: 'Sektor' });

    await user.type(input, 'industri m');
    const first = options()[0];
    expect(input).toHaveAttribute('aria-activedescendant', first.id);
    await user.keyboard('{ArrowDown}');
    const second = options()[1];
    expect(input).toHaveAttribute('aria-activedescendant', second.id);
    await user.keyboard('{Enter}');
    await user.keyboard('{ArrowUp}{Enter}');

    expect(screen.getByTestId('value')).toHaveTextContent('C11,C10');
    expect(first).toHaveAttribute('aria-selected', 'true');
    expect(second).toHaveAttribute('aria-selected', 'true');
    // Several can be chosen: the list stays open until Escape.
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');

    const chips = screen.getByRole('list', { name: 'Pilihan Anda Sektor' });
    expect(within(chips).getAllByRole('listitem').map((chip) => chip.textContent)).toEqual(['C11 Industri Minuman×', 'C10 Industri Makanan×']);
    await user.click(within(chips).getByRole('button', { name: 'Hapus C11 Industri Minuman' }));
    expect(screen.getByTestId('value')).toHaveTextContent(/^C10$/);

    // A second Escape clears the text; Backspace in the empty field takes back the last choice.
    await user.click(input);
    await user.keyboard('{Escape}{Escape}');
    expect(input).toHaveValue('');
    await user.keyboard('{Backspace}');
    expect(screen.getByTestId('value')).toBeEmptyDOMElement();
  });

  it('chooses one value and closes when it takes a single sector', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Sectors multiple={false} initial={['A01']} />);
    const input = screen.getByRole('combobox', { name: 'Sektor' });

    await user.type(input, 'minuman');
    await user.click(screen.getByRole('option', { name: /Industri Minuman/ }));

    expect(screen.getByTestId('value')).toHaveTextContent(/^C11$/);
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('');
  });
});

describe('the region picker', () => {
  it('groups regions by country, then island group, and finds them by capital', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Regions />);
    const input = screen.getByRole('combobox', { name: 'Wilayah' });

    await user.click(input);
    const groups = within(screen.getByRole('listbox')).getAllByRole('group');
    // Borneo first in each country: the dialogue's home island.
    expect(groups.map((group) => document.getElementById(group.getAttribute('aria-labelledby')!)!.textContent)).toEqual([
      'Indonesia · Kalimantan (Borneo)',
      'Indonesia · Sumatra',
      'Indonesia · Jawa',
      'Indonesia · Bali dan Nusa Tenggara',
      'Indonesia · Sulawesi',
      'Indonesia · Maluku',
      'Indonesia · Papua',
      'Malaysia · Kalimantan (Borneo)',
      'Malaysia · Semenanjung Malaysia',
      'Brunei Darussalam · Kalimantan (Borneo)',
    ]);
    expect(options()).toHaveLength(58);

    await user.type(input, 'kuching');
    expect(optionNames()).toEqual(['Sarawak']);
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('value')).toHaveTextContent('MY-13');
  });

  it('can be narrowed to one country', async () => {
    const user = userEvent.setup({ delay: null });
    render(<Regions countries={['BN']} />);

    await user.click(screen.getByRole('combobox', { name: 'Wilayah' }));

    expect(optionNames()).toEqual(['Belait', 'Brunei-Muara', 'Temburong', 'Tutong']);
  });
});
