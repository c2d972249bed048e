import { useEffect, useState } from 'react';
import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/transport';
import type { Output } from '../../../../electron/contract/index';
import { fail, ok } from '../../lib/notify';
import { fmtUtc } from '../../lib/format';

/** Where backups go, when the last good one was made, and a button for one now. */
export function BackupCard() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Output<'backup.status'> | null>(null);
  const [dir, setDir] = useState('');
  const [busy, setBusy] = useState(false);
  const load = () =>
    call('backup.status')
      .then((s) => {
        setStatus(s);
        setDir((d) => s.dir ?? d);
      })
      .catch(fail);
  useEffect(() => void load(), []);

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
          description={t('backup.dirHint')}
          value={dir}
          onChange={(e) => setDir(e.currentTarget.value)}
          data-testid="backup-dir"
        />
        <Group>
          <Button
            variant="default"
            onClick={async () => {
              try {
                await call('station.update', { backupDir: dir || null });
                ok(t('app.saved'));
                await load();
              } catch (e) {
                fail(e);
              }
            }}
          >
            {t('backup.saveDir')}
          </Button>
          <Button
            loading={busy}
            disabled={!dir}
            data-testid="backup-now"
            onClick={async () => {
              setBusy(true);
              try {
                const r = await call('backup.create', { dir });
                ok(t('backup.done', { dir: r.dir }));
                await load();
              } catch (e) {
                fail(e);
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('backup.now')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
