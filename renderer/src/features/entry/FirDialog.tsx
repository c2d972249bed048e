import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Autocomplete,
  Badge,
  Button,
  CloseButton,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  Paper,
  ScrollArea,
  Select,
  Stack,
  Tabs,
  Text,
  TextInput,
  UnstyledButton,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/transport';
import { useCall, useRead } from '../../api/queries';
import { errorText } from '../../api/errors';
import { FIR_STATUSES, type Output } from '../../../../electron/contract/index';
import { ACTS, BNS_SECTIONS, findSections, formatSections } from '../../../../electron/shared/law/sections';
import { fmtLocal, nowLocal } from '../../lib/format';
import { DialogButtons } from '../../lib/DialogButtons';
import { ok } from '../../lib/notify';
import { DdMmYyyyInput } from '../../lib/DateInputs';

type Sec = { act: string; section: string };

/** Common BNS sections with Hindi titles and old IPC numbers; other Acts typed freely. */
export function SectionPicker({ value, onChange }: { value: Sec[]; onChange: (v: Sec[]) => void }) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState('');
  const [act, setAct] = useState('Arms Act');
  const [sec, setSec] = useState('');
  const results = useMemo(() => (q.trim() ? findSections(q.trim()) : BNS_SECTIONS).slice(0, 40), [q]);
  const has = (s: Sec) => value.some((v) => v.act === s.act && v.section === s.section);
  const add = (s: Sec) => !has(s) && onChange([...value, s]);
  const lang = i18n.language === 'en' ? 'en' : 'hi';
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('fir.sections')}
      </Text>
      <Group gap={4} data-testid="chosen-sections">
        {value.map((s) => (
          <Badge
            key={`${s.act}-${s.section}`}
            size="lg"
            variant="filled"
            style={{ textTransform: 'none' }}
            rightSection={
              <CloseButton
                size="xs"
                aria-label={`− ${s.section}`}
                onClick={() => onChange(value.filter((v) => v !== s))}
                variant="transparent"
                c="white"
              />
            }
          >
            {s.section} {s.act}
          </Badge>
        ))}
      </Group>
      {value.length > 0 && (
        <Text size="sm" c="dimmed">
          {formatSections(value, lang)}
        </Text>
      )}
      <TextInput
        label={t('fir.sectionSearch')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        data-testid="section-search"
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            if (results[0]) add({ act: 'BNS', section: results[0].section });
          }
        }}
      />
      <ScrollArea h={150} type="auto">
        <Stack gap={2}>
          {results.map((s) => (
            <UnstyledButton
              key={s.section}
              onClick={() => add({ act: 'BNS', section: s.section })}
              data-testid="section-option"
              p={4}
              style={{ borderRadius: 4, background: has({ act: 'BNS', section: s.section }) ? 'var(--mantine-color-indigo-0)' : undefined }}
            >
              <Text size="sm">
                <b>{s.section} BNS</b> — {lang === 'hi' ? s.titleHi : s.titleEn}
                {s.ipc ? (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({t('fir.ipc', { ipc: s.ipc.join(', ') })})
                  </Text>
                ) : null}
              </Text>
            </UnstyledButton>
          ))}
        </Stack>
      </ScrollArea>
      <Group align="flex-end" gap="xs">
        <Autocomplete
          label={t('fir.otherAct')}
          value={act}
          onChange={setAct}
          data={ACTS.filter((a) => a.key !== 'BNS').map((a) => a.key)}
          w={220}
          data-testid="other-act"
          renderOption={({ option }) => {
            const a = ACTS.find((x) => x.key === option.value);
            return (
              <Text size="sm">
                {option.value}
                {a ? ` — ${lang === 'hi' ? a.hiFull : a.enFull}` : ''}
              </Text>
            );
          }}
        />
        <TextInput label={t('fir.otherSection')} value={sec} onChange={(e) => setSec(e.currentTarget.value)} w={120} />
        <Button
          variant="light"
          disabled={!sec.trim() || !act.trim()}
          onClick={() => (add({ act: act.trim(), section: sec.trim() }), setSec(''))}
        >
          {t('fir.addOther')}
        </Button>
      </Group>
    </Stack>
  );
}

export function FirDialog({ entryId, onClose, onDone }: { entryId: number; onClose: () => void; onDone: () => Promise<void> | void }) {
  const { t } = useTranslation();
  const now = nowLocal();
  const [year, setYear] = useState<number>(Number(now.slice(0, 4)));
  const [number, setNumber] = useState<number | string>('');
  const [registeredAt, setRegisteredAt] = useState(now);
  const [io, setIo] = useState('');
  const [status, setStatus] = useState<(typeof FIR_STATUSES)[number]>('under-investigation');
  const [sections, setSections] = useState<Sec[]>([]);
  const [gd, setGd] = useState({ gdNumber: '', gdAt: '' });
  const [err, setErr] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [linkId, setLinkId] = useState<string | null>(null);
  const existing = useRead('firs.list', { limit: 500 }).data;
  const firs = useMemo(
    () =>
      (existing?.rows ?? []).map((f) => ({ value: String(f.id), label: `${f.number}/${f.year} — ${formatSections(f.sections, 'hi')}` })),
    [existing],
  );
  // The next crime number of the year is the usual one; the munshi can type another.
  useEffect(() => {
    if (!existing) return;
    const max = Math.max(0, ...existing.rows.filter((f) => f.year === year).map((f) => f.number));
    setNumber((n) => (n === '' ? max + 1 : n));
  }, [existing, year]);

  const run = async (fn: () => Promise<unknown>) => {
    setBusy(true);
    setErr(null);
    try {
      await fn();
      ok(t('fir.created'));
      await onDone();
      onClose();
    } catch (e) {
      setErr(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal closeButtonProps={{ 'aria-label': t('app.close') }} opened onClose={onClose} title={t('entry.addFir')} size="xl">
      <Tabs defaultValue="new">
        <Tabs.List>
          <Tabs.Tab value="new">{t('fir.new')}</Tabs.Tab>
          <Tabs.Tab value="link">{t('fir.link')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="new" pt="sm">
          <Stack>
            <Group grow>
              <NumberInput label={t('fir.number')} value={number} onChange={setNumber} min={1} required data-testid="fir-number" />
              <NumberInput label={t('fir.year')} value={year} onChange={(v) => setYear(Number(v))} min={1900} max={2200} required />
              <DdMmYyyyInput label={t('fir.registeredAt')} value={registeredAt} onChange={setRegisteredAt} required />
            </Group>
            <Group grow>
              <TextInput label={t('fir.io')} value={io} onChange={(e) => setIo(e.currentTarget.value)} data-testid="fir-io" />
              <NativeSelect
                label={t('fir.status')}
                value={status}
                onChange={(e) => setStatus(e.currentTarget.value as typeof status)}
                data={FIR_STATUSES.map((s) => ({ value: s, label: t(`firStatus.${s}`) }))}
              />
            </Group>
            <GdFields value={gd} onChange={setGd} />
            <Paper withBorder p="sm">
              <SectionPicker value={sections} onChange={setSections} />
            </Paper>
            {err && <Alert color="red">{err}</Alert>}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('app.cancel')}
              </Button>
              <Button
                loading={busy}
                disabled={!sections.length || !number}
                data-testid="fir-save"
                onClick={() =>
                  run(() =>
                    call('firs.create', {
                      year,
                      number: Number(number),
                      registeredAt,
                      sections,
                      io: io || null,
                      status,
                      entryId,
                      gdNumber: gd.gdNumber || null,
                      gdAt: gd.gdAt || null,
                    }),
                  )
                }
              >
                {t('fir.create')}
              </Button>
            </Group>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="link" pt="sm">
          <Stack>
            <Select label={t('fir.firId')} data={firs} value={linkId} onChange={setLinkId} searchable />
            {err && <Alert color="red">{err}</Alert>}
            <Group justify="flex-end">
              <Button
                disabled={!linkId}
                loading={busy}
                onClick={() => run(() => call('firs.linkEntry', { firId: Number(linkId), entryId }))}
              >
                {t('app.save')}
              </Button>
            </Group>
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Modal>
  );
}

/** "रपट संख्या 23 समय 08-01-2026 10:40", or '' when no GD report is recorded. */
export function useGdText(): (x: { gdNumber: string | null; gdAt: string | null }) => string {
  const { t } = useTranslation();
  return (x) => (x.gdNumber || x.gdAt ? t('gd.text', { number: x.gdNumber ?? '—', at: x.gdAt ? fmtLocal(x.gdAt) : '—' }) : '');
}

/** The General Diary (रोजनामचा आम) report something was written in: its number and time ("रपट संख्या 23 समय 10:40"). */
export function GdFields({
  value,
  onChange,
  errors = {},
}: {
  value: { gdNumber: string; gdAt: string };
  onChange: (v: { gdNumber: string; gdAt: string }) => void;
  errors?: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <Group grow align="flex-start">
      <TextInput
        label={t('gd.number')}
        value={value.gdNumber}
        onChange={(e) => onChange({ ...value, gdNumber: e.currentTarget.value })}
        error={errors.gdNumber}
        data-testid="gd-number"
      />
      <DdMmYyyyInput
        label={t('gd.at')}
        value={value.gdAt}
        onChange={(v) => onChange({ ...value, gdAt: v })}
        error={errors.gdAt}
        data-testid="gd-at"
      />
    </Group>
  );
}

type Fir = Output<'firs.get'>;

/** Corrects an FIR: its sections, investigating officer, status (a charge sheet or final report with its number and date) and GD report. */
export function FirEditDialog({ fir, onClose }: { fir: Fir; onClose: () => void }) {
  const { t } = useTranslation();
  const [f, setF] = useState({
    registeredAt: fir.registeredAt.slice(0, 16),
    io: fir.io ?? '',
    status: fir.status,
    closureNumber: fir.closureNumber ?? '',
    closureDate: fir.closureDate ?? '',
  });
  const [sections, setSections] = useState<Sec[]>(fir.sections);
  const [gd, setGd] = useState({ gdNumber: fir.gdNumber ?? '', gdAt: fir.gdAt?.slice(0, 16) ?? '' });
  const update = useCall('firs.update', {
    onSuccess: () => {
      ok(t('app.saved'));
      onClose();
    },
  });
  const closed = f.status !== 'under-investigation';
  const placed = ['registeredAt', 'closureDate', 'closureNumber', 'gdAt', 'gdNumber'].some((k) => update.fields[k]);
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('app.close') }}
      opened
      onClose={onClose}
      title={`${t('fir.edit')} — ${t('fir.crimeNo')} ${fir.number}/${fir.year}`}
      size="xl"
    >
      <Stack>
        <Group grow align="flex-start">
          <DdMmYyyyInput
            label={t('fir.registeredAt')}
            value={f.registeredAt}
            onChange={(v) => setF({ ...f, registeredAt: v })}
            error={update.fields.registeredAt}
            required
          />
          <TextInput
            label={t('fir.io')}
            value={f.io}
            onChange={(e) => setF({ ...f, io: e.currentTarget.value })}
            data-testid="fir-edit-io"
          />
          <NativeSelect
            label={t('fir.status')}
            value={f.status}
            onChange={(e) => setF({ ...f, status: e.currentTarget.value as Fir['status'] })}
            data={FIR_STATUSES.map((s) => ({ value: s, label: t(`firStatus.${s}`) }))}
            data-testid="fir-edit-status"
          />
        </Group>
        {closed && (
          <Group grow align="flex-start">
            <TextInput
              label={t(f.status === 'charge-sheet' ? 'fir.chargeSheetNumber' : 'fir.finalReportNumber')}
              value={f.closureNumber}
              onChange={(e) => setF({ ...f, closureNumber: e.currentTarget.value })}
              error={update.fields.closureNumber}
              data-testid="fir-closure-number"
            />
            <DdMmYyyyInput
              withTime={false}
              label={t(f.status === 'charge-sheet' ? 'fir.chargeSheetDate' : 'fir.finalReportDate')}
              value={f.closureDate}
              onChange={(v) => setF({ ...f, closureDate: v })}
              error={update.fields.closureDate}
              data-testid="fir-closure-date"
            />
          </Group>
        )}
        <GdFields value={gd} onChange={setGd} errors={update.fields} />
        <Paper withBorder p="sm">
          <SectionPicker value={sections} onChange={setSections} />
        </Paper>
        {update.errorText && !placed && <Alert color="red">{update.errorText}</Alert>}
        <DialogButtons onCancel={onClose}>
          <Button
            loading={update.isPending}
            disabled={!sections.length}
            data-testid="fir-edit-save"
            onClick={() =>
              update.mutate({
                id: fir.id,
                registeredAt: f.registeredAt,
                io: f.io,
                status: f.status,
                sections,
                closureNumber: closed ? f.closureNumber : null,
                closureDate: closed ? f.closureDate || null : null,
                gdNumber: gd.gdNumber,
                gdAt: gd.gdAt || null,
              })
            }
          >
            {t('app.save')}
          </Button>
        </DialogButtons>
      </Stack>
    </Modal>
  );
}
