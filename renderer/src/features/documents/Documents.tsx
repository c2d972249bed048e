import { useRef, useState } from 'react';
import { Alert, Button, Group, Paper, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call, canSavePdf, savePdf } from '../../api/transport';
import { ok } from '../../lib/notify';
import { fail } from '../../lib/notify';
import { MonthSelect } from '../../lib/MonthSelect';
import { thisMonth } from '../../lib/format';

type Kind = 'register' | 'summary' | 'certificate';

/**
 * Print preview of the documents the core renders (the same HTML the CLI prints to PDF). The preview is a
 * sandboxed frame with no scripts; Print opens Chromium's print dialog: a printer, or "Save as PDF".
 */
export function Documents({ initialSha }: { initialSha?: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>(initialSha ? 'certificate' : 'register');
  const [month, setMonth] = useState(thisMonth());
  const [sha, setSha] = useState(initialSha ?? '');
  const [doc, setDoc] = useState<{ html: string; seal: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);

  const show = async () => {
    setBusy(true);
    try {
      const r =
        kind === 'register'
          ? await call('documents.registerHtml', { month })
          : kind === 'summary'
            ? await call('documents.summaryHtml', { month })
            : await call('documents.certificateHtml', { sha256: sha.trim() });
      setDoc({ html: r.html, seal: r.seal });
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack>
      <Title order={2}>{t('docs.title')}</Title>
      <Paper withBorder p="md">
        <Group align="flex-end" wrap="wrap">
          <SegmentedControl
            value={kind}
            onChange={(v) => {
              setKind(v as Kind);
              setDoc(null);
            }}
            data={[
              { value: 'register', label: t('docs.register') },
              { value: 'summary', label: t('docs.summary') },
              { value: 'certificate', label: t('docs.certificate') },
            ]}
            data-testid="doc-kind"
          />
          {kind === 'certificate' ? (
            <TextInput
              label={t('docs.sha')}
              value={sha}
              onChange={(e) => setSha(e.currentTarget.value)}
              w={560}
              ff="monospace"
              data-testid="doc-sha"
            />
          ) : (
            <MonthSelect label={t('docs.month')} value={month} onChange={(m) => m && setMonth(m)} w={180} data-testid="doc-month" />
          )}
          <Button onClick={show} loading={busy} data-testid="doc-show">
            {t('docs.preview')}
          </Button>
          <Button variant="light" disabled={!doc} onClick={() => frame.current?.contentWindow?.print()} data-testid="doc-print">
            {t('docs.print')}
          </Button>
          {canSavePdf() && (
            <Button
              variant="light"
              onClick={async () => {
                try {
                  const saved =
                    kind === 'register'
                      ? await savePdf('documents.registerHtml', { month }, `register-${month}`)
                      : kind === 'summary'
                        ? await savePdf('documents.summaryHtml', { month }, `summary-${month}`)
                        : await savePdf('documents.certificateHtml', { sha256: sha.trim() }, `certificate-${sha.trim().slice(0, 12)}`);
                  if (saved) ok(t('docs.saved', { path: saved }));
                } catch (e) {
                  fail(e);
                }
              }}
              data-testid="doc-save-pdf"
            >
              {t('docs.savePdf')}
            </Button>
          )}
        </Group>
        <Text size="xs" c="dimmed" mt="xs">
          {t('docs.printHint')}
        </Text>
      </Paper>
      {doc && (
        <>
          <Alert color="gray" variant="light" title={t('docs.seal')}>
            <Text ff="monospace" size="sm" style={{ wordBreak: 'break-all' }} data-testid="doc-seal">
              {doc.seal}
            </Text>
            <Text size="xs" mt={4}>
              {t('docs.sealHint')}
            </Text>
          </Alert>
          <iframe
            ref={frame}
            title={t('docs.previewTitle')}
            srcDoc={doc.html}
            sandbox="allow-modals allow-same-origin"
            style={{ width: '100%', height: '75vh', border: '1px solid #ccc', background: 'white' }}
            data-testid="doc-frame"
          />
        </>
      )}
    </Stack>
  );
}
