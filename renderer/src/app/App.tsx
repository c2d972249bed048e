import { useCallback, useEffect, useState } from 'react';
import { Alert, AppShell, Badge, Button, Center, Group, Loader, NavLink, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, onLocked } from '../api/transport';
import type { Output } from '../../../electron/contract/index';
import { setLanguage } from '../i18n/index';
import { go, useRoute } from '../lib/route';
import { DeskContext, type Desk } from './desk';
import { FirstRun } from '../features/setup/FirstRun';
import { Dashboard } from '../features/dashboard/Dashboard';
import { Inbox } from '../features/inbox/Inbox';
import { Register } from '../features/register/Register';
import { EntryPage } from '../features/entry/EntryPage';
import { NewEntryPage } from '../features/entry/NewEntryPage';
import { FirList } from '../features/entry/FirList';
import { SearchPage } from '../features/search/SearchPage';
import { setDropped } from '../features/inbox/selection';
import { Settings } from '../features/settings/Settings';
import { Documents } from '../features/documents/Documents';
import { LockScreen, useIdleLock } from '../features/lock/LockScreen';
import { errorText } from '../api/errors';

const NAV = [
  ['dashboard', 'nav.dashboard'],
  ['inbox', 'nav.inbox'],
  ['register', 'nav.register'],
  ['new', 'nav.newEntry'],
  ['firs', 'nav.firs'],
  ['search', 'nav.search'],
  ['documents', 'nav.documents'],
  ['settings', 'nav.settings'],
] as const;

export function App() {
  const { t, i18n } = useTranslation();
  const [station, setStation] = useState<Output<'station.get'> | undefined>(undefined);
  const [info, setInfo] = useState<Output<'app.info'> | null>(null);
  const [auth, setAuth] = useState<Output<'auth.status'> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const route = useRoute();
  const [q, setQ] = useState('');

  const refresh = useCallback(async () => {
    try {
      // Only sign-in and app information answer while the desk is locked; the station profile needs a signed-in operator.
      const [i, a] = await Promise.all([call('app.info'), call('auth.status')]);
      setStation(i.station && a.operator ? await call('station.get') : i.station ? undefined : null);
      setInfo(i);
      setAuth(a);
    } catch (e) {
      setError(errorText(e));
    }
  }, []);
  useEffect(() => void refresh(), [refresh]);
  // The register may lock this desk by itself (idle time, signed out elsewhere): any call refused as 'locked'
  // brings the lock screen back.
  useEffect(() => onLocked(() => void refresh()), [refresh]);

  // Files dropped on any other screen open the inbox's import dialog (the inbox handles its own drops).
  useEffect(() => {
    if (route.page === 'inbox') return;
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const files = [...(e.dataTransfer?.files ?? [])];
      if (!files.length) return;
      e.preventDefault();
      setDropped(files);
      go('inbox');
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [route.page]);

  useEffect(() => {
    document.title = t('app.title');
  }, [t, i18n.language]);

  // Once PINs are in use the desk locks itself after the idle time the SHO set.
  const signedIn = !!auth?.operator;
  useIdleLock(station?.lockMinutes ?? 0, !!auth?.pinsInUse && signedIn, refresh);

  if (error)
    return (
      <Alert color="red" m="md" title={t('app.error')}>
        {error}
      </Alert>
    );
  if (!info || !auth)
    return (
      <Center h="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );
  if (!info.station) return <FirstRun onDone={refresh} dataDir={info.dataDir} />;
  if (!signedIn)
    return (
      <LockScreen
        station={t('app.station', { name: info.station.name, district: info.station.district })}
        operators={auth.operators}
        onUnlocked={refresh}
      />
    );
  if (!station)
    return (
      <Center h="100vh">
        <Loader aria-label={t('app.loading')} />
      </Center>
    );

  const desk: Desk = { station, info, refresh };
  const other = i18n.language === 'hi' ? 'en' : 'hi';
  let page;
  switch (route.page) {
    case 'inbox':
      page = <Inbox />;
      break;
    case 'register':
      page = <Register />;
      break;
    case 'entry':
      page = route.id ? <EntryPage key={route.id} id={route.id} /> : <Register />;
      break;
    case 'new':
      page = (
        <NewEntryPage
          key={route.params.toString()}
          messageIds={(route.params.get('messages') ?? '').split(',').filter(Boolean).map(Number)}
        />
      );
      break;
    case 'firs':
      page = <FirList />;
      break;
    case 'search':
      page = <SearchPage key={route.params.get('q') ?? ''} initial={route.params.get('q') ?? ''} />;
      break;
    case 'settings':
      page = <Settings />;
      break;
    case 'documents':
      page = <Documents key={route.params.get('sha') ?? ''} initialSha={route.params.get('sha') ?? undefined} />;
      break;
    default:
      page = <Dashboard />;
  }

  return (
    <DeskContext.Provider value={desk}>
      <a
        href="#main"
        className="skip-link"
        style={{ position: 'absolute', left: -9999 }}
        onFocus={(e) => (e.currentTarget.style.left = '8px')}
        onBlur={(e) => (e.currentTarget.style.left = '-9999px')}
      >
        {t('app.skip')}
      </a>
      <AppShell header={{ height: 60 }} navbar={{ width: 200, breakpoint: 0 }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Title order={1} size="h4">
                {t('app.title')}
              </Title>
              <Text size="sm" c="dimmed" data-testid="station-name">
                {t('app.station', { name: station.name, district: station.district })}
              </Text>
              {info.demo && (
                <Badge color="orange" variant="light" size="lg">
                  {t('app.demo')}
                </Badge>
              )}
            </Group>
            <Group gap="sm" wrap="nowrap">
              <form
                role="search"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (q.trim()) go(`search?q=${encodeURIComponent(q.trim())}`);
                }}
              >
                <TextInput
                  aria-label={t('app.searchLabel')}
                  placeholder={t('app.search')}
                  value={q}
                  onChange={(e) => setQ(e.currentTarget.value)}
                  w={300}
                  data-testid="global-search"
                />
              </form>
              <Badge size="lg" variant="light" color="teal" data-testid="operator" style={{ textTransform: 'none' }}>
                {t('app.operator')}: {info.operator ? `${info.operator.name} (${t(`roles.${info.operator.role}`)})` : t('app.noOperator')}
              </Badge>
              {auth?.pinsInUse && (
                <Button variant="default" size="sm" onClick={() => void call('auth.logout').finally(refresh)} data-testid="lock-now">
                  {t('lock.lockNow')}
                </Button>
              )}
              <Tooltip label={t('app.langLabel')}>
                <Button variant="default" size="sm" onClick={() => setLanguage(other)} data-testid="lang-switch" lang={other}>
                  {t('app.lang')}
                </Button>
              </Tooltip>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs" component="nav" aria-label={t('app.title')}>
          {NAV.map(([p, key]) => (
            <NavLink
              key={p}
              href={`#/${p}`}
              label={t(key)}
              active={route.page === p || (p === 'register' && route.page === 'entry')}
              data-testid={`nav-${p}`}
            />
          ))}
        </AppShell.Navbar>
        <AppShell.Main id="main">{page}</AppShell.Main>
      </AppShell>
    </DeskContext.Provider>
  );
}
