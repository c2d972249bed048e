import { useCallback, useEffect, useMemo, useState } from 'react';
import { Alert, Box, Button, Checkbox, Group, Loader, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { call } from '../../api/transport';
import { refreshAll, useCall, useRead } from '../../api/queries';
import type { Input } from '../../../../electron/contract/index';
import { fmtDate } from '../../lib/format';
import { go } from '../../lib/route';
import { fail, ok } from '../../lib/notify';
import { MessageCard } from './MessageCard';
import { picked, takeDropped, type Message } from './selection';
import { ImportDialog } from './ImportDialog';
import { PasteDialog } from './PasteDialog';
import { AddToEntryDialog } from './AddToEntryDialog';
import { DdMmYyyyInput } from '../../lib/DateInputs';

const PAGE = 200;

export function Inbox() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState({ unprocessed: true, hasMedia: false, source: '', sender: '', from: '', to: '', q: '' });
  const [selected, setSelected] = useState<Map<number, Message>>(new Map());
  const [importFiles, setImportFiles] = useState<File[] | null>(takeDropped);
  const [pasteText, setPasteText] = useState<string | null>(null);
  const [addOpen, setAddOpen] = useState(false);
  const [dragging, setDragging] = useState(false);

  const query = useMemo(
    (): Input<'messages.list'> => ({
      unprocessed: filters.unprocessed || undefined,
      hasMedia: filters.hasMedia || undefined,
      source: filters.source || null,
      sender: filters.sender.trim() || null,
      from: filters.from || undefined,
      to: filters.to || undefined,
      q: filters.q.trim() || null,
      kind: 'user',
    }),
    [filters],
  );

  // Typing in the filters waits a moment before asking the register.
  const [settled, setSettled] = useState(query);
  useEffect(() => {
    const h = setTimeout(() => setSettled(query), 200);
    return () => clearTimeout(h);
  }, [query]);
  const list = useInfiniteQuery({
    queryKey: ['messages.list', settled],
    queryFn: ({ pageParam }) => call('messages.list', { ...settled, limit: PAGE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const have = pages.reduce((n, p) => n + p.rows.length, 0);
      return have < last.total ? have : undefined;
    },
    placeholderData: keepPreviousData,
  });
  useEffect(() => {
    if (list.error) fail(list.error);
  }, [list.error]);
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.rows) ?? [], [list.data]);
  const total = list.data?.pages[0]?.total ?? 0;
  const loading = list.isFetching;
  const sources = (useRead('sources.list').data ?? []).map((x) => x.name);
  const markInfoOnly = useCall('messages.markInfoOnly', {
    onSuccess: (r) => {
      ok(t('inbox.markedInfo', { count: r.count }));
      setSelected(new Map());
    },
  });
  useEffect(() => {
    if (markInfoOnly.error) fail(markInfoOnly.error);
  }, [markInfoOnly.error]);

  /** After an import, a paste or messages added to an entry: fresh data everywhere, nothing left selected. */
  const reloadAll = useCallback(async () => {
    setSelected(new Map());
    await refreshAll();
  }, []);

  // Ctrl+V anywhere on the inbox (outside a text field) opens the paste preview.
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (text.trim()) {
        e.preventDefault();
        setPasteText(text);
      }
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);

  // Files dropped anywhere on the window start an import.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) {
        e.preventDefault();
        setDragging(true);
      }
    };
    const leave = (e: DragEvent) => {
      if (!e.relatedTarget) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length) setImportFiles(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  const groups = useMemo(() => {
    const g = new Map<string, { source: string; day: string; items: Message[] }>();
    for (const m of rows) {
      const day = m.sentAt?.slice(0, 10) ?? '';
      const key = `${m.source}\u0000${day}`;
      if (!g.has(key)) g.set(key, { source: m.source, day, items: [] });
      g.get(key)!.items.push(m);
    }
    return [...g.values()];
  }, [rows]);

  const toggle = (m: Message) => {
    const next = new Map(selected);
    if (next.has(m.id)) next.delete(m.id);
    else next.set(m.id, m);
    setSelected(next);
  };
  const set = <K extends keyof typeof filters>(k: K, v: (typeof filters)[K]) => setFilters({ ...filters, [k]: v });
  const ids = [...selected.keys()];

  return (
    <Stack gap="sm" pos="relative">
      {dragging && (
        <Box
          pos="fixed"
          inset={0}
          style={{
            zIndex: 300,
            background: 'rgba(60,70,200,0.15)',
            border: '4px dashed var(--mantine-color-indigo-6)',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            pointerEvents: 'none',
          }}
        >
          <Text size="xl" fw={700}>
            {t('inbox.dropHere')}
          </Text>
        </Box>
      )}
      <Group justify="space-between">
        <Title order={2}>{t('inbox.title')}</Title>
        <Group gap="xs">
          <Button component="label" variant="filled" data-testid="import-button">
            {t('inbox.import')}
            <input
              type="file"
              multiple
              hidden
              accept=".zip,.txt,image/*,video/*,audio/*,.opus,.pdf"
              data-testid="import-input"
              onChange={(e) => {
                const files = [...(e.currentTarget.files ?? [])];
                e.currentTarget.value = '';
                if (files.length) setImportFiles(files);
              }}
            />
          </Button>
          <Button
            variant="light"
            data-testid="paste-button"
            onClick={async () => {
              let text = '';
              try {
                text = await navigator.clipboard.readText();
              } catch {
                /* clipboard not readable: open an empty box to paste into */
              }
              setPasteText(text);
            }}
          >
            {t('inbox.paste')}
          </Button>
        </Group>
      </Group>

      <Paper withBorder p="xs">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Stack gap={6}>
            <Checkbox
              label={t('inbox.unprocessed')}
              checked={filters.unprocessed}
              onChange={(e) => set('unprocessed', e.currentTarget.checked)}
              data-testid="filter-unprocessed"
            />
            <Checkbox label={t('inbox.hasMedia')} checked={filters.hasMedia} onChange={(e) => set('hasMedia', e.currentTarget.checked)} />
          </Stack>
          <Select
            label={t('inbox.source')}
            placeholder={t('inbox.allSources')}
            data={sources}
            value={filters.source || null}
            onChange={(v) => set('source', v ?? '')}
            clearable
            searchable
            w={210}
          />
          <TextInput label={t('inbox.sender')} value={filters.sender} onChange={(e) => set('sender', e.currentTarget.value)} w={140} />
          <DdMmYyyyInput withTime={false} label={t('inbox.from')} value={filters.from} onChange={(v) => set('from', v)} w={130} />
          <DdMmYyyyInput withTime={false} label={t('inbox.to')} value={filters.to} onChange={(v) => set('to', v)} w={130} />
          <TextInput
            label={t('inbox.words')}
            value={filters.q}
            onChange={(e) => set('q', e.currentTarget.value)}
            w={160}
            data-testid="filter-words"
          />
        </Group>
      </Paper>

      <Paper withBorder p="xs" bg={ids.length ? 'indigo.0' : undefined} pos="sticky" top={60} style={{ zIndex: 5 }}>
        <Group justify="space-between">
          <Text size="sm" fw={ids.length ? 600 : 400}>
            {ids.length ? t('inbox.selected', { count: ids.length }) : t('inbox.selectHint')}
          </Text>
          <Group gap="xs">
            <Button
              size="sm"
              disabled={!ids.length}
              data-testid="create-entry"
              onClick={() => {
                picked.clear();
                for (const [k, v] of selected) picked.set(k, v);
                go(`new?messages=${ids.join(',')}`);
              }}
            >
              {t('inbox.createEntry')}
            </Button>
            <Button size="sm" variant="light" disabled={!ids.length} onClick={() => setAddOpen(true)} data-testid="add-to-entry">
              {t('inbox.addToEntry')}
            </Button>
            <Button
              size="sm"
              variant="default"
              disabled={!ids.length}
              data-testid="info-only"
              loading={markInfoOnly.isPending}
              onClick={() => markInfoOnly.mutate({ ids, infoOnly: true })}
            >
              {t('inbox.infoOnly')}
            </Button>
          </Group>
        </Group>
      </Paper>

      <Text size="sm" c="dimmed" data-testid="message-total">
        {t('inbox.total', { count: total })}
      </Text>
      {!loading && list.isSuccess && rows.length === 0 && <Alert color="gray">{t('inbox.empty')}</Alert>}
      {groups.map((g) => (
        <Stack key={`${g.source}|${g.day}`} gap={4} component="section" aria-label={`${g.source} ${fmtDate(g.day)}`}>
          <Group gap="xs" mt="xs">
            <Title order={3} size="h5">
              {g.source}
            </Title>
            <Text size="sm" c="dimmed">
              {g.day ? fmtDate(g.day) : t('inbox.noTime')} · {g.items.length}
            </Text>
          </Group>
          {g.items.map((m) => (
            <MessageCard key={m.id} m={m} selected={selected.has(m.id)} onToggle={() => toggle(m)} />
          ))}
        </Stack>
      ))}
      {loading && <Loader size="sm" />}
      {list.hasNextPage && !loading && (
        <Button variant="subtle" onClick={() => void list.fetchNextPage()}>
          {t('inbox.more')}
        </Button>
      )}

      {importFiles && <ImportDialog files={importFiles} sources={sources} onClose={() => setImportFiles(null)} onImported={reloadAll} />}
      {pasteText !== null && <PasteDialog initial={pasteText} sources={sources} onClose={() => setPasteText(null)} onSaved={reloadAll} />}
      {addOpen && <AddToEntryDialog messageIds={ids} onClose={() => setAddOpen(false)} onDone={reloadAll} />}
    </Stack>
  );
}
