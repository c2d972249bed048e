import { useState } from 'react';
import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/transport';
import { useRead } from '../../api/queries';
import { fmtDate } from '../../lib/format';
import { fail, ok } from '../../lib/notify';

/** Adds the picked messages to an open entry: its message list becomes the union of old and new. */
export function AddToEntryDialog({
  messageIds,
  onClose,
  onDone,
}: {
  messageIds: number[];
  onClose: () => void;
  onDone: () => Promise<void> | void;
}) {
  const { t } = useTranslation();
  const [id, setId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const open = useRead('entries.list', { status: ['pending', 'under-inquiry', 'fir-registered'], limit: 500 }).data;
  const options = (open?.rows ?? []).map((e) => ({
    value: String(e.id),
    label: `${e.serial}/${e.year} · ${fmtDate(e.receivedAt)} · ${e.informantName} · ${e.summary.slice(0, 60)}`,
  }));
  return (
    <Modal closeButtonProps={{ 'aria-label': t('app.close') }} opened onClose={onClose} title={t('inbox.addToEntry')} size="lg">
      <Stack>
        <Select
          label={t('inbox.entryId')}
          data={options}
          value={id}
          onChange={setId}
          searchable
          data-testid="add-entry-select"
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('app.cancel')}
          </Button>
          <Button
            disabled={!id}
            loading={busy}
            data-testid="add-entry-save"
            onClick={async () => {
              setBusy(true);
              try {
                const e = await call('entries.get', { id: Number(id) });
                const union = [...new Set([...e.messages.map((m) => m.id), ...messageIds])];
                await call('entries.update', { id: e.id, messageIds: union });
                ok(t('inbox.added'));
                await onDone();
                onClose();
              } catch (x) {
                fail(x);
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('app.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
