import { useRef, useState } from 'react';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseTypedDate } from '../../../electron/shared/dates';

type Props = Omit<DateInputProps, 'value' | 'onChange' | 'dateParser' | 'valueFormat' | 'withTime'> & {
  value: string;
  onChange: (v: string) => void;
  withTime?: boolean;
};

/**
 * A date (and time) typed the way a munshi writes it (8/1/26, 08-01-2026 10:32, Devanagari digits, अपराह्न), or
 * picked from the calendar, India time, whatever the browser's locale. The value outside is ISO local
 * (2026-01-08T10:32 or 2026-01-08), '' when empty. Picking a day from the calendar keeps the time typed before.
 */
export function DdMmYyyyInput({ value, onChange, withTime = true, error, ...rest }: Props) {
  const { t, i18n } = useTranslation();
  const [bad, setBad] = useState(false);
  const typed = useRef(false);
  const toPicker = (v: string) => {
    if (!v) return null;
    if (!withTime) return v.slice(0, 10);
    const full = v.length === 10 ? `${v}T00:00:00` : v.length === 16 ? `${v}:00` : v;
    return full.replace('T', ' ');
  };
  return (
    <DateInput
      {...rest}
      value={toPicker(value)}
      withTime={withTime}
      valueFormat={withTime ? 'DD-MM-YYYY HH:mm' : 'DD-MM-YYYY'}
      locale={i18n.language === 'en' ? 'en' : 'hi'}
      placeholder={withTime ? t('dates.dateTimeHint') : t('dates.dateHint')}
      clearable
      clearButtonProps={{ 'aria-label': t('dates.clear') }}
      nextLabel={t('dates.next')}
      previousLabel={t('dates.previous')}
      // A thana works every day: no day of the week is marked apart.
      weekendDays={[]}
      hideOutsideDates
      error={bad ? (withTime ? t('dates.badDateTime') : t('dates.badDate')) : error}
      dateParser={(text) => {
        const p = parseTypedDate(text, { dateOnly: !withTime });
        setBad(!p && !!text.trim());
        typed.current = !!p;
        return p ? p.replace('T', ' ') : null;
      }}
      onChange={(v) => {
        const fromKeys = typed.current;
        typed.current = false;
        setBad(false);
        if (!v) return onChange('');
        let iso = v.replace(' ', 'T');
        if (!withTime) return onChange(iso.slice(0, 10));
        if (iso.length === 10) iso = `${iso}T00:00`;
        // A day picked from the calendar comes at midnight: keep the time already in the field.
        if (!fromKeys && value.length >= 16) iso = `${iso.slice(0, 10)}T${value.slice(11, 16)}`;
        onChange(iso.slice(0, 16));
      }}
    />
  );
}
