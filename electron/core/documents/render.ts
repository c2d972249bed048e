/**
 * Builds each document's data from the register and renders it to one self-contained HTML page
 * (react-dom/server), ready for Chromium to print. Reads run in the caller's transaction, so a document
 * and its seal describe one state of the register.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Ctx } from '../context';
import { istToday } from '../../shared/dates';
import { CertificateDocument } from './CertificateDocument';
import { RegisterDocument } from './RegisterDocument';
import { SummaryDocument } from './SummarySheet';
import { loadCertificateRecord, reverify } from './certificate-data';
import { utcToIstHi, monthRange } from '../../shared/dates';
import { printSetup, type PrintSetup } from './page-setup';
import { home, queryRows, resolveScope } from './rows';
import { currentSeal, formatSeal } from './seal';
import { computeSummary } from './summary-data';
import { neutraliseBidi } from '../../shared/text/bidi';

export interface RenderedDocument {
  html: string;
  seal: string;
  auditId: number;
  print: PrintSetup;
}

/** A whole document; bidi controls from imported names cannot reorder what is printed (see shared/text/bidi.ts). */
const page = (el: Parameters<typeof renderToStaticMarkup>[0]) => neutraliseBidi(`<!DOCTYPE html>\n${renderToStaticMarkup(el)}`);

function signerNames(ctx: Ctx): { munshi: string | null; sho: string | null } {
  const pick = (role: string) =>
    (
      ctx.db.sqlite.prepare('SELECT name FROM operators WHERE role = ? AND active = 1 ORDER BY id LIMIT 1').get(role) as
        { name: string } | undefined
    )?.name ?? null;
  return { munshi: pick('munshi'), sho: pick('sho') };
}

function scopeOf(ctx: Ctx, station: string | null | undefined, all = false) {
  const h = home(ctx.db.sqlite);
  const scope = resolveScope(h, station, all);
  const label =
    scope.kind === 'station'
      ? { station: scope.station, district: districtOf(ctx, scope.station) ?? h.district }
      : { station: h.station, district: h.district };
  return { h, scope, label };
}

function districtOf(ctx: Ctx, station: string): string | null {
  return (
    (
      ctx.db.sqlite.prepare('SELECT origin_district AS d FROM entries WHERE origin_station = ? LIMIT 1').get(station) as
        { d: string | null } | undefined
    )?.d ?? null
  );
}

export function registerHtml(ctx: Ctx, input: { month: string; station?: string | null }): RenderedDocument & { rows: number } {
  const { h, scope, label } = scopeOf(ctx, input.station);
  const seal = currentSeal(ctx.db.sqlite);
  const { from, to } = monthRange(input.month);
  const rows = queryRows(ctx.db.sqlite, h, { from, to, scope, actions: true });
  const summary = computeSummary(ctx.db.sqlite, h, input.month, scope);
  const printedAt = utcToIstHi(ctx.now());
  const html = page(
    createElement(RegisterDocument, {
      station: label.station,
      district: label.district,
      month: input.month,
      rows,
      summary,
      seal,
      sealText: formatSeal(seal.hash),
      printedAt,
      printedBy: scope.kind === 'station' ? `थाना ${h.station} में आयातित प्रति / imported copy held by ${h.station}` : null,
      names: scope.kind === 'own' ? signerNames(ctx) : { munshi: null, sho: null },
      today: istToday(ctx.now()),
    }),
  );
  return { html, seal: seal.hash, auditId: seal.auditId, rows: rows.length, print: printSetup('register', seal.hash) };
}

export function summaryHtml(
  ctx: Ctx,
  input: { month: string; station?: string | null; allStations?: boolean },
): RenderedDocument & { figures: ReturnType<typeof computeSummary> } {
  const { h, scope, label } = scopeOf(ctx, input.station, input.allStations);
  const seal = currentSeal(ctx.db.sqlite);
  const summary = computeSummary(ctx.db.sqlite, h, input.month, scope);
  const html = page(
    createElement(SummaryDocument, {
      station: label.station,
      district: label.district,
      summary,
      seal,
      sealText: formatSeal(seal.hash),
      printedAt: utcToIstHi(ctx.now()),
      names: scope.kind === 'own' ? signerNames(ctx) : { munshi: null, sho: null },
    }),
  );
  return { html, seal: seal.hash, auditId: seal.auditId, figures: summary, print: printSetup('summary', seal.hash) };
}

/** The record is read in one snapshot; the stored file is then re-hashed (async, outside any transaction). */
export async function certificateHtml(ctx: Ctx, input: { sha256: string }): Promise<RenderedDocument & { verified: boolean }> {
  const { record, seal } = ctx.db.sqlite
    .transaction(() => ({ record: loadCertificateRecord(ctx, input.sha256), seal: currentSeal(ctx.db.sqlite) }))
    .deferred();
  const verify = await reverify(ctx, input.sha256);
  const html = page(createElement(CertificateDocument, { data: { ...record, verify }, printedAt: utcToIstHi(ctx.now()) }));
  return { html, seal: seal.hash, auditId: seal.auditId, verified: verify.status === 'ok', print: printSetup('certificate', seal.hash) };
}
