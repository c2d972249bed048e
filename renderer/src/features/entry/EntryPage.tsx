import { useState } from 'react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Loader,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
  Title,
  Tooltip,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { refreshAll, useCall, useRead } from '../../api/queries';
import { errorText } from '../../api/errors';
import type { Output } from '../../../../electron/contract/index';
import { formatSections } from '../../../../electron/shared/law/sections';
import { fmtDate, fmtLocal, fmtUtc, nowLocal, serialYear } from '../../lib/format';
import { WANTED_STATUSES } from '../../../../electron/shared/labels';
import { ok } from '../../lib/notify';
import { useDesk, useMay } from '../../app/desk';
import { MessageCard } from '../inbox/MessageCard';
import { EntryForm, toInput, type EntryValues } from './EntryForm';
import { EvidenceGallery } from './EvidenceGallery';
import { FirDialog, FirEditDialog, GdFields, useGdText } from './FirDialog';
import { CorrectDateDialog } from './CorrectDateDialog';
import { PersonDialog, PersonTimes, StatusDialog } from './PersonDialog';
import { DdMmYyyyInput } from '../../lib/DateInputs';

type Entry = Output<'entries.get'>;
type FirPerson = Output<'firs.get'>['persons'][number];
const STATUS_COLOR: Record<string, string> = {
  pending: 'yellow',
  'under-inquiry': 'blue',
  'fir-registered': 'grape',
  disposed: 'green',
  cancelled: 'gray',
};

export function StatusBadge({ status, overdue }: { status: string; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
      <Badge color={STATUS_COLOR[status]} variant="light" data-testid="status-badge">
        {t(`status.${status}`)}
      </Badge>
      {overdue && (
        <Badge color="red" variant="filled">
          {t('status.overdue')}
        </Badge>
      )}
    </Group>
  );
}

function toValues(e: Entry): EntryValues {
  return {
    receivedAt: e.receivedAt.slice(0, 16),
    mode: e.mode,
    source: e.source ?? '',
    name: e.informant.name,
    relativeName: e.informant.relativeName ?? '',
    phone: e.informant.phone ?? '',
    address: e.informant.address ?? '',
    opponent: e.opponent ?? '',
    place: e.place ?? '',
    beat: e.beat ?? '',
    category: e.category ?? '',
    summary: e.summary,
    markedTo: e.markedTo ?? '',
    remarks: e.remarks ?? '',
  };
}

function Field({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" className="pre">
        {value || '—'}
      </Text>
    </div>
  );
}

export function EntryPage({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const { info } = useDesk();
  const may = useMay();
  const gdText = useGdText();
  const entry = useRead('entries.get', { id });
  const e = entry.data;
  const [dialog, setDialog] = useState<
    | null
    | 'edit'
    | 'dispose'
    | 'cancel'
    | 'fir'
    | 'correct'
    | { person: number }
    | { editPerson: FirPerson }
    | { status: FirPerson }
    | { editFir: Output<'firs.get'> }
  >(null);
  const [actionAt, setActionAt] = useState(nowLocal());
  const [gd, setGd] = useState({ gdNumber: '', gdAt: '' });
  const [action, setAction] = useState('');
  const [actionStatus, setActionStatus] = useState('');
  const [note, setNote] = useState('');
  const [at, setAt] = useState(nowLocal());
  const saved = () => {
    ok(t('app.saved'));
    setDialog(null);
  };
  const addAction = useCall('entries.addAction', {
    onSuccess: () => {
      setAction('');
      setActionStatus('');
      setActionAt(nowLocal());
      setGd({ gdNumber: '', gdAt: '' });
      ok(t('app.saved'));
    },
  });
  const update = useCall('entries.update', { onSuccess: saved });
  const dispose = useCall('entries.dispose', { onSuccess: saved });
  const cancel = useCall('entries.cancel', { onSuccess: saved });
  if (entry.error) return <Alert color="red">{errorText(entry.error)}</Alert>;
  if (!e) return <Loader />;

  const closed = e.status === 'disposed' || e.status === 'cancelled';
  const writer = may('entries.update');

  // Messages and actions as one timeline, oldest first.
  const items = [
    ...e.messages.map((m) => ({ at: m.sentAt ?? e.receivedAt, kind: 'm' as const, m })),
    ...e.actions.map((a) => ({ at: a.at, kind: 'a' as const, a })),
  ].sort((x, y) => x.at.localeCompare(y.at));

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} data-testid="entry-title">
              {t('entry.title', { serial: e.serial, year: e.year })}
            </Title>
            <StatusBadge status={e.status} overdue={e.overdue} />
          </Group>
          <Text size="sm" c="dimmed">
            {t('entry.receivedAt')}: {fmtLocal(e.receivedAt)} · {t('entry.due')}: {fmtDate(e.dueAt)}
            {e.disposedAt ? ` · ${t('entry.disposedAt')}: ${fmtLocal(e.disposedAt)}` : ''}
          </Text>
        </Stack>
        <Group gap="xs">
          {may('entries.correctReceipt') && e.status !== 'cancelled' && (
            <Button variant="subtle" onClick={() => setDialog('correct')} data-testid="correct-date">
              {t('entry.correctDate')}
            </Button>
          )}
          {writer && (
            <>
              <Button variant="default" onClick={() => setDialog('edit')} disabled={e.status === 'cancelled'} data-testid="entry-edit">
                {t('entry.edit')}
              </Button>
              <Button variant="light" color="grape" onClick={() => setDialog('fir')} disabled={closed} data-testid="add-fir">
                {t('entry.addFir')}
              </Button>
            </>
          )}
          {/* Disposal and cancellation are the SHO's: a munshi sees why instead of typing a report refused on save. */}
          <Tooltip label={t('roles.shoOnly')} disabled={may('entries.dispose')}>
            <Button color="teal.9" onClick={() => setDialog('dispose')} disabled={closed || !may('entries.dispose')} data-testid="dispose">
              {t('entry.dispose')}
            </Button>
          </Tooltip>
          <Tooltip label={t('roles.shoOnly')} disabled={may('entries.cancel')}>
            <Button
              color="red"
              variant="light"
              onClick={() => setDialog('cancel')}
              disabled={closed || !may('entries.cancel')}
              data-testid="cancel-entry"
            >
              {t('entry.cancelEntry')}
            </Button>
          </Tooltip>
        </Group>
      </Group>
      {e.status === 'cancelled' && (
        <Alert color="gray" data-testid="cancelled-note">
          {t('entry.cancelled', { reason: e.cancelReason ?? '' })}
        </Alert>
      )}
      {e.replacedByEntry && (
        <Alert color="yellow" data-testid="replaced-by">
          {t('entry.replacedBy')} <Anchor href={`#/entry/${e.replacedByEntry.id}`}>{serialYear(e.replacedByEntry)}</Anchor>
        </Alert>
      )}
      {e.replacesEntry && (
        <Alert color="blue" variant="light" data-testid="replaces">
          {t('entry.replaces')} <Anchor href={`#/entry/${e.replacesEntry.id}`}>{serialYear(e.replacesEntry)}</Anchor>
        </Alert>
      )}

      <Paper withBorder p="md">
        <Grid gap="sm">
          <Grid.Col span={{ base: 6, md: 3 }}>
            <Field label={t('entry.mode')} value={t(`modes.${e.mode}`)} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <Field label={t('entry.source')} value={e.source} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <Field
              label={t('entry.informant')}
              value={[e.informant.name, e.informant.relativeName && `(${e.informant.relativeName})`].filter(Boolean).join(' ')}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <Field label={t('entry.phone')} value={e.informant.phone} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <Field label={t('entry.address')} value={e.informant.address} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <Field label={t('entry.opponent')} value={e.opponent} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <Field label={t('entry.place')} value={e.place} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, md: 3 }}>
            <Field label={t('entry.markedTo')} value={e.markedTo} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Field label={t('entry.summary')} value={e.summary} />
          </Grid.Col>
          {e.disposalNote && (
            <Grid.Col span={12}>
              <Field label={t('entry.disposeNote')} value={e.disposalNote} />
            </Grid.Col>
          )}
          {e.remarks && (
            <Grid.Col span={12}>
              <Field label={t('entry.remarks')} value={e.remarks} />
            </Grid.Col>
          )}
        </Grid>
      </Paper>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Paper withBorder p="md">
            <Title order={3} size="h4" mb="sm">
              {t('entry.timeline')}
            </Title>
            <Timeline bulletSize={18} lineWidth={2} data-testid="timeline">
              {items.map((it) =>
                it.kind === 'm' ? (
                  <Timeline.Item
                    key={`m${it.m.id}`}
                    title={
                      <Text size="xs" c="dimmed">
                        {t('entry.message')} · {fmtLocal(it.at)}
                      </Text>
                    }
                    color="blue"
                  >
                    <MessageCard m={it.m} showSource />
                  </Timeline.Item>
                ) : (
                  <Timeline.Item
                    key={`a${it.a.id}`}
                    color="green"
                    title={
                      <Text size="xs" c="dimmed">
                        {fmtLocal(it.a.at)}
                        {gdText(it.a) && ` · ${gdText(it.a)}`}
                        {it.a.operator ? ` · ${it.a.operator}` : ''}
                        {it.a.status ? ` · ${t(`status.${it.a.status}`)}` : ''}
                        {` · ${t('entry.recordedAt', { at: fmtUtc(it.a.recordedAt) })}`}
                      </Text>
                    }
                    data-testid="action-item"
                  >
                    <Text size="sm" className="pre">
                      {it.a.text}
                    </Text>
                  </Timeline.Item>
                ),
              )}
            </Timeline>
            {!closed && writer && (
              <Stack gap="xs" mt="md">
                <Textarea
                  label={t('entry.action')}
                  value={action}
                  onChange={(x) => setAction(x.currentTarget.value)}
                  error={addAction.fields.text ?? (addAction.fields.at || addAction.fields.gdAt ? undefined : addAction.errorText)}
                  autosize
                  minRows={2}
                  data-testid="action-text"
                  onKeyDown={(x) => {
                    if (x.key === 'Enter' && x.ctrlKey && action.trim()) document.getElementById('add-action-btn')?.click();
                  }}
                />
                <Group align="flex-start" grow>
                  <DdMmYyyyInput
                    label={t('entry.actionAt')}
                    value={actionAt}
                    onChange={setActionAt}
                    error={addAction.fields.at}
                    required
                    data-testid="action-at"
                  />
                  <GdFields value={gd} onChange={setGd} errors={addAction.fields} />
                </Group>
                <Group align="flex-end">
                  <NativeSelect
                    label={t('entry.newStatus')}
                    value={actionStatus}
                    onChange={(x) => setActionStatus(x.currentTarget.value)}
                    data={[
                      { value: '', label: t('entry.noChange') },
                      ...(['pending', 'under-inquiry', 'fir-registered'] as const).map((s) => ({ value: s, label: t(`status.${s}`) })),
                    ]}
                  />
                  <Button
                    id="add-action-btn"
                    disabled={!action.trim()}
                    loading={addAction.isPending}
                    data-testid="add-action"
                    onClick={() =>
                      addAction.mutate({
                        entryId: e.id,
                        text: action,
                        at: actionAt,
                        status: (actionStatus || undefined) as 'pending' | undefined,
                        gdNumber: gd.gdNumber || null,
                        gdAt: gd.gdAt || null,
                      })
                    }
                  >
                    {t('entry.addAction')}
                  </Button>
                  <Text size="xs" c="dimmed">
                    {t('entry.operator', { name: info.operator?.name ?? '—' })}
                  </Text>
                </Group>
              </Stack>
            )}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="sm">
                {t('entry.firs')}
              </Title>
              {e.firs.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('fir.empty')}
                </Text>
              )}
              {e.firs.map((f) => (
                <Stack key={f.id} gap="xs" mb="md" data-testid="fir-card">
                  <Group justify="space-between">
                    <Text fw={600}>
                      {t('fir.crimeNo')} {f.number}/{f.year}
                    </Text>
                    <Group gap={4}>
                      <Badge variant="light" color="grape">
                        {t(`firStatus.${f.status}`)}
                      </Badge>
                      {writer && (
                        <Button size="compact-xs" variant="subtle" onClick={() => setDialog({ editFir: f })} data-testid="fir-edit">
                          {t('fir.edit')}
                        </Button>
                      )}
                    </Group>
                  </Group>
                  <Text size="sm" data-testid="fir-sections">
                    {formatSections(f.sections, i18n.language === 'en' ? 'en' : 'hi')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {fmtLocal(f.registeredAt)}
                    {f.io ? ` · ${t('fir.io')}: ${f.io}` : ''}
                    {gdText(f) && ` · ${gdText(f)}`}
                  </Text>
                  {f.closureNumber || f.closureDate ? (
                    <Text size="xs" data-testid="fir-closure">
                      {t(f.status === 'final-report' ? 'fir.finalReportNumber' : 'fir.chargeSheetNumber')}: {f.closureNumber ?? '—'}
                      {f.closureDate ? ` · ${fmtDate(f.closureDate)}` : ''}
                    </Text>
                  ) : null}
                  {f.persons.length > 0 && (
                    <Table withTableBorder fz="sm">
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>{t('person.name')}</Table.Th>
                          <Table.Th>{t('person.role')}</Table.Th>
                          <Table.Th>{t('person.status')}</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {f.persons.map((p) => (
                          <Table.Tr key={p.linkId} data-testid="person-row">
                            <Table.Td>
                              {p.name}
                              {p.relativeName ? ` (${p.relativeName})` : ''}
                              {p.age ? `, ${p.age}` : ''}
                            </Table.Td>
                            <Table.Td>{t(`personRoles.${p.role}`)}</Table.Td>
                            <Table.Td>
                              {/* Only an accused has a status; a victim, complainant or witness has none to show. */}
                              {p.role === 'accused' ? (
                                <Stack gap={2}>
                                  <Group gap={4} wrap="nowrap">
                                    <Badge variant="light" color={WANTED_STATUSES.some((s) => s === p.status) ? 'red' : 'gray'}>
                                      {p.status ? t(`personStatus.${p.status}`) : '—'}
                                    </Badge>
                                    {writer && (
                                      <Button
                                        size="compact-xs"
                                        variant="subtle"
                                        onClick={() => setDialog({ status: p })}
                                        aria-label={`${t('person.update')} ${p.name}`}
                                        data-testid="person-status-change"
                                      >
                                        {t('person.update')}
                                      </Button>
                                    )}
                                  </Group>
                                  <PersonTimes p={p} />
                                </Stack>
                              ) : null}
                              {writer && (
                                <Button
                                  size="compact-xs"
                                  variant="subtle"
                                  onClick={() => setDialog({ editPerson: p })}
                                  aria-label={`${t('person.edit')} ${p.name}`}
                                  data-testid="person-edit"
                                >
                                  {t('person.editShort')}
                                </Button>
                              )}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  )}
                  {writer && (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setDialog({ person: f.id })}
                      data-testid="add-person"
                      style={{ alignSelf: 'flex-start' }}
                    >
                      {t('fir.addPerson')}
                    </Button>
                  )}
                </Stack>
              ))}
            </Paper>
            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="sm">
                {t('entry.evidence')}
              </Title>
              <EvidenceGallery items={e.evidence} />
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      <Anchor href="#/register" size="sm">
        ← {t('entry.back')}
      </Anchor>

      {dialog === 'edit' && (
        <Modal closeButtonProps={{ 'aria-label': t('app.close') }} opened onClose={() => setDialog(null)} title={t('entry.edit')} size="xl">
          <EntryForm
            receivedAtLocked
            initial={toValues(e)}
            submitLabel={t('entry.update')}
            onSubmit={(v) => update.mutateAsync({ id: e.id, ...toInput(v) })}
          />
        </Modal>
      )}
      {dialog === 'dispose' && (
        <Modal
          closeButtonProps={{ 'aria-label': t('app.close') }}
          opened
          onClose={() => setDialog(null)}
          title={t('entry.dispose')}
          size="lg"
        >
          <Stack>
            <DdMmYyyyInput label={t('entry.disposeAt')} value={at} onChange={setAt} error={dispose.fields.at} required />
            <Textarea
              label={t('entry.disposeNote')}
              value={note}
              onChange={(x) => setNote(x.currentTarget.value)}
              autosize
              minRows={3}
              required
              error={dispose.fields.note ?? (dispose.fields.at ? undefined : dispose.errorText)}
              data-testid="dispose-note"
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                {t('app.cancel')}
              </Button>
              <Button
                color="teal.9"
                disabled={!note.trim()}
                loading={dispose.isPending}
                data-testid="dispose-save"
                onClick={() => dispose.mutate({ entryId: e.id, at, note })}
              >
                {t('entry.dispose')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
      {dialog === 'cancel' && (
        <Modal
          closeButtonProps={{ 'aria-label': t('app.close') }}
          opened
          onClose={() => setDialog(null)}
          title={t('entry.cancelEntry')}
          size="lg"
        >
          <Stack>
            <Alert color="yellow">{t('entry.cancelWarn')}</Alert>
            <Textarea
              label={t('entry.cancelReason')}
              value={note}
              onChange={(x) => setNote(x.currentTarget.value)}
              autosize
              minRows={2}
              required
              error={cancel.fields.reason ?? cancel.errorText}
              data-testid="cancel-reason"
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDialog(null)}>
                {t('app.cancel')}
              </Button>
              <Button
                color="red"
                disabled={!note.trim()}
                loading={cancel.isPending}
                data-testid="cancel-save"
                onClick={() => cancel.mutate({ entryId: e.id, reason: note })}
              >
                {t('entry.cancelEntry')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
      {dialog === 'fir' && <FirDialog entryId={e.id} onClose={() => setDialog(null)} onDone={refreshAll} />}
      {dialog && typeof dialog === 'object' && 'person' in dialog && (
        <PersonDialog firId={dialog.person} onClose={() => setDialog(null)} onDone={refreshAll} />
      )}
      {dialog && typeof dialog === 'object' && 'editPerson' in dialog && (
        <PersonDialog firId={0} person={dialog.editPerson} onClose={() => setDialog(null)} onDone={refreshAll} />
      )}
      {dialog && typeof dialog === 'object' && 'status' in dialog && (
        <StatusDialog person={dialog.status} onClose={() => setDialog(null)} />
      )}
      {dialog && typeof dialog === 'object' && 'editFir' in dialog && (
        <FirEditDialog fir={dialog.editFir} onClose={() => setDialog(null)} />
      )}
      {dialog === 'correct' && <CorrectDateDialog entry={e} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
