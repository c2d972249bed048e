import { useEffect, useState } from 'react';
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fmtLocal } from '../../lib/format';
import { StatusBadge } from '../entry/EntryPage';
import { useRead } from '../../api/queries';

/** One box for entries, messages, persons and FIRs; Latin letters find Devanagari names and back. */
export function SearchPage({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(initial);
  const [typed, setTyped] = useState(initial.trim());
  useEffect(() => {
    const h = setTimeout(() => setTyped(q.trim()), 250);
    return () => clearTimeout(h);
  }, [q]);
  const found = useRead('search', { q: typed, limit: 50 }, { enabled: !!typed, keepPrevious: true }).data;
  const r = typed ? found : undefined;
  const empty = r && !r.entries.length && !r.messages.length && !r.persons.length && !r.firs.length;
  return (
    <Stack>
      <Title order={2}>{t('search.title')}</Title>
      <TextInput
        size="md"
        aria-label={t('search.title')}
        placeholder={t('search.placeholder')}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        autoFocus
        data-testid="search-input"
        description={t('search.hint')}
      />
      {empty && <Text c="dimmed">{t('search.none')}</Text>}
      {r && !empty && (
        <SimpleGrid cols={{ base: 1, lg: 2 }}>
          <Paper withBorder p="sm" data-testid="search-entries">
            <Title order={3} size="h5" mb="xs">
              {t('search.entries')} ({r.entries.length})
            </Title>
            <Stack gap={6}>
              {r.entries.map((e) => (
                <Group key={e.id} justify="space-between" wrap="nowrap">
                  <Anchor href={`#/entry/${e.id}`} size="sm">
                    {e.serial}/{e.year} · {e.informantName} — {e.summary.slice(0, 80)}
                  </Anchor>
                  <StatusBadge status={e.status} overdue={e.overdue} />
                </Group>
              ))}
            </Stack>
          </Paper>
          <Paper withBorder p="sm" data-testid="search-persons">
            <Title order={3} size="h5" mb="xs">
              {t('search.persons')} ({r.persons.length})
            </Title>
            <Stack gap={6}>
              {r.persons.map((p) => (
                <Text key={p.id} size="sm">
                  {p.name}
                  {p.relativeName ? ` (${p.relativeName})` : ''}
                  {p.address ? ` · ${p.address}` : ''}
                </Text>
              ))}
            </Stack>
            <Title order={3} size="h5" my="xs">
              {t('search.firs')} ({r.firs.length})
            </Title>
            <Stack gap={6}>
              {r.firs.map((f) => (
                <Badge key={f.id} variant="light" color="grape" style={{ textTransform: 'none' }}>
                  {f.label}
                </Badge>
              ))}
            </Stack>
          </Paper>
          <Paper withBorder p="sm" data-testid="search-messages">
            <Title order={3} size="h5" mb="xs">
              {t('search.messages')} ({r.messages.length})
            </Title>
            <Stack gap={6}>
              {r.messages.map((m) => (
                <div key={m.id}>
                  <Text size="xs" c="dimmed">
                    {m.source} · {m.sender ?? '?'} · {fmtLocal(m.sentAt)}
                  </Text>
                  <Text size="sm" className="pre" lineClamp={3}>
                    {m.text}
                  </Text>
                </div>
              ))}
            </Stack>
          </Paper>
        </SimpleGrid>
      )}
    </Stack>
  );
}
