import { Alert, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall, useRead } from '../../api/queries';
import { fmtUtc } from '../../lib/format';

/** Runs the tamper check (audit chain, every row, every evidence file, the database file) and shows the result. */
export function VerifyCard() {
  const { t } = useTranslation();
  const last = useRead('audit.lastVerify').data;
  const run = useCall('audit.verify');
  const result = run.data;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('verify.title')}
        </Title>
        <Text size="sm">{t('verify.what')}</Text>
        {last && (
          <Alert color={last.ok ? 'teal' : 'red'} variant="light" data-testid="verify-last">
            {t(last.ok ? 'verify.lastOk' : 'verify.lastBad', { when: fmtUtc(last.at), count: last.problems, checked: last.checked })}
          </Alert>
        )}
        {last === null && (
          <Text size="sm" c="dimmed">
            {t('verify.never')}
          </Text>
        )}
        {run.errorText && (
          <Text size="sm" c="red" role="alert">
            {run.errorText}
          </Text>
        )}
        {result && !result.ok && (
          <List size="sm" c="red" data-testid="verify-problems">
            {result.problems.slice(0, 50).map((p, i) => (
              <List.Item key={i}>{p.message}</List.Item>
            ))}
          </List>
        )}
        {result && result.warnings.length > 0 && (
          <List size="sm" c="orange" data-testid="verify-warnings">
            {result.warnings.map((w, i) => (
              <List.Item key={i}>{w.message}</List.Item>
            ))}
          </List>
        )}
        <Button style={{ alignSelf: 'flex-start' }} loading={run.isPending} data-testid="verify-run" onClick={() => run.mutate(undefined)}>
          {t('verify.run')}
        </Button>
      </Stack>
    </Paper>
  );
}
