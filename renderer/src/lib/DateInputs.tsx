import { useEffect, useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';
import { fmtLocal } from './format';

const RE = /^\s*(\d{1,2})[-./](\d{1,2})[-./](\d{4})(?:[\s,T]+(\d{1,2})[:.](\d{2}))?\s*$/;

/** "08-01-2025 10:31" (or 8/1/2025 10.31) -> "2025-01-08T10:31"; date only when withTime is false. */
export function parseDdMmYyyy(s: string, withTime: boolean): string | null {
  const m = RE.exec(s);
  if (!m) return null;
  const [d, mo, y, h = '0', mi = '0'] = m.slice(1);
  const dt = new Date(Date.UTC(+y, +mo - 1, +d));
  if (dt.getUTCMonth() !== +mo - 1 || dt.getUTCDate() !== +d || +h > 23 || +mi > 59) return null;
  const date = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return withTime ? `${date}T${h.padStart(2, '0')}:${mi.padStart(2, '0')}` : date;
}

type Props = Omit<TextInputProps, 'value' | 'onChange'> & {
  value: string;
  onChange: (v: string) => void;
  withTime?: boolean;
  invalidLabel?: string;
};

/**
 * A date (and time) typed the way a munshi writes it: dd-mm-yyyy HH:mm, India time, whatever the
 * browser's locale. The value outside is ISO local (2025-01-08T10:31 or 2025-01-08); '' when empty.
 */
export function DdMmYyyyInput({ value, onChange, withTime = true, invalidLabel = 'dd-mm-yyyy', ...rest }: Props) {
  const [text, setText] = useState(() => (value ? fmtLocal(value, withTime) : ''));
  const [bad, setBad] = useState(false);
  useEffect(() => {
    const shown = parseDdMmYyyy(text, withTime);
    if ((shown ?? '') !== (value ?? '').slice(0, withTime ? 16 : 10)) setText(value ? fmtLocal(value, withTime) : '');
  }, [value]);
  return (
    <TextInput
      {...rest}
      value={text}
      placeholder={withTime ? 'dd-mm-yyyy hh:mm' : 'dd-mm-yyyy'}
      inputMode="numeric"
      error={bad ? `${invalidLabel}${withTime ? ' hh:mm' : ''}` : rest.error}
      onChange={(e) => {
        const t = e.currentTarget.value;
        setText(t);
        if (!t.trim()) {
          setBad(false);
          onChange('');
          return;
        }
        const p = parseDdMmYyyy(t, withTime);
        setBad(!p);
        if (p) onChange(p);
      }}
    />
  );
}
