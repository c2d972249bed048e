import { Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fmtLocal, fmtSize } from '../../lib/format';
import type { Message } from './selection';

/** One message as text (never markup): sender, time, body, media and state. */
export function MessageCard({ m, selected, onToggle, showSource }: { m: Message; selected?: boolean; onToggle?: () => void; showSource?: boolean }) {
  const { t } = useTranslation();
  const interactive = !!onToggle;
  return (
    <Paper
      withBorder
      p="xs"
      className="msg-row"
      data-selected={selected ? 'true' : 'false'}
      data-testid="message"
      role={interactive ? 'checkbox' : undefined}
      aria-checked={interactive ? !!selected : undefined}
      tabIndex={interactive ? 0 : undefined}
      onClick={onToggle}
      onKeyDown={(e) => {
        if (interactive && (e.key === ' ' || e.key === 'Enter')) {
          e.preventDefault();
          onToggle?.();
        }
      }}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Group gap="xs">
          <Text fw={600} size="sm">{m.kind === 'system' ? t('inbox.system') : (m.sender ?? '?')}</Text>
          {m.senderPhone && m.senderPhone !== m.sender && <Text size="xs" c="dimmed">{m.senderPhone}</Text>}
          {showSource && <Badge variant="outline" size="sm" style={{ textTransform: 'none' }}>{m.source}</Badge>}
        </Group>
        <Group gap={4}>
          {m.infoOnly && <Badge color="gray" variant="light" size="sm">{t('inbox.infoOnlyBadge')}</Badge>}
          {m.entryIds.length > 0 && <Badge color="green" variant="light" size="sm">{t('inbox.entryBadge', { ids: m.entryIds.join(', #') })}</Badge>}
          <Text size="xs" c="dimmed">{m.sentAt ? fmtLocal(m.sentAt) : t('inbox.noTime')}</Text>
        </Group>
      </Group>
      <Text size="sm" className="pre" c={m.deleted ? 'dimmed' : undefined} fs={m.deleted ? 'italic' : undefined}>
        {m.deleted ? t('inbox.deleted') : m.text}
      </Text>
      {(m.attachments.length > 0 || m.mediaOmitted || m.edited) && (
        <Group gap={4} mt={4}>
          {m.attachments.map((a) => (
            <Badge key={a.name} variant="light" color={a.sha256 ? 'blue' : 'orange'} size="sm" style={{ textTransform: 'none' }}>
              {a.mime?.startsWith('video') ? '🎞 ' : a.mime?.startsWith('image') ? '🖼 ' : a.mime?.startsWith('audio') ? '🎤 ' : '📎 '}
              {a.name} {fmtSize(a.size)}
            </Badge>
          ))}
          {m.mediaOmitted && <Badge color="orange" variant="light" size="sm">{t('inbox.mediaOmitted')}</Badge>}
          {m.edited && <Badge color="gray" variant="light" size="sm">{t('inbox.edited')}</Badge>}
        </Group>
      )}
    </Paper>
  );
}
