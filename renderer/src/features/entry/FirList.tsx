import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatSections } from '../../../../electron/shared/law/sections';
import { fmtLocal, serialYear } from '../../lib/format';
import { useRead } from '../../api/queries';

export function FirList() {
  const { t, i18n } = useTranslation();
  const r = useRead('firs.list', { limit: 500 }).data;
  const lang = i18n.language === 'en' ? 'en' : 'hi';
  return (
    <Stack>
      <Title order={2}>{t('fir.list')}</Title>
      {r && r.rows.length === 0 && <Text c="dimmed">{t('fir.empty')}</Text>}
      {r && r.rows.length > 0 && (
        <Paper withBorder>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fir.number')}</Table.Th>
                <Table.Th>{t('fir.registeredAt')}</Table.Th>
                <Table.Th>{t('fir.sections')}</Table.Th>
                <Table.Th>{t('fir.io')}</Table.Th>
                <Table.Th>{t('entry.persons')}</Table.Th>
                <Table.Th>{t('fir.status')}</Table.Th>
                <Table.Th>{t('fir.entries')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.rows.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    {f.number}/{f.year}
                  </Table.Td>
                  <Table.Td>{fmtLocal(f.registeredAt)}</Table.Td>
                  <Table.Td>{formatSections(f.sections, lang)}</Table.Td>
                  <Table.Td>{f.io ?? '—'}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {f.persons.map((p) => (
                        <Badge
                          key={p.linkId}
                          size="sm"
                          variant="light"
                          color={p.role === 'accused' ? (p.arrestedAt ? 'green' : 'red') : 'gray'}
                          style={{ textTransform: 'none' }}
                        >
                          {p.name} · {t(`personRoles.${p.role}`)}
                          {p.status ? ` · ${t(`personStatus.${p.status}`)}` : ''}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>{t(`firStatus.${f.status}`)}</Table.Td>
                  <Table.Td>
                    {f.entries.map((e) => (
                      <Anchor key={e.id} href={`#/entry/${e.id}`} mr={4}>
                        {serialYear(e)}
                      </Anchor>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}
