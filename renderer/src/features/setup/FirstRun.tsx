import { useState } from 'react';
import { Alert, Button, Container, Paper, Stack, Text, TextInput, Title, PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { call } from '../../api/transport';
import { setLanguage } from '../../i18n/index';

export function FirstRun({ onDone, dataDir }: { onDone: () => Promise<void>; dataDir: string }) {
  const { t, i18n } = useTranslation();
  const [f, setF] = useState({ name: '', district: 'गोरखपुर', code: '', operator: '', pin: '' });
  const [err, setErr] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof f) => (e: React.ChangeEvent<HTMLInputElement>) => setF({ ...f, [k]: e.currentTarget.value });
  return (
    <Container size="sm" py="xl">
      <main>
        <Paper withBorder p="lg" shadow="sm">
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              setBusy(true);
              setErr(null);
              try {
                await call('station.init', {
                  name: f.name,
                  district: f.district,
                  code: f.code || null,
                  operator: f.operator,
                  pin: f.pin || undefined,
                });
                await onDone();
              } catch (x) {
                setErr(errorText(x));
              } finally {
                setBusy(false);
              }
            }}
          >
            <Stack>
              <Button
                variant="subtle"
                size="xs"
                style={{ alignSelf: 'flex-end' }}
                onClick={() => setLanguage(i18n.language === 'hi' ? 'en' : 'hi')}
                data-testid="lang-switch"
              >
                {t('app.lang')}
              </Button>
              <Title order={1} size="h2">
                {t('app.title')}
              </Title>
              <Title order={2} size="h4">
                {t('setup.title')}
              </Title>
              <Text>{t('setup.intro')}</Text>
              <TextInput label={t('setup.station')} required value={f.name} onChange={set('name')} data-autofocus autoFocus />
              <TextInput label={t('setup.district')} required value={f.district} onChange={set('district')} />
              <TextInput label={t('setup.code')} value={f.code} onChange={set('code')} />
              <TextInput label={t('setup.operator')} required value={f.operator} onChange={set('operator')} />
              <PasswordInput label={t('setup.pin')} value={f.pin} onChange={set('pin')} inputMode="numeric" data-testid="setup-pin" />
              <Text size="sm" c="dimmed">
                {t('setup.folder')}: {dataDir}
              </Text>
              {err && <Alert color="red">{err}</Alert>}
              <Button type="submit" loading={busy}>
                {t('setup.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </main>
    </Container>
  );
}
