import { useEffect, useState } from 'react';
import { Alert, Autocomplete, Badge, Button, Group, Modal, Paper, ScrollArea, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { call } from '../../api/transport';
import type { Output } from '../../../../electron/contract/index';
import { fmtLocal, nowLocal } from '../../lib/format';
import { ImportSummary } from './ImportDialog';
import { DdMmYyyyInput } from '../../lib/DateInputs';

type Preview = Output<'import.preview'>;

export function PasteDialog({
  initial,
  sources,
  onClose,
  onSaved,
}: {
  initial: string;
  sources: string[];
  onClose: () => void;
  onSaved: () => Promise<void> | void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [source, setSource] = useState(sources[0] ?? '');
  const [sender, setSender] = useState('');
  const [sentAt, setSentAt] = useState(nowLocal());
  const [err, setErr] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<Output<'import.text'> | null>(null);

  useEffect(() => {
    if (!text.trim()) return setPreview(null);
    const h = setTimeout(() => {
      call('import.preview', { text, limit: 200 })
        .then((p) => (setPreview(p), setErr(null)))
        .catch((e: unknown) => setErr(errorText(e)));
    }, 250);
    return () => clearTimeout(h);
  }, [text]);

  const forwarded = preview?.format === 'forwarded';
  const save = async () => {
    setBusy(true);
    setErr(null);
    try {
      const s = await call('import.text', {
        text,
        source: source.trim(),
        kind: forwarded ? 'forwarded' : 'paste',
        ...(forwarded ? { sender: sender.trim(), sentAt } : {}),
      });
      setSummary(s);
      await onSaved();
    } catch (e) {
      setErr(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal closeButtonProps={{ 'aria-label': t('app.close') }} opened onClose={onClose} title={t('paste.title')} size="xl">
      <Stack>
        {!summary && (
          <>
            <Textarea
              label={t('paste.textLabel')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              autosize
              minRows={4}
              maxRows={10}
              data-testid="paste-text"
              data-autofocus
            />
            <Autocomplete
              label={t('imp.source')}
              description={t('imp.sourceHint')}
              data={sources}
              value={source}
              onChange={setSource}
              required
              data-testid="paste-source"
            />
            {preview && (
              <>
                <Group gap="xs">
                  <Badge variant="light">
                    {t('paste.format')}: {t(`paste.fmt_${preview.format}`)}
                  </Badge>
                  <Text size="sm" data-testid="paste-count">
                    {preview.total ? t('paste.count', { count: preview.counts.userMessages }) : t('paste.empty')}
                  </Text>
                </Group>
                {forwarded && (
                  <Paper withBorder p="sm" bg="yellow.0">
                    <Text size="sm" fw={600} mb="xs">
                      {t('paste.forwardedNeeds')}
                    </Text>
                    <Group grow>
                      <TextInput
                        label={t('paste.sender')}
                        value={sender}
                        onChange={(e) => setSender(e.currentTarget.value)}
                        required
                        data-testid="paste-sender"
                      />
                      <DdMmYyyyInput label={t('paste.sentAt')} value={sentAt} onChange={setSentAt} required />
                    </Group>
                  </Paper>
                )}
                <ScrollArea.Autosize mah={300}>
                  <Stack gap={4}>
                    {preview.messages
                      .filter((m) => m.kind === 'user')
                      .map((m, i) => (
                        <Paper key={i} withBorder p="xs" data-testid="paste-preview-message">
                          <Group justify="space-between">
                            <Text size="sm" fw={600}>
                              {m.sender ?? (forwarded ? sender || '?' : '?')}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {m.sentAt ? fmtLocal(m.sentAt) : forwarded ? fmtLocal(sentAt) : '—'}
                            </Text>
                          </Group>
                          <Text size="sm" className="pre">
                            {m.text}
                          </Text>
                          {m.attachments.length > 0 && (
                            <Text size="xs" c="dimmed">
                              {t('inbox.kindFile')}: {m.attachments.join(', ')}
                            </Text>
                          )}
                        </Paper>
                      ))}
                  </Stack>
                </ScrollArea.Autosize>
              </>
            )}
          </>
        )}
        {err && <Alert color="red">{err}</Alert>}
        {summary && <ImportSummary s={summary} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-testid="paste-close">
            {summary ? t('app.close') : t('app.cancel')}
          </Button>
          {!summary && (
            <Button
              onClick={save}
              loading={busy}
              disabled={!preview?.counts.userMessages || !source.trim() || (forwarded && (!sender.trim() || !sentAt))}
              data-testid="paste-save"
            >
              {t('paste.save', { count: preview?.counts.userMessages ?? 0 })}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
