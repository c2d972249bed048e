import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/queries';
import { nowLocal } from '../../lib/format';
import { go } from '../../lib/route';
import { ok } from '../../lib/notify';
import { picked, type Message } from '../inbox/selection';
import { MessageCard } from '../inbox/MessageCard';
import { EntryForm, emptyEntry, toInput, type EntryValues } from './EntryForm';
import { stripMarkup } from '../../../../electron/shared/text/whatsapp-markup';
import { mobileInText } from '../../../../electron/shared/text/phones';

/** Prefills an entry from picked messages: received time, informant from the sender, source, summary. */
export function prefill(messages: Message[]): EntryValues {
  const v = emptyEntry(nowLocal());
  const user = messages.filter((m) => m.kind === 'user').sort((a, b) => (a.sentAt ?? '').localeCompare(b.sentAt ?? ''));
  const first = user[0];
  if (!first) return v;
  v.receivedAt = (first.sentAt ?? nowLocal()).slice(0, 16);
  v.name = first.sender ?? '';
  v.phone = first.senderPhone ?? '';
  v.source = first.source;
  v.summary = user
    // The words only: WhatsApp's *bold* and _italic_ marks are formatting, not part of the complaint.
    .map((m) => stripMarkup(m.text))
    .filter((x) => x.trim())
    .join('\n')
    .slice(0, 20_000);
  return v;
}

export function NewEntryPage({ messageIds }: { messageIds: number[] }) {
  const { t } = useTranslation();
  const messages = messageIds.map((id) => picked.get(id)).filter((m): m is Message => !!m);
  const create = useCall('entries.create', {
    onSuccess: (r) => {
      picked.clear();
      ok(t('entry.created', { serial: r.serial, year: r.year }));
      go(`entry/${r.id}`);
    },
  });
  return (
    <Stack>
      <Title order={2}>
        {t('entry.new')}
        {messageIds.length ? ` — ${t('entry.fromMessages', { count: messageIds.length })}` : ''}
      </Title>
      {messages.length > 0 && (
        <Paper withBorder p="xs">
          <Stack gap={4}>
            {messages.map((m) => (
              <MessageCard key={m.id} m={m} showSource />
            ))}
          </Stack>
        </Paper>
      )}
      <Paper withBorder p="md">
        <EntryForm
          initial={prefill(messages)}
          suggestedPhone={messages.some((m) => m.senderPhone) ? null : (messages.map((m) => mobileInText(m.text)).find(Boolean) ?? null)}
          submitLabel={t('entry.create')}
          onSubmit={(v) => create.mutateAsync({ ...toInput(v), messageIds: messageIds.length ? messageIds : undefined })}
        />
      </Paper>
    </Stack>
  );
}
