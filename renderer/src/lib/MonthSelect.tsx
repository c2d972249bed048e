import { useMemo } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { shiftMonth, thisMonth } from './format';

const MONTH_NAMES = {
  hi: ['जनवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** How far back the list goes: registers are reviewed month by month, old ones rarely. */
const YEARS_BACK = 10;

export function monthLabel(month: string, lang: string): string {
  const names = lang === 'en' ? MONTH_NAMES.en : MONTH_NAMES.hi;
  return `${names[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
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
