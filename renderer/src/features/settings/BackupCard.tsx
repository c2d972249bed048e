import { useEffect, useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall, useRead } from '../../api/queries';
import { useMay } from '../../app/desk';
import { ok } from '../../lib/notify';
import { fmtUtc } from '../../lib/format';

/** Where backups go, when the last good one was made, and a button for one now (the SHO's). */
export function BackupCard() {
  const { t } = useTranslation();
  const may = useMay();
  const status = useRead('backup.status').data;
  const [dir, setDir] = useState('');
  useEffect(() => {
    if (status?.dir) setDir((d) => d || status.dir!);
  }, [status?.dir]);
  const saveDir = useCall('station.update', { onSuccess: () => ok(t('app.saved')) });
  const backup = useCall('backup.create', { onSuccess: (r) => ok(t('backup.done', { dir: r.dir })) });
  const error = saveDir.fields.backupDir ?? saveDir.errorText ?? backup.fields.dir ?? backup.errorText;
  const sho = may('backup.create');

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('backup.title')}
        </Title>
        {status && (
          <Alert color={status.stale ? 'red' : 'teal'} variant="light" data-testid="backup-status">
            {status.lastGoodAt ? t('backup.last', { when: fmtUtc(status.lastGoodAt) }) : t('backup.never')}
            {status.stale && (
              <Text size="sm" fw={600}>
                {t('backup.stale')}
              </Text>
            )}
          </Alert>
        )}
        <TextInput
          label={t('backup.dir')}
          description={sho ? t('backup.dirHint') : t('roles.shoOnly')}
          value={dir}
          onChange={(e) => setDir(e.currentTarget.value)}
          disabled={!sho}
          error={error}
          data-testid="backup-dir"
        />
        <Group>
          <Button variant="default" disabled={!sho} loading={saveDir.isPending} onClick={() => saveDir.mutate({ backupDir: dir || null })}>
            {t('backup.saveDir')}
          </Button>
          <Button loading={backup.isPending} disabled={!dir || !sho} data-testid="backup-now" onClick={() => backup.mutate({ dir })}>
            {t('backup.now')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
