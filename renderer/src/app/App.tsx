import { useEffect, useState } from 'react';
import { Alert, Badge, Container, Table, Title, Text } from '@mantine/core';
import { call } from '../api/transport';
import type { Output } from '../../../electron/contract/index';

const STATUS_HI: Record<string, string> = {
  pending: 'लंबित', 'under-inquiry': 'जांच में', 'fir-registered': 'एफआईआर दर्ज', disposed: 'निस्तारित', cancelled: 'निरस्त',
};

/** A minimal register view: entries listed through the contract (the full desk is its own piece of work). */
export function App() {
  const [station, setStation] = useState<Output<'station.get'>>(null);
  const [list, setList] = useState<Output<'entries.list'> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([call('station.get'), call('entries.list', { limit: 200 })])
      .then(([s, l]) => {
        setStation(s);
        setList(l);
      })
      .catch((e: Error) => setError(e.message));
  }, []);

  return (
    <Container size="xl" py="md">
      <Title order={2}>थाना शिकायत रजिस्टर{station ? ` — थाना ${station.name}, जनपद ${station.district}` : ''}</Title>
      {error && <Alert color="red" mt="md">{error}</Alert>}
      {list && (
        <>
          <Text mt="sm" c="dimmed">कुल प्रविष्टियाँ: {list.total}</Text>
          <Table striped mt="sm" data-testid="entries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>क्रम संख्या</Table.Th>
                <Table.Th>प्राप्ति दिनांक</Table.Th>
                <Table.Th>सूचनाकर्ता</Table.Th>
                <Table.Th>संक्षिप्त विवरण</Table.Th>
                <Table.Th>स्थिति</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.serial}/{r.year}</Table.Td>
                  <Table.Td>{r.receivedAt.slice(8, 10)}-{r.receivedAt.slice(5, 7)}-{r.receivedAt.slice(0, 4)}</Table.Td>
                  <Table.Td>{r.informantName}</Table.Td>
                  <Table.Td>{r.summary}</Table.Td>
                  <Table.Td>
                    <Badge color={r.overdue ? 'red' : 'gray'}>{STATUS_HI[r.status]}{r.overdue ? ' (समय सीमा पार)' : ''}</Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Container>
  );
}
