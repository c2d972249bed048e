import { useState } from 'react';
import { Alert, Button, Grid, Group, Modal, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/transport';
import { errorText } from '../../api/errors';
import { GENDERS, PERSON_ROLES, PERSON_STATUSES } from '../../../../electron/contract/index';
import { nowLocal } from '../../lib/format';
import { ok } from '../../lib/notify';
import { DdMmYyyyInput } from '../../lib/DateInputs';

/** Statuses that carry an arrest date (core accepts arrestedAt only with these). */
const ARRESTED = new Set(['arrested', 'jailed', 'bailed']);

export function PersonDialog({ firId, onClose, onDone }: { firId: number; onClose: () => void; onDone: () => Promise<void> | void }) {
  const { t } = useTranslation();
  const [f, setF] = useState({
    name: '',
    relativeName: '',
    age: '' as number | string,
    gender: 'male',
    address: '',
    phone: '',
    role: 'accused',
    status: 'named',
    arrestedAt: '',
  });
  const [err, setErr] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof f) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => {
    const v = e.currentTarget.value;
    setF((p) => ({ ...p, [k]: v, ...(k === 'status' && ARRESTED.has(v) && !p.arrestedAt ? { arrestedAt: nowLocal() } : {}) }));
  };
  const save = async () => {
    setBusy(true);
    setErr(null);
    try {
      const p = await call('persons.create', {
        name: f.name,
        relativeName: f.relativeName || null,
        age: f.age === '' ? null : Number(f.age),
        gender: f.gender as (typeof GENDERS)[number],
        address: f.address || null,
        phone: f.phone || null,
      });
      await call('firs.linkPerson', {
        firId,
        personId: p.id,
        role: f.role as (typeof PERSON_ROLES)[number],
        status: f.status as (typeof PERSON_STATUSES)[number],
        arrestedAt: f.arrestedAt && ARRESTED.has(f.status) ? f.arrestedAt : undefined,
      });
      ok(t('person.added'));
      await onDone();
      onClose();
    } catch (e) {
      setErr(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal closeButtonProps={{ 'aria-label': t('app.close') }} opened onClose={onClose} title={t('fir.addPerson')} size="lg">
      <form onSubmit={(e) => (e.preventDefault(), void save())}>
        <Stack>
          <Grid gap="sm">
            <Grid.Col span={6}>
              <TextInput label={t('person.name')} value={f.name} onChange={set('name')} required data-testid="person-name" data-autofocus />
            </Grid.Col>
            <Grid.Col span={6}>
              <TextInput label={t('person.relative')} value={f.relativeName} onChange={set('relativeName')} />
            </Grid.Col>
            <Grid.Col span={3}>
              <NumberInput label={t('person.age')} value={f.age} onChange={(v) => setF({ ...f, age: v })} min={0} max={130} />
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
              <TextInput label={t('person.phone')} value={f.phone} onChange={set('phone')} />
            </Grid.Col>
            <Grid.Col span={12}>
              <TextInput label={t('person.address')} value={f.address} onChange={set('address')} />
            </Grid.Col>
            <Grid.Col span={4}>
              <NativeSelect
                label={t('person.role')}
                value={f.role}
                onChange={set('role')}
                data={PERSON_ROLES.map((r) => ({ value: r, label: t(`personRoles.${r}`) }))}
                data-testid="person-role"
              />
            </Grid.Col>
            <Grid.Col span={4}>
              <NativeSelect
                label={t('person.status')}
                value={f.status}
                onChange={set('status')}
                data={PERSON_STATUSES.map((s) => ({ value: s, label: t(`personStatus.${s}`) }))}
                data-testid="person-status"
              />
            </Grid.Col>
            <Grid.Col span={4}>
              <DdMmYyyyInput
                label={t('person.arrestedAt')}
                value={f.arrestedAt}
                onChange={(v) => setF({ ...f, arrestedAt: v })}
                disabled={!ARRESTED.has(f.status)}
              />
            </Grid.Col>
          </Grid>
          {err && <Alert color="red">{err}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('app.cancel')}
            </Button>
            <Button type="submit" loading={busy} data-testid="person-save">
              {t('person.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
