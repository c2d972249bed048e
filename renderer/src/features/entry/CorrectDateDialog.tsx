import { useState } from 'react';
import { Alert, Button, Checkbox, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/queries';
import { errorCode } from '../../api/errors';
import type { Output } from '../../../../electron/contract/index';
import { fmtLocal, serialYear } from '../../lib/format';
import { DialogButtons } from '../../lib/DialogButtons';
import { go } from '../../lib/route';
import { ok } from '../../lib/notify';
import { DdMmYyyyInput } from '../../lib/DateInputs';

/**
 * The SHO corrects a wrongly typed receipt date, with the reason. In another year the entry is struck through and
 * a new one made in the right year (the desk then opens the new one); the old value stays in the trail.
 */
export function CorrectDateDialog({ entry, onClose }: { entry: Output<'entries.get'>; onClose: () => void }) {
  const { t } = useTranslation();
  const [receivedAt, setReceivedAt] = useState(entry.receivedAt.slice(0, 16));
  const [reason, setReason] = useState('');
  const [confirmDate, setConfirmDate] = useState(false);
  const correct = useCall('entries.correctReceipt', {
    onSuccess: (r) => {
      onClose();
      if (r.replaced) {
        ok(t('entry.reEntered', { serial: r.serial, year: r.year, old: serialYear(r.replaced) }));
        go(`entry/${r.id}`);
      } else ok(t('app.saved'));
    },
  });
  const newYear = Number(receivedAt.slice(0, 4));
  const questioned = errorCode(correct.error) === 'needs_confirmation';
  return (
    <Modal closeButtonProps={{ 'aria-label': t('app.close') }} opened onClose={onClose} title={t('entry.correctDate')} size="lg">
      <Stack>
        <Text size="sm">{t('entry.correctFrom', { at: fmtLocal(entry.receivedAt) })}</Text>
        <DdMmYyyyInput
          label={t('entry.correctTo')}
          value={receivedAt}
          onChange={(v) => (setReceivedAt(v), setConfirmDate(false))}
          error={correct.fields.receivedAt}
          required
          data-testid="correct-date-at"
          data-autofocus
        />
        {questioned && (
          <Checkbox
            label={t('entry.confirmDate')}
            checked={confirmDate}
            onChange={(e) => setConfirmDate(e.currentTarget.checked)}
            data-testid="correct-confirm"
          />
        )}
        {newYear && newYear !== entry.year && (
          <Alert color="yellow">{t('entry.correctYear', { serial: serialYear(entry), year: newYear })}</Alert>
        )}
        <Textarea
          label={t('entry.correctReason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={correct.fields.reason}
          required
          autosize
          minRows={2}
          data-testid="correct-reason"
        />
        {correct.errorText && !correct.fields.receivedAt && !correct.fields.reason && <Alert color="red">{correct.errorText}</Alert>}
        <DialogButtons onCancel={onClose}>
          <Button
            loading={correct.isPending}
            disabled={!reason.trim() || !receivedAt}
            data-testid="correct-save"
            onClick={() => correct.mutate({ id: entry.id, receivedAt, reason, ...(confirmDate ? { confirmDate: true } : {}) })}
          >
            {t('entry.correctSave')}
          </Button>
        </DialogButtons>
      </Stack>
    </Modal>
  );
}
