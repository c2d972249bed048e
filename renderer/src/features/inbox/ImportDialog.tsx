import { useEffect, useRef, useState } from 'react';
import { Alert, Autocomplete, Button, Group, List, Modal, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { importFiles, onEvent, call } from '../../api/transport';
import { errorCode, errorText } from '../../api/errors';
import type { Output } from '../../../../electron/contract/index';
import { fmtSize } from '../../lib/format';

/** "WhatsApp Chat with गगहा डिजिटल वालंटियर.zip" -> "गगहा डिजिटल वालंटियर". */
export function guessSource(files: File[]): string {
  for (const f of files) {
    const m = /^WhatsApp Chat (?:with|-)\s*(.+?)\.(zip|txt)$/i.exec(f.name);
    if (m) return m[1].trim();
  }
  return '';
}

export function ImportDialog({
  files,
  sources,
  onClose,
  onImported,
}: {
  files: File[];
  sources: string[];
  onClose: () => void;
  onImported: () => Promise<void> | void;
}) {
  const { t } = useTranslation();
  const [source, setSource] = useState(() => guessSource(files));
  const [phase, setPhase] = useState<'ready' | 'uploading' | 'running' | 'done' | 'cancelled' | 'error'>('ready');
  const [pct, setPct] = useState(0);
  const [saving, setSaving] = useState<{ saved: number; total: number } | null>(null);
  const [summary, setSummary] = useState<Output<'import.files'> | null>(null);
  const [err, setErr] = useState<string | null>(null);
  const token = useRef(`imp-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  const abort = useRef(new AbortController());

  useEffect(
    () =>
      onEvent('import.progress', (p) => {
        if (p.token !== token.current) return;
        setPhase((ph) => (ph === 'uploading' ? 'running' : ph));
        // Reading is measured in bytes, saving in messages written.
        if (p.phase === 'saving' && p.messages) {
          setSaving({ saved: p.saved, total: p.messages });
          setPct(Math.round((p.saved / p.messages) * 100));
        } else if (p.bytesTotal) setPct(Math.round((p.bytesDone / p.bytesTotal) * 100));
      }),
    [],
  );

  const start = async () => {
    setErr(null);
    setPhase('uploading');
    setPct(0);
    try {
      const s = await importFiles(files, {
        source: source.trim(),
        token: token.current,
        signal: abort.current.signal,
        onUploadProgress: (d, total) => setPct(total ? Math.round((d / total) * 100) : 0),
      });
      setSummary(s);
      setPhase('done');
      await onImported();
    } catch (e) {
      if (errorCode(e) === 'cancelled') setPhase('cancelled');
      else {
        setErr(errorText(e));
        setPhase('error');
      }
    }
  };
  const cancel = async () => {
    abort.current.abort();
    await call('import.cancel', { token: token.current }).catch(() => undefined);
  };
  const busy = phase === 'uploading' || phase === 'running';

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('app.close') }}
      opened
      onClose={busy ? () => undefined : onClose}
      title={t('imp.title')}
      size="lg"
      closeOnEscape={!busy}
      withCloseButton={!busy}
    >
      <Stack>
        <Text size="sm">{t('imp.files', { count: files.length })}</Text>
        <List size="sm" spacing={2}>
          {files.slice(0, 10).map((f) => (
            <List.Item key={f.name}>
              {f.name} ({fmtSize(f.size)})
            </List.Item>
          ))}
          {files.length > 10 && <List.Item>…</List.Item>}
        </List>
        {phase === 'ready' || phase === 'error' ? (
          <Autocomplete
            label={t('imp.source')}
            description={t('imp.sourceHint')}
            data={sources}
            value={source}
            onChange={setSource}
            required
            data-testid="import-source"
            data-autofocus
          />
        ) : (
          <Text size="sm">
            {t('imp.source')}: <b>{source}</b>
          </Text>
        )}
        {busy && (
          <Stack gap={4}>
            <Text size="sm">
              {phase === 'uploading'
                ? t('imp.uploading')
                : saving
                  ? t('imp.saving', { saved: saving.saved.toLocaleString('en-IN'), total: saving.total.toLocaleString('en-IN') })
                  : t('imp.running')}
            </Text>
            <Progress value={pct} animated aria-label={t('imp.running')} data-testid="import-progress" />
          </Stack>
        )}
        {phase === 'cancelled' && <Alert color="yellow">{t('imp.cancelled')}</Alert>}
        {err && <Alert color="red">{err}</Alert>}
        {summary && <ImportSummary s={summary} />}
        <Group justify="flex-end">
          {/* Saving is one transaction that finishes or leaves nothing: from then on there is nothing to stop. */}
          {busy && (
            <Button
              color="red"
              variant="light"
              onClick={cancel}
              disabled={!!saving}
              title={saving ? t('imp.noCancel') : undefined}
              data-testid="import-cancel"
            >
              {t('imp.cancel')}
            </Button>
          )}
          {(phase === 'ready' || phase === 'error') && (
            <>
              <Button variant="default" onClick={onClose}>
                {t('app.cancel')}
              </Button>
              <Button onClick={start} disabled={!source.trim()} data-testid="import-start">
                {t('imp.start')}
              </Button>
            </>
          )}
          {(phase === 'done' || phase === 'cancelled') && (
            <Button onClick={onClose} data-testid="import-close">
              {t('app.close')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

export function ImportSummary({ s }: { s: Output<'import.files'> }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" title={t('imp.done')} data-testid="import-summary">
      <List size="sm" spacing={2}>
        <List.Item>{t('imp.newMessages', { count: s.newMessages })}</List.Item>
        {s.duplicateMessages > 0 && <List.Item>{t('imp.duplicates', { count: s.duplicateMessages })}</List.Item>}
        {s.evidenceStored > 0 && <List.Item>{t('imp.evidence', { count: s.evidenceStored })}</List.Item>}
        {s.evidenceDuplicates > 0 && <List.Item>{t('imp.evidenceDup', { count: s.evidenceDuplicates })}</List.Item>}
        {s.mediaOmitted > 0 && <List.Item>{t('imp.omitted', { count: s.mediaOmitted })}</List.Item>}
        {s.missingAttachments.length > 0 && (
          <List.Item>{t('imp.missing', { list: s.missingAttachments.slice(0, 10).join(', ') })}</List.Item>
        )}
        {s.rejectedEntries.length > 0 && <List.Item>{t('imp.rejected', { list: s.rejectedEntries.slice(0, 10).join(', ') })}</List.Item>}
        {s.warnings.slice(0, 5).map((w) => (
          <List.Item key={w}>
            {t('imp.warnings')}: {w}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
