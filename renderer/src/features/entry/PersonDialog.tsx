import { useState } from 'react';
import { Alert, Button, Grid, Modal, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/transport';
import { errorText, fieldErrors } from '../../api/errors';
import { useCall } from '../../api/queries';
import { GENDERS, PERSON_ROLES, PERSON_STATUSES, type Output } from '../../../../electron/contract/index';
import { fmtLocal, nowLocal } from '../../lib/format';
import { ok } from '../../lib/notify';
import { DdMmYyyyInput } from '../../lib/DateInputs';
import { DialogButtons } from '../../lib/DialogButtons';
import { STATUS_TIME, isTimedStatus } from '../../../../electron/shared/labels';

type FirPerson = Output<'firs.get'>['persons'][number];
type Status = (typeof PERSON_STATUSES)[number];

/**
 * Adds a person to an FIR, or (with `person`) corrects their particulars. Only an accused has a status; its
 * time is typed (now only as the default), never the moment of the click.
 */
export function PersonDialog({
  firId,
  person,
  onClose,
  onDone,
}: {
  firId: number;
  person?: FirPerson;
  onClose: () => void;
  onDone: () => Promise<void> | void;
}) {
  const { t } = useTranslation();
  const [f, setF] = useState({
    name: person?.name ?? '',
    relativeName: person?.relativeName ?? '',
    age: (person?.age ?? '') as number | string,
    gender: person?.gender ?? 'male',
    address: person?.address ?? '',
    phone: person?.phone ?? '',
    role: (person?.role ?? 'accused') as (typeof PERSON_ROLES)[number],
    status: 'named' as Status,
    at: nowLocal(),
  });
  const [err, setErr] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fields = fieldErrors(err);
  const set = (k: keyof typeof f) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setF({ ...f, [k]: e.currentTarget.value });
  const particulars = () => ({
    name: f.name,
    relativeName: f.relativeName || null,
    age: f.age === '' ? null : Number(f.age),
    gender: f.gender as (typeof GENDERS)[number],
    address: f.address || null,
    phone: f.phone || null,
  });
  const save = async () => {
    setBusy(true);
    setErr(null);
    try {
      if (person) await call('persons.update', { id: person.personId, ...particulars() });
      else {
        const p = await call('persons.create', particulars());
        const accused = f.role === 'accused';
        await call('firs.linkPerson', {
          firId,
          personId: p.id,
          role: f.role,
          ...(accused ? { status: f.status } : {}),
          ...(accused && isTimedStatus(f.status) ? { [STATUS_TIME[f.status]]: f.at } : {}),
        });
      }
      ok(person ? t('app.saved') : t('person.added'));
      await onDone();
      onClose();
    } catch (e) {
      setErr(e);
    } finally {
      setBusy(false);
    }
  };
  const placed = ['name', 'phone', 'age', 'status'].some((k) => fields[k]) || Object.keys(fields).some((k) => k.endsWith('At'));
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('app.close') }}
      opened
      onClose={onClose}
      title={person ? t('person.edit') : t('fir.addPerson')}
      size="lg"
    >
      <form onSubmit={(e) => (e.preventDefault(), void save())}>
        <Stack>
          <Grid gap="sm">
            <Grid.Col span={6}>
              <TextInput
                label={t('person.name')}
                value={f.name}
                onChange={set('name')}
                required
                error={fields.name}
                data-testid="person-name"
                data-autofocus
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput label={t('person.relative')} value={f.relativeName} onChange={set('relativeName')} data-testid="person-relative" />
            </Grid.Col>
            <Grid.Col span={3}>
              <NumberInput
                label={t('person.age')}
                value={f.age}
                onChange={(v) => setF({ ...f, age: v })}
                min={0}
                max={130}
                error={fields.age}
                data-testid="person-age"
              />
            </Grid.Col>
            <Grid.Col span={3}>
              <NativeSelect
                label={t('person.gender')}
                value={f.gender}
                onChange={set('gender')}
                data={GENDERS.map((g) => ({ value: g, label: t(`genders.${g}`) }))}
              />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput label={t('person.phone')} value={f.phone} onChange={set('phone')} error={fields.phone} inputMode="tel" />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput label={t('person.address')} value={f.address} onChange={set('address')} />
            </Grid.Col>
            {!person && (
              <>
                <Grid.Col span={4}>
                  <NativeSelect
                    label={t('person.role')}
                    value={f.role}
                    onChange={set('role')}
                    data={PERSON_ROLES.map((r) => ({ value: r, label: t(`personRoles.${r}`) }))}
                    data-testid="person-role"
                  />
                </Grid.Col>
                {f.role === 'accused' && (
                  <>
                    <Grid.Col span={4}>
                      <NativeSelect
                        label={t('person.status')}
                        value={f.status}
                        onChange={set('status')}
                        error={fields.status}
                        data={PERSON_STATUSES.map((s) => ({ value: s, label: t(`personStatus.${s}`) }))}
                        data-testid="person-status"
                      />
                    </Grid.Col>
                    <Grid.Col span={4}>
                      {isTimedStatus(f.status) && (
                        <DdMmYyyyInput
                          label={t(`person.at_${f.status}`)}
                          value={f.at}
                          onChange={(v) => setF({ ...f, at: v })}
                          error={fields[STATUS_TIME[f.status]]}
                          required
                          data-testid="person-status-at"
                        />
                      )}
                    </Grid.Col>
                  </>
                )}
              </>
            )}
          </Grid>
          {err != null && !placed && <Alert color="red">{errorText(err)}</Alert>}
          <DialogButtons onCancel={onClose}>
            <Button type="submit" loading={busy} data-testid="person-save">
              {person ? t('app.save') : t('person.add')}
            </Button>
          </DialogButtons>
        </Stack>
      </form>
    </Modal>
  );
}

/** Changes an accused's status, dated when it happened (typed; now only as the default). */
export function StatusDialog({ person, onClose }: { person: FirPerson; onClose: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status>(person.status ?? 'named');
  const [at, setAt] = useState(nowLocal());
  const update = useCall('firs.updatePerson', {
    onSuccess: () => {
      ok(t('app.saved'));
      onClose();
    },
  });
  const timeError = Object.entries(update.fields).find(([k]) => k.endsWith('At'))?.[1];
  return (
    <Modal closeButtonProps={{ 'aria-label': t('app.close') }} opened onClose={onClose} title={`${t('person.update')} — ${person.name}`}>
      <Stack>
        <PersonTimes p={person} />
        <NativeSelect
          label={t('person.status')}
          value={status}
          onChange={(e) => setStatus(e.currentTarget.value as Status)}
          data={PERSON_STATUSES.map((s) => ({ value: s, label: t(`personStatus.${s}`) }))}
          data-testid="status-select"
          data-autofocus
        />
        {isTimedStatus(status) && status !== person.status && (
          <DdMmYyyyInput label={t(`person.at_${status}`)} value={at} onChange={setAt} error={timeError} required data-testid="status-at" />
        )}
        {update.errorText && !timeError && <Alert color="red">{update.errorText}</Alert>}
        <DialogButtons onCancel={onClose}>
          <Button
            loading={update.isPending}
            disabled={status === person.status}
            data-testid="status-save"
            onClick={() => update.mutate({ linkId: person.linkId, status, ...(isTimedStatus(status) ? { at } : {}) })}
          >
            {t('app.save')}
          </Button>
        </DialogButtons>
      </Stack>
    </Modal>
  );
}

/** When each fact about an accused happened: arrest, jail, bail, surrender. */
export function PersonTimes({ p }: { p: FirPerson }) {
  const { t } = useTranslation();
  const facts = Object.entries(STATUS_TIME)
    .map(([status, field]) => [status, p[field]] as const)
    .filter(([, at]) => at);
  if (!facts.length) return null;
  return (
    <Stack gap={0}>
      {facts.map(([k, at]) => (
        <Text key={k} size="xs" c="dimmed" data-testid={`person-${k}-at`}>
          {t(`person.at_${k}`)}: {fmtLocal(at)}
        </Text>
      ))}
    </Stack>
  );
}
