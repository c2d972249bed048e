import { useState } from 'react';
import { Alert, Autocomplete, Button, Checkbox, Grid, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRead } from '../../api/queries';
import { errorCode, errorText, fieldErrors } from '../../api/errors';
import { phoneHi } from '../../../../electron/shared/labels';
import { ENTRY_MODES, type Input } from '../../../../electron/contract/index';
import { DdMmYyyyInput } from '../../lib/DateInputs';

export interface EntryValues {
  receivedAt: string;
  mode: (typeof ENTRY_MODES)[number];
  source: string;
  name: string;
  relativeName: string;
  phone: string;
  address: string;
  opponent: string;
  place: string;
  beat: string;
  category: string;
  summary: string;
  markedTo: string;
  remarks: string;
  /** The munshi confirms a receipt date the register questions (years old, or before the register began). */
  confirmDate?: boolean;
}

export const emptyEntry = (receivedAt: string): EntryValues => ({
  receivedAt,
  mode: 'whatsapp-group',
  source: '',
  name: '',
  relativeName: '',
  phone: '',
  address: '',
  opponent: '',
  place: '',
  beat: '',
  category: '',
  summary: '',
  markedTo: '',
  remarks: '',
});

export function toInput(v: EntryValues): Input<'entries.create'> {
  return {
    receivedAt: v.receivedAt,
    mode: v.mode,
    source: v.source || null,
    informant: { name: v.name, relativeName: v.relativeName || null, phone: v.phone || null, address: v.address || null },
    opponent: v.opponent || null,
    place: v.place || null,
    beat: v.beat || null,
    category: v.category || null,
    summary: v.summary,
    markedTo: v.markedTo || null,
    remarks: v.remarks || null,
    ...(v.confirmDate ? { confirmDate: true } : {}),
  };
}

/** The register columns in the order a munshi fills them; Tab moves on, Ctrl+Enter saves. */
export function EntryForm({
  initial,
  submitLabel,
  onSubmit,
  receivedAtLocked = false,
  suggestedPhone,
}: {
  initial: EntryValues;
  submitLabel: string;
  onSubmit: (v: EntryValues) => Promise<unknown>;
  /** Editing an entry: its receipt date is the SHO's to correct, with a reason, from the entry page. */
  receivedAtLocked?: boolean;
  /** A mobile number found in the messages, offered for the informant's phone. */
  suggestedPhone?: string | null;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState(initial);
  const [err, setErr] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const sources = (useRead('sources.list').data ?? []).map((x) => x.name);
  // Every invalid field is marked at once, beside its label; what no field explains goes under the form.
  const fields = fieldErrors(err);
  const FORM_FIELDS = ['receivedAt', 'informant.name', 'informant.phone', 'summary'];
  const unplaced = err && !FORM_FIELDS.some((f) => fields[f]) ? errorText(err) : null;
  const set = (k: keyof EntryValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
    setV({ ...v, [k]: e.currentTarget.value });
  const fieldErr = (f: string) => fields[f];
  const questioned = errorCode(err) === 'needs_confirmation';

  const submit = async () => {
    setBusy(true);
    setErr(null);
    try {
      await onSubmit(v);
    } catch (e) {
      setErr(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void submit();
        }
      }}
      data-testid="entry-form"
    >
      <Stack gap="sm">
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <DdMmYyyyInput
              label={t('entry.receivedAt')}
              value={v.receivedAt.slice(0, 16)}
              onChange={(x) => setV({ ...v, receivedAt: x, confirmDate: false })}
              required
              disabled={receivedAtLocked}
              description={receivedAtLocked ? t('entry.receivedAtLocked') : undefined}
              error={fieldErr('receivedAt')}
              data-testid="entry-received-at"
            />
            {questioned && (
              <Checkbox
                mt={6}
                label={t('entry.confirmDate')}
                checked={!!v.confirmDate}
                onChange={(e) => setV({ ...v, confirmDate: e.currentTarget.checked })}
                data-testid="entry-confirm-date"
              />
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <NativeSelect
              label={t('entry.mode')}
              value={v.mode}
              onChange={set('mode')}
              data={ENTRY_MODES.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Autocomplete label={t('entry.source')} data={sources} value={v.source} onChange={(s) => setV({ ...v, source: s })} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <TextInput
              label={t('entry.informant')}
              value={v.name}
              onChange={set('name')}
              required
              error={fieldErr('informant.name')}
              // The received time is usually right already (from the message, or now); the name comes first.
              data-autofocus
              autoFocus
              data-testid="entry-informant"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <TextInput label={t('entry.relative')} value={v.relativeName} onChange={set('relativeName')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <TextInput
              label={t('entry.phone')}
              value={v.phone}
              onChange={set('phone')}
              inputMode="tel"
              error={fieldErr('informant.phone')}
            />
            {suggestedPhone && !v.phone && (
              <Button
                variant="subtle"
                size="compact-sm"
                mt={4}
                onClick={() => setV({ ...v, phone: suggestedPhone })}
                data-testid="entry-suggested-phone"
              >
                {t('entry.suggestedPhone', { phone: phoneHi(suggestedPhone) })}
              </Button>
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <TextInput label={t('entry.address')} value={v.address} onChange={set('address')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <TextInput label={t('entry.opponent')} value={v.opponent} onChange={set('opponent')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea
              label={t('entry.summary')}
              value={v.summary}
              onChange={set('summary')}
              required
              autosize
              minRows={3}
              maxRows={10}
              error={fieldErr('summary')}
              data-testid="entry-summary"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <TextInput label={t('entry.place')} value={v.place} onChange={set('place')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <TextInput label={t('entry.beat')} value={v.beat} onChange={set('beat')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <TextInput label={t('entry.category')} value={v.category} onChange={set('category')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 3 }}>
            <TextInput label={t('entry.markedTo')} value={v.markedTo} onChange={set('markedTo')} data-testid="entry-marked-to" />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput label={t('entry.remarks')} value={v.remarks} onChange={set('remarks')} />
          </Grid.Col>
        </Grid>
        {unplaced && (
          <Alert color="red" role="alert">
            {unplaced}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={busy} data-testid="entry-submit">
            {submitLabel} (Ctrl+Enter)
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
