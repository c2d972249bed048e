import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Checkbox, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { useQueries } from '@tanstack/react-query';
import { readQuery, useRead } from '../../api/queries';
import { ENTRY_STATUSES, type Input, type Output } from '../../../../electron/contract/index';
import { fmtDate, fmtLocal, monthRange, shiftMonth, thisMonth } from '../../lib/format';
import { MonthSelect } from '../../lib/MonthSelect';
import { go } from '../../lib/route';
import { StatusBadge } from '../entry/EntryPage';

type Row = Output<'entries.list'>['rows'][number];
const PAGE = 200;
const ROW_H = 44;

/** The register of a month: server-side pages, only visible rows in the DOM, arrows and Enter to open. */
export function Register() {
  const { t } = useTranslation();
  const [month, setMonth] = useState<string | null>(() => sessionStorage.getItem('reg-month') ?? thisMonth());
  const [status, setStatus] = useState<string | null>(null);
  const [overdue, setOverdue] = useState(false);
  const [source, setSource] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const [qLive, setQLive] = useState('');
  const sources = (useRead('sources.list').data ?? []).map((x) => x.name);
  const [active, setActive] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const h = setTimeout(() => setQ(qLive.trim()), 250);
    return () => clearTimeout(h);
  }, [qLive]);
  useEffect(() => {
    if (month) sessionStorage.setItem('reg-month', month);
  }, [month]);

  const filter = useMemo(
    (): Input<'entries.list'> => ({
      ...(month ? monthRange(month) : {}),
      status: (status ?? undefined) as Row['status'] | undefined,
      overdue: overdue || undefined,
      source: source ?? null,
      q: q || null,
    }),
    [month, status, overdue, source, q],
  );

  // A new filter starts at the top.
  useEffect(() => {
    setActive(0);
    scroller.current?.scrollTo({ top: 0 });
  }, [filter]);

  // Pages of the register are queries keyed by the filter and their offset: an answer for an old filter can
  // never land in the new list, and a page already read is not read again.
  const first = useRead('entries.list', { ...filter, limit: PAGE, offset: 0 }, { keepPrevious: true });
  const total = first.data?.total ?? 0;
  const v = useVirtualizer({ count: total, getScrollElement: () => scroller.current, estimateSize: () => ROW_H, overscan: 10 });
  const items = v.getVirtualItems();
  const needed = [...new Set(items.map((i) => Math.floor(i.index / PAGE)))].filter((p) => p > 0);
  const more = useQueries({ queries: needed.map((p) => readQuery('entries.list', { ...filter, limit: PAGE, offset: p * PAGE })) });
  const pages = new Map<number, Row[]>();
  if (first.data) pages.set(0, first.data.rows);
  needed.forEach((p, i) => {
    const rows = more[i]?.data?.rows;
    if (rows) pages.set(p, rows);
  });

  const rowAt = (i: number) => pages.get(Math.floor(i / PAGE))?.[i % PAGE];
  const move = (to: number) => {
    const n = Math.max(0, Math.min(total - 1, to));
    setActive(n);
    v.scrollToIndex(n, { align: 'auto' });
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t('reg.title')}</Title>
        <Text size="sm" c="dimmed" data-testid="register-total">
          {t('reg.total', { count: total })}
        </Text>
      </Group>
      <Paper withBorder p="xs">
        <Group gap="sm" align="flex-end">
          <Group gap={4} align="flex-end">
            <Button variant="default" aria-label="←" disabled={!month} onClick={() => month && setMonth(shiftMonth(month, -1))}>
              ←
            </Button>
            <MonthSelect
              label={t('reg.month')}
              placeholder={t('reg.allMonths')}
              value={month}
              onChange={setMonth}
              w={170}
              data-testid="register-month"
            />
            <Button variant="default" aria-label="→" disabled={!month} onClick={() => month && setMonth(shiftMonth(month, 1))}>
              →
            </Button>
            <Button variant={month ? 'subtle' : 'light'} onClick={() => setMonth(month ? null : thisMonth())} data-testid="all-months">
              {month ? t('reg.allMonths') : t('reg.thisMonth')}
            </Button>
          </Group>
          <Select
            label={t('reg.status')}
            placeholder={t('reg.allStatus')}
            value={status}
            onChange={setStatus}
            clearable
            w={150}
            data={ENTRY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
            data-testid="register-status"
          />
          <Checkbox
            label={t('reg.overdueOnly')}
            checked={overdue}
            onChange={(e) => setOverdue(e.currentTarget.checked)}
            mb={8}
            data-testid="register-overdue"
          />
          <Select
            label={t('reg.source')}
            placeholder={t('inbox.allSources')}
            value={source}
            onChange={setSource}
            data={sources}
            clearable
            searchable
            w={190}
          />
          <TextInput
            label={t('reg.words')}
            value={qLive}
            onChange={(e) => setQLive(e.currentTarget.value)}
            w={170}
            data-testid="register-words"
          />
        </Group>
      </Paper>
      <Text size="xs" c="dimmed">
        {t('reg.keys')}
      </Text>
      <Paper withBorder role="grid" aria-label={t('reg.title')} aria-rowcount={total + 1}>
        <div role="rowgroup">
          <div className="reg-row reg-head" style={{ height: ROW_H }} role="row" aria-rowindex={1}>
            <div role="columnheader">{t('reg.serial')}</div>
            <div role="columnheader">{t('reg.received')}</div>
            <div role="columnheader">{t('reg.mode')}</div>
            <div role="columnheader">{t('reg.informant')}</div>
            <div role="columnheader">{t('reg.summary')}</div>
            <div role="columnheader">{t('reg.status')}</div>
            <div role="columnheader">{t('reg.due')}</div>
          </div>
        </div>
        <div
          ref={scroller}
          tabIndex={0}
          role="rowgroup"
          aria-label={t('reg.keys')}
          data-testid="register-grid"
          style={{ height: 'calc(100vh - 330px)', minHeight: 300, overflow: 'auto', position: 'relative' }}
          onKeyDown={(e) => {
            const jumps: Record<string, number> = {
              ArrowDown: active + 1,
              ArrowUp: active - 1,
              PageDown: active + 10,
              PageUp: active - 10,
              Home: 0,
              End: total - 1,
            };
            if (e.key in jumps) {
              e.preventDefault();
              move(jumps[e.key]);
            } else if (e.key === 'Enter') {
              const r = rowAt(active);
              if (r) go(`entry/${r.id}`);
            }
          }}
        >
          {total === 0 && (
            <div role="row">
              <Text p="md" c="dimmed" role="gridcell">
                {t('reg.empty')}
              </Text>
            </div>
          )}
          <div style={{ height: v.getTotalSize(), position: 'relative' }}>
            {items.map((it) => {
              const r = rowAt(it.index);
              return (
                <div
                  key={it.key}
                  className="reg-row"
                  role="row"
                  aria-rowindex={it.index + 2}
                  aria-selected={it.index === active}
                  data-active={it.index === active ? 'true' : 'false'}
                  data-overdue={r?.overdue ? 'true' : 'false'}
                  data-status={r?.status}
                  data-testid="register-row"
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_H, transform: `translateY(${it.start}px)` }}
                  onClick={() => setActive(it.index)}
                  onDoubleClick={() => r && go(`entry/${r.id}`)}
                >
                  {r ? (
                    <>
                      <div role="gridcell" className="cell">
                        <a href={`#/entry/${r.id}`} tabIndex={-1}>
                          {r.serial}/{r.year}
                        </a>
                      </div>
                      <div role="gridcell" className="cell">
                        {fmtLocal(r.receivedAt)}
                      </div>
                      <div role="gridcell" className="cell">
                        {t(`modes.${r.mode}`)}
                      </div>
                      <div role="gridcell" className="cell" title={r.informantName}>
                        {r.informantName}
                      </div>
                      <div role="gridcell" className="cell reg-summary" title={r.summary}>
                        {r.summary}
                      </div>
                      <div role="gridcell" className="cell">
                        <StatusBadge status={r.status} overdue={r.overdue} />
                      </div>
                      <div role="gridcell" className="cell">
                        {r.disposedAt ? fmtDate(r.disposedAt) : fmtDate(r.dueAt)}
                      </div>
                    </>
                  ) : (
                    <div role="gridcell" className="cell" style={{ gridColumn: '1 / -1', color: '#888' }}>
                      …
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </Paper>
    </Stack>
  );
}
