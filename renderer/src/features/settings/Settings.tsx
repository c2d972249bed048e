import { useState } from 'react';
import {
  Badge,
  Button,
  Code,
  Group,
  NativeSelect,
  NumberInput,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { BackupCard } from './BackupCard';
import { VerifyCard } from './VerifyCard';
import { useTranslation } from 'react-i18next';
import { useCall, useRead } from '../../api/queries';
import { OPERATOR_ROLES } from '../../../../electron/contract/index';
import { useDesk, useMay } from '../../app/desk';
import { ok } from '../../lib/notify';

export function Settings() {
  const { t } = useTranslation();
  const desk = useDesk();
  const { station, refresh } = desk;
  const may = useMay();
  const sho = may('station.update');
  // Read here, not from the desk's copy, so the counts stay current after an import or a new entry.
  const info = useRead('app.info').data ?? desk.info;
  const [f, setF] = useState({
    name: station.name,
    district: station.district,
    code: station.code ?? '',
    dueDays: station.dueDays,
    igrsDueDays: station.igrsDueDays,
    receivingDevice: station.receivingDevice ?? '',
    lockMinutes: station.lockMinutes,
  });
  const ops = useRead('operators.list').data ?? [];
  const [op, setOp] = useState({ name: '', role: 'munshi' as (typeof OPERATOR_ROLES)[number], pin: '' });
  const saveStation = useCall('station.update', {
    onSuccess: async () => {
      ok(t('app.saved'));
      await refresh();
    },
  });
  const addOperator = useCall('operators.create', {
    onSuccess: () => {
      setOp((o) => ({ ...o, name: '', pin: '' }));
      ok(t('app.saved'));
    },
  });
  const set = (k: keyof typeof f) => (e: React.ChangeEvent<HTMLInputElement>) => setF({ ...f, [k]: e.currentTarget.value });

  return (
    <Stack>
      <Title order={2}>{t('settings.title')}</Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="md">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              saveStation.mutate({
                name: f.name,
                district: f.district,
                code: f.code || null,
                dueDays: Number(f.dueDays),
                igrsDueDays: Number(f.igrsDueDays),
                receivingDevice: f.receivingDevice || null,
                lockMinutes: Number(f.lockMinutes),
              });
            }}
          >
            <fieldset disabled={!sho} style={{ border: 0, padding: 0, margin: 0 }}>
              <Stack gap="sm">
                <Title order={3} size="h4">
                  {t('settings.station')}
                </Title>
                <TextInput label={t('settings.name')} value={f.name} onChange={set('name')} required />
                <TextInput label={t('settings.district')} value={f.district} onChange={set('district')} required />
                <TextInput label={t('settings.code')} value={f.code} onChange={set('code')} />
                <Group grow>
                  <NumberInput
                    label={t('settings.dueDays')}
                    value={f.dueDays}
                    onChange={(v) => setF({ ...f, dueDays: Number(v) })}
                    min={1}
                    max={365}
                  />
                  <NumberInput
                    label={t('settings.igrsDueDays')}
                    value={f.igrsDueDays}
                    onChange={(v) => setF({ ...f, igrsDueDays: Number(v) })}
                    min={1}
                    max={365}
                  />
                </Group>
                <Text size="xs" c="dimmed">
                  {t('settings.dueRule')}
                </Text>
                <TextInput label={t('settings.device')} value={f.receivingDevice} onChange={set('receivingDevice')} />
                <NumberInput
                  label={t('settings.lockMinutes')}
                  value={f.lockMinutes}
                  onChange={(v) => setF({ ...f, lockMinutes: Number(v) })}
                  min={0}
                  max={240}
                />
                {!sho && (
                  <Text size="sm" c="dimmed">
                    {t('roles.shoOnly')}
                  </Text>
                )}
                {saveStation.errorText && (
                  <Text size="sm" c="red" role="alert">
                    {saveStation.errorText}
                  </Text>
                )}
                <Button type="submit" style={{ alignSelf: 'flex-start' }} loading={saveStation.isPending} data-testid="station-save">
                  {t('app.save')}
                </Button>
              </Stack>
            </fieldset>
          </form>
        </Paper>
        <Stack>
          <Paper withBorder p="md">
            <Title order={3} size="h4" mb="sm">
              {t('settings.operators')}
            </Title>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('settings.opName')}</Table.Th>
                  <Table.Th>{t('settings.opRole')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ops.map((o) => (
                  <Table.Tr key={o.id}>
                    <Table.Td>
                      {o.name}
                      {info.operator?.id === o.id ? ' ✔' : ''}
                    </Table.Td>
                    <Table.Td>{t(`roles.${o.role}`)}</Table.Td>
                    <Table.Td>
                      <Badge color={o.active ? 'green' : 'gray'} variant="light">
                        {o.active ? t('settings.active') : t('settings.inactive')}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {may('operators.create') && (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  addOperator.mutate({ name: op.name, role: op.role, pin: op.pin || undefined });
                }}
              >
                <Group mt="sm" align="flex-start">
                  <TextInput
                    label={t('settings.opName')}
                    value={op.name}
                    onChange={(e) => setOp({ ...op, name: e.currentTarget.value })}
                    error={addOperator.fields.name}
                    required
                  />
                  <NativeSelect
                    label={t('settings.opRole')}
                    value={op.role}
                    onChange={(e) => setOp({ ...op, role: e.currentTarget.value as typeof op.role })}
                    data={OPERATOR_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                  />
                  <PasswordInput
                    label={t('settings.pin')}
                    value={op.pin}
                    onChange={(e) => setOp({ ...op, pin: e.currentTarget.value })}
                    inputMode="numeric"
                    error={addOperator.fields.pin}
                    w={140}
                  />
                  <Button type="submit" variant="light" mt={25} loading={addOperator.isPending}>
                    {t('settings.addOperator')}
                  </Button>
                </Group>
                {addOperator.errorText && !addOperator.fields.name && !addOperator.fields.pin && (
                  <Text size="sm" c="red" role="alert">
                    {addOperator.errorText}
                  </Text>
                )}
              </form>
            )}
          </Paper>
          <BackupCard />
          <VerifyCard />
          <Paper withBorder p="md">
            <Title order={3} size="h4" mb="sm">
              {t('settings.folder')}
            </Title>
            <Code block data-testid="data-folder">
              {info.dataDir}
            </Code>
            <Text size="sm" mt="xs">
              {info.counts && t('settings.counts', info.counts)}
            </Text>
            <Text size="xs" c="dimmed" mt="xs">
              {t('settings.folderNote')}
            </Text>
          </Paper>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
