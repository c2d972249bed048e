import { useEffect, useState } from 'react';
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
import { call } from '../../api/transport';
import { OPERATOR_ROLES, type Output } from '../../../../electron/contract/index';
import { useDesk } from '../../app/desk';
import { fail, ok } from '../../lib/notify';

export function Settings() {
  const { t } = useTranslation();
  const { station, info, refresh } = useDesk();
  const [f, setF] = useState({
    name: station.name,
    district: station.district,
    code: station.code ?? '',
    dueDays: station.dueDays,
    igrsDueDays: station.igrsDueDays,
    receivingDevice: station.receivingDevice ?? '',
    lockMinutes: station.lockMinutes,
  });
  const [ops, setOps] = useState<Output<'operators.list'>>([]);
  const [op, setOp] = useState({ name: '', role: 'munshi' as (typeof OPERATOR_ROLES)[number], pin: '' });
  const loadOps = () => call('operators.list').then(setOps).catch(fail);
  useEffect(() => void loadOps(), []);
  const set = (k: keyof typeof f) => (e: React.ChangeEvent<HTMLInputElement>) => setF({ ...f, [k]: e.currentTarget.value });

  return (
    <Stack>
      <Title order={2}>{t('settings.title')}</Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Paper withBorder p="md">
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              try {
                await call('station.update', {
                  name: f.name,
                  district: f.district,
                  code: f.code || null,
                  dueDays: Number(f.dueDays),
                  igrsDueDays: Number(f.igrsDueDays),
                  receivingDevice: f.receivingDevice || null,
                  lockMinutes: Number(f.lockMinutes),
                });
                ok(t('app.saved'));
                await refresh();
              } catch (x) {
                fail(x);
              }
            }}
          >
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
              <Button type="submit" style={{ alignSelf: 'flex-start' }} data-testid="station-save">
                {t('app.save')}
              </Button>
            </Stack>
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
            <form
              onSubmit={async (e) => {
                e.preventDefault();
                try {
                  await call('operators.create', { name: op.name, role: op.role, pin: op.pin || undefined });
                  setOp({ ...op, name: '', pin: '' });
                  ok(t('app.saved'));
                  await loadOps();
                } catch (x) {
                  fail(x);
                }
              }}
            >
              <Group mt="sm" align="flex-end">
                <TextInput
                  label={t('settings.opName')}
                  value={op.name}
                  onChange={(e) => setOp({ ...op, name: e.currentTarget.value })}
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
                  w={140}
                />
                <Button type="submit" variant="light">
                  {t('settings.addOperator')}
                </Button>
              </Group>
            </form>
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
