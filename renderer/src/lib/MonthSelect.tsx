import { useMemo } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { shiftMonth, thisMonth } from './format';
import { monthHi } from '../../../electron/shared/labels';

const EN_MONTH = new Intl.DateTimeFormat('en-IN', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** How far back the list goes: registers are reviewed month by month, old ones rarely. */
const YEARS_BACK = 10;

/** 'YYYY-MM' as the printed register names it (नवंबर 2026), or in English (November 2026). */
export function monthLabel(month: string, lang: string): string {
  if (lang !== 'en') return monthHi(month);
  const [y, m] = month.split('-').map(Number);
  return EN_MONTH.format(new Date(Date.UTC(y, m - 1, 1)));
}

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & { value: string | null; onChange: (month: string | null) => void };

/**
 * A month picked by its name in the desk's language ("नवंबर 2026"), newest first, searchable by name,
 * year or YYYY-MM. The browser's own month input shows month names in the operating system's language
 * instead, and looks different in every browser.
 */
export function MonthSelect({ value, onChange, ...rest }: Props) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  const data = useMemo(() => {
    const newest = shiftMonth(thisMonth(), 1);
    const months = Array.from({ length: YEARS_BACK * 12 + 2 }, (_, i) => shiftMonth(newest, -i));
    if (value && !months.includes(value)) months.push(value);
    return months.map((m) => ({ value: m, label: monthLabel(m, lang) }));
  }, [lang, value]);
  return (
    <Select
      {...rest}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      allowDeselect={false}
      maxDropdownHeight={280}
      filter={({ options, search }) => {
        const q = search.trim().toLowerCase();
        if (!q) return options;
        return options.filter((o) => 'value' in o && (o.label.toLowerCase().includes(q) || o.value.includes(q)));
      }}
    />
  );
}
