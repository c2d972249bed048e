import { Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fmtLocal, fmtSize, serialYear } from '../../lib/format';
import { evidenceUrl } from '../../api/transport';
import type { Message } from './selection';
import { MessageText } from '../../lib/MessageText';

/** One message as text (never markup): sender, time, body, media and state. */
export function MessageCard({
  m,
  selected,
  onToggle,
  showSource,
}: {
  m: Message;
  selected?: boolean;
  onToggle?: () => void;
  showSource?: boolean;
}) {
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
          <Text fw={600} size="sm">
            {m.kind === 'system' ? t('inbox.system') : (m.sender ?? '?')}
          </Text>
          {m.senderPhone && m.senderPhone !== m.sender && (
            <Text size="xs" c="dimmed">
              {m.senderPhone}
            </Text>
          )}
          {showSource && (
            <Badge variant="outline" size="sm" style={{ textTransform: 'none' }}>
              {m.source}
            </Badge>
          )}
        </Group>
        <Group gap={4}>
          {m.infoOnly && (
            <Badge color="gray" variant="light" size="sm">
              {t('inbox.infoOnlyBadge')}
            </Badge>
          )}
          {m.entries.length > 0 && (
            <Badge color="green" variant="light" size="sm" data-testid="message-entries">
              {t('inbox.entryBadge', { serials: m.entries.map(serialYear).join(', ') })}
            </Badge>
          )}
          <Text size="xs" c="dimmed">
            {m.sentAt ? fmtLocal(m.sentAt) : t('inbox.noTime')}
          </Text>
        </Group>
      </Group>
      <Text size="sm" className="pre" c={m.deleted ? 'dimmed' : undefined} fs={m.deleted ? 'italic' : undefined}>
        {m.deleted ? t('inbox.deleted') : <MessageText text={m.text} />}
      </Text>
      {(m.attachments.length > 0 || m.mediaOmitted || m.edited) && (
        <Group gap={4} mt={4}>
          {m.attachments.map((a) => (
            <Badge key={a.name} variant="light" color={a.sha256 ? 'blue' : 'orange'} size="sm" style={{ textTransform: 'none' }}>
              {t(
                a.mime?.startsWith('video')
                  ? 'inbox.kindVideo'
                  : a.mime?.startsWith('image')
                    ? 'inbox.kindPhoto'
                    : a.mime?.startsWith('audio')
                      ? 'inbox.kindAudio'
                      : 'inbox.kindFile',
              )}
              : {a.name} {fmtSize(a.size)}
            </Badge>
          ))}
          {m.mediaOmitted && (
            <Badge color="orange" variant="light" size="sm">
              {t('inbox.mediaOmitted')}
            </Badge>
          )}
          {m.attachments
            .filter((a) => a.sha256 && /^(video|image)\//.test(a.mime ?? ''))
            .slice(0, 3)
            .map((a) =>
              a.mime!.startsWith('video/') ? (
                // A small player so the munshi can see what came in before making an entry; clicks here do not select.
                <video
                  key={a.sha256}
                  src={evidenceUrl(a.sha256!)}
                  preload="metadata"
                  controls
                  muted
                  width={200}
                  height={112}
                  style={{ background: '#000', borderRadius: 4 }}
                  aria-label={a.name}
                  onClick={(e) => e.stopPropagation()}
                  onKeyDown={(e) => e.stopPropagation()}
                  data-testid="message-video"
                />
              ) : (
                <img key={a.sha256} src={evidenceUrl(a.sha256!)} alt={a.name} style={{ maxWidth: 200, maxHeight: 112, borderRadius: 4 }} />
              ),
            )}
          {m.edited && (
            <Badge color="gray" variant="light" size="sm">
              {t('inbox.edited')}
            </Badge>
          )}
        </Group>
      )}
    </Paper>
  );
}
