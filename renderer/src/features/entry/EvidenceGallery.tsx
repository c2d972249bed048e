import { useState } from 'react';
import { Badge, Button, Card, Group, Image, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { evidenceUrl } from '../../api/transport';
import type { Output } from '../../../../electron/contract/index';
import { fmtSize, fmtUtc } from '../../lib/format';

type Evidence = Output<'entries.get'>['evidence'][number];

function Media({ e, large }: { e: Evidence; large?: boolean }) {
  const src = evidenceUrl(e.sha256);
  const label = e.names[0] ?? e.sha256.slice(0, 12);
  if (e.mime.startsWith('image/'))
    return <Image src={src} alt={label} h={large ? 'auto' : 140} fit="contain" mah={large ? '70vh' : undefined} />;
  if (e.mime.startsWith('video/'))
    return large ? (
      <video src={src} controls autoPlay style={{ width: '100%', maxHeight: '70vh' }} data-testid="evidence-video" aria-label={label} />
    ) : (
      <video
        src={`${src}#t=0.1`}
        preload="metadata"
        muted
        style={{ width: '100%', height: 140, background: '#000' }}
        aria-label={label}
        data-testid="evidence-thumb-video"
      />
    );
  if (e.mime.startsWith('audio/')) return <audio src={src} controls preload="metadata" style={{ width: '100%' }} aria-label={label} />;
  return <Text size="sm">{label}</Text>;
}

/** Thumbnails of an entry's evidence; a click opens the in-app player with the file's SHA-256. */
export function EvidenceGallery({ items }: { items: Evidence[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Evidence | null>(null);
  if (!items.length)
    return (
      <Text size="sm" c="dimmed">
        {t('entry.noEvidence')}
      </Text>
    );
  return (
    <>
      <SimpleGrid cols={2} spacing="sm">
        {items.map((e) => (
          <Card key={e.sha256} withBorder padding="xs" data-testid="evidence-card">
            <Card.Section>
              <Media e={e} />
            </Card.Section>
            <Stack gap={2} mt={4}>
              <Text size="xs" fw={600} truncate>
                {e.names.join(', ')}
              </Text>
              <Group gap={4}>
                <Badge size="xs" variant="light" style={{ textTransform: 'none' }}>
                  {e.mime}
                </Badge>
                <Text size="xs" c="dimmed">
                  {fmtSize(e.size)}
                </Text>
              </Group>
              <Text className="sha" c="dimmed" title={e.sha256}>
                {t('entry.sha')}: {e.sha256.slice(0, 16)}…
              </Text>
              <Button size="xs" variant="light" onClick={() => setOpen(e)} data-testid="evidence-open">
                {t('entry.open')}
              </Button>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
      <Modal
        closeButtonProps={{ 'aria-label': t('app.close') }}
        opened={!!open}
        onClose={() => setOpen(null)}
        size="xl"
        title={open?.names.join(', ')}
      >
        {open && (
          <Stack>
            <Media e={open} large />
            <Text size="sm">{t('entry.sha')}:</Text>
            <Text className="sha" data-testid="evidence-sha">
              {open.sha256}
            </Text>
            <Text size="xs" c="dimmed">
              {fmtSize(open.size)} · {open.mime} · {fmtUtc(open.firstSeenAt)}
            </Text>
            <Text size="xs" c="dimmed">
              {t('entry.hashNote')}
            </Text>
          </Stack>
        )}
      </Modal>
    </>
  );
}
