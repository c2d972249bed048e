import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { BarChart, DonutChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import { fmtDate, shiftMonth, thisMonth } from '../../lib/format';
import { MonthSelect, monthLabel } from '../../lib/MonthSelect';
import { useRead } from '../../api/queries';

function Stat({ label, value, color, testid }: { label: string; value: number; color?: string; testid?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} c={color} data-testid={testid}>
        {value}
      </Text>
    </Paper>
  );
}

export function Dashboard() {
  const { t, i18n } = useTranslation();
  const [month, setMonth] = useState(thisMonth());
  const s = useRead('stats.dashboard', { month }, { keepPrevious: true }).data;
  if (!s) return null;
  const age = [
    { name: t('dash.age0'), value: s.pendingByAge.upTo10, color: 'teal.9' },
    { name: t('dash.age11'), value: s.pendingByAge.from11To30, color: 'orange.9' },
    { name: t('dash.age30'), value: s.pendingByAge.over30, color: 'red.9' },
  ];
  const byDay = s.receivedByDay.map((d) => ({ day: d.day.slice(8, 10), count: d.count }));
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('dash.title', { month: monthLabel(s.month, i18n.language) })}</Title>
        <Group gap={4} align="flex-end">
          <Button variant="default" onClick={() => setMonth(shiftMonth(month, -1))} aria-label="←">
            ←
          </Button>
          <MonthSelect aria-label={t('dash.month')} value={month} onChange={(m) => m && setMonth(m)} w={170} />
          <Button variant="default" onClick={() => setMonth(shiftMonth(month, 1))} aria-label="→">
            →
          </Button>
        </Group>
      </Group>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Stat label={t('dash.received')} value={s.received} testid="stat-received" />
        <Stat label={t('dash.disposed')} value={s.disposed} color="green.8" />
        <Stat label={t('dash.pending')} value={s.pending} color="orange.9" testid="stat-pending" />
        <Stat label={t('dash.overdue')} value={s.overdue} color="red.8" testid="stat-overdue" />
        <Stat label={t('dash.firs')} value={s.firs} color="grape.8" />
        <Stat label={t('dash.arrested')} value={s.arrested} color="teal.8" />
        <Stat label={t('dash.wanted')} value={s.wanted} color="red.8" />
        <Paper withBorder p="sm">
          <Text size="sm" c="dimmed">
            {t('dash.unprocessed')}
          </Text>
          <Anchor href="#/inbox" fz={28} fw={700}>
            {s.unprocessedMessages}
          </Anchor>
        </Paper>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="sm">
        <Paper withBorder p="sm">
          <Title order={3} size="h5" mb="xs">
            {t('dash.byAge')}
          </Title>
          <Group align="center" wrap="nowrap">
            <div role="img" aria-label={t('dash.byAge')}>
              <DonutChart data={age} size={140} thickness={26} withTooltip={false} />
            </div>
            <Stack gap={4}>
              {age.map((a) => (
                <Group key={a.name} gap={6}>
                  <Badge
                    color={a.color.split('.')[0]}
                    variant="light"
                    size="lg"
                    leftSection={
                      <span
                        style={{
                          display: 'inline-block',
                          width: 10,
                          height: 10,
                          borderRadius: 5,
                          background: `var(--mantine-color-${a.color.replace('.', '-')})`,
                        }}
                      />
                    }
                  >
                    {a.value}
                  </Badge>
                  <Text size="sm">{a.name}</Text>
                </Group>
              ))}
            </Stack>
          </Group>
          <Text size="xs" c="dimmed" mt="xs">
            {t('entry.disposedAt')}: {t('dash.within10')} {s.disposedWithin10} · {t('dash.within30')} {s.disposedWithin30} ·{' '}
            {t('dash.later')} {s.disposedLater}
          </Text>
        </Paper>
        <Paper withBorder p="sm" style={{ gridColumn: 'span 2' }}>
          <Title order={3} size="h5" mb="xs">
            {t('dash.byDay')}
          </Title>
          <BarChart
            h={180}
            data={byDay}
            dataKey="day"
            series={[{ name: 'count', label: t('dash.count'), color: 'indigo.6' }]}
            tickLine="y"
            withTooltip
            yAxisProps={{ allowDecimals: false }}
          />
        </Paper>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="sm">
        <Paper withBorder p="sm" style={{ gridColumn: 'span 2' }}>
          <Title order={3} size="h5" mb="xs">
            {t('dash.overdueList')}
          </Title>
          {s.overdueList.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('dash.noOverdue')}
            </Text>
          ) : (
            <Table fz="sm" data-testid="overdue-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reg.serial')}</Table.Th>
                  <Table.Th>{t('reg.received')}</Table.Th>
                  <Table.Th>{t('reg.informant')}</Table.Th>
                  <Table.Th>{t('reg.summary')}</Table.Th>
                  <Table.Th>{t('reg.due')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.overdueList.slice(0, 15).map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <Anchor href={`#/entry/${r.id}`}>
                        {r.serial}/{r.year}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmtDate(r.receivedAt)}</Table.Td>
                    <Table.Td>{r.informantName}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={1}>
                        {r.summary}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="red.9" fw={600} style={{ whiteSpace: 'nowrap' }}>
                        {t('dash.daysOver', { count: r.daysOver })}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
        <Paper withBorder p="sm">
          <Title order={3} size="h5" mb="xs">
            {t('dash.byMode')}
          </Title>
          <Stack gap={4}>
            {s.receivedByMode.map((m) => (
              <Group key={m.mode} justify="space-between">
                <Text size="sm">{t(`modes.${m.mode}`)}</Text>
                <Badge variant="light">{m.count}</Badge>
              </Group>
            ))}
          </Stack>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
