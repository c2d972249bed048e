import { useEffect, useState } from 'react';
import { Button, Center, NativeSelect, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/transport';
import type { Output } from '../../../../electron/contract/index';
import { errorText } from '../../api/errors';

/** The desk opens here once PINs are in use, and comes back here after the idle time or "Lock". */
export function LockScreen({
  station,
  operators: ops,
  onUnlocked,
}: {
  station: string;
  operators: Output<'auth.status'>['operators'];
  onUnlocked: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(ops[0]?.name ?? '');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  return (
    <Center h="100vh" bg="gray.1">
      <Paper withBorder shadow="sm" p="xl" w={420}>
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            setBusy(true);
            setError(null);
            try {
              await call('auth.login', { name, pin });
              setPin('');
              onUnlocked();
            } catch (x) {
              setError(errorText(x));
            } finally {
              setBusy(false);
            }
          }}
        >
          <Stack>
            <Title order={1} size="h3">
              {t('lock.title')}
            </Title>
            <Text c="dimmed">{station}</Text>
            <NativeSelect
              label={t('lock.operator')}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              data={ops.map((o) => ({ value: o.name, label: `${o.name} (${t(`roles.${o.role}`)})` }))}
              data-testid="lock-operator"
            />
            <PasswordInput
              label={t('lock.pin')}
              value={pin}
              onChange={(e) => setPin(e.currentTarget.value)}
              inputMode="numeric"
              autoFocus
              required
              data-testid="lock-pin"
            />
            {error && (
              <Text c="red" role="alert" data-testid="lock-error">
                {error}
              </Text>
            )}
            <Button type="submit" loading={busy} data-testid="lock-submit">
              {t('lock.unlock')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}

/**
 * Signs out after `minutes` without a key press, click or scroll, and calls onLock. The register enforces the same
 * idle time itself (counted from the last call), so while someone is working without calls (typing a long entry)
 * the desk tells it so, at most once a minute; if the register has locked meanwhile, the lock screen comes back.
 */
export function useIdleLock(minutes: number, active: boolean, onLock: () => void) {
  useEffect(() => {
    if (!active || minutes <= 0) return;
    const idleMs = minutes * 60_000;
    const beatMs = Math.min(60_000, idleMs / 2);
    let lastBeat = Date.now();
    let timer = window.setTimeout(fire, idleMs);
    function fire() {
      void call('auth.logout').finally(onLock);
    }
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(fire, idleMs);
      if (Date.now() - lastBeat < beatMs) return;
      lastBeat = Date.now();
      void call('auth.status')
        .then((s) => {
          if (!s.operator) onLock();
        })
        .catch(() => undefined);
    };
    const events = ['keydown', 'mousedown', 'wheel', 'touchstart'] as const;
    events.forEach((e) => window.addEventListener(e, reset, { passive: true }));
    return () => {
      window.clearTimeout(timer);
      events.forEach((e) => window.removeEventListener(e, reset));
    };
  }, [minutes, active, onLock]);
}
