/**
 * The monthly register, as the paper register looks: A4 landscape, the domain's Hindi columns, the header
 * row repeated on every page, one row per entry received in the month with its latest action, FIR and
 * disposal; a cancelled entry struck through with its reason, never left out. Everything is text from the
 * data, rendered by React (escaped): markup typed into a complaint prints as the characters typed.
 */
import { DocumentShell, LANDSCAPE_PAGE, SealBlock, Signatures } from './DocumentShell';
import { SUMMARY_CSS, SealedSummary } from './SummarySheet';
import { MODE_HI, REGISTER_COLUMNS, STATUS_HI, monthHi, phoneHi } from '../../shared/labels';
import { dateHi, dateTimeHi, monthRange } from '../../shared/dates';
import { gdText, type RegisterRow } from './rows';
import type { MonthSummary } from './summary-data';

/** Column widths in mm of the 277 mm between the margins; they add up to 277. */
const WIDTHS = [13, 16, 14, 18, 31, 20, 38, 16, 36, 23, 16, 19, 17];

const REGISTER_CSS = `
.register{table-layout:fixed;font-size:7.6pt;line-height:1.35}
.register th{font-size:7.2pt;line-height:1.25;padding:1mm 0.8mm}
.register .colno th{font-size:6.5pt;font-weight:400;background:#f4f4f4;padding:0.2mm}
.register td.c{text-align:center}
.register .cancelled .struck{text-decoration:line-through;text-decoration-thickness:0.8pt}
.register .cancelled{background:#f6f6f6}
.register .reason{font-weight:700;text-decoration:none}
.register .when{font-size:6.8pt;color:#222}
.register .pre{white-space:pre-wrap}
.register .nw{white-space:nowrap}
.register .empty{text-align:center;padding:6mm}
.register .action + .action{margin-top:1mm;padding-top:1mm;border-top:0.2mm dotted #999}
`;

export interface RegisterProps {
  station: string;
  district: string;
  month: string;
  rows: RegisterRow[];
  summary: MonthSummary;
  seal: { hash: string; auditId: number };
  sealText: string;
  printedAt: string;
  /** An imported station's register printed in a combining office. */
  printedBy?: string | null;
  names: { munshi: string | null; sho: string | null };
  today: string;
}

function Lines(props: { items: (string | null | undefined | false)[] }) {
  const xs = props.items.filter((x): x is string => !!x);
  return (
    <>
      {xs.map((x, i) => (
        <div key={i} className="pre">
          {x}
        </div>
      ))}
    </>
  );
}

export function RegisterRowView({ r, today, monthEnd }: { r: RegisterRow; today: string; monthEnd: string }) {
  const cancelled = r.status === 'cancelled';
  const overdue = (r.status === 'pending' || r.status === 'under-inquiry') && r.dueAt < today;
  const s = cancelled ? 'struck' : undefined;
  // The month's actions in the order they happened (a cancellation shows as the struck row and its reason).
  const actions = r.actions.filter((a) => a.at <= monthEnd && !(cancelled && a.status === 'cancelled'));
  return (
    <tr className={cancelled ? 'cancelled' : undefined} data-serial={`${r.serial}/${r.year}`}>
      <td className="c">
        <span className={`${s ?? ''} nw`}>
          {r.serial}/{r.year}
        </span>
      </td>
      <td>
        <div className={s}>
          <div className="nw">{dateHi(r.receivedAt)}</div>
          <div className="nw">{r.receivedAt.slice(11, 16)}</div>
        </div>
      </td>
      <td>
        <span className={s}>{MODE_HI[r.mode]}</span>
      </td>
      <td>
        <span className={s}>{r.source ?? ''}</span>
      </td>
      <td>
        <div className={s}>
          <Lines
            items={[
              r.informant.name,
              r.informant.relative && `पिता/पति: ${r.informant.relative}`,
              r.informant.address,
              r.informant.phone && `मो0: ${phoneHi(r.informant.phone)}`,
            ]}
          />
        </div>
      </td>
      <td>
        <div className={`${s ?? ''} pre`}>{r.opponent ?? ''}</div>
      </td>
      <td>
        <div className={s}>
          <div className="pre">{r.summary}</div>
          {r.place ? <div className="when">स्थान: {r.place}</div> : null}
        </div>
      </td>
      <td>
        <span className={s}>{r.markedTo ?? ''}</span>
      </td>
      <td>
        <div className={s}>
          {actions.map((a, i) => (
            <div key={i} className="action">
              <div className="when">
                {dateTimeHi(a.at, true)}
                {a.gdNumber || a.gdAt ? ` · ${gdText(a.gdNumber, a.gdAt, a.at)}` : ''}
              </div>
              <div className="pre">{a.text}</div>
            </div>
          ))}
        </div>
      </td>
      <td>
        <div className={s}>
          <Lines items={r.firs.length ? r.firs : [r.firText]} />
          {r.accusedArrested || r.accusedWanted ? (
            <div className="when">
              अभियुक्त: गिरफ्तार {r.accusedArrested}, वांछित {r.accusedWanted}
            </div>
          ) : null}
        </div>
      </td>
      <td>
        <span className={`${s ?? ''} nw`}>{r.status === 'disposed' ? dateHi(r.disposedAt) : ''}</span>
      </td>
      <td>
        {cancelled ? (
          <div className="reason">
            {STATUS_HI.cancelled}: {r.cancelReason ?? ''}
          </div>
        ) : (
          <div>{STATUS_HI[r.status]}</div>
        )}
        {!cancelled && (r.status === 'pending' || r.status === 'under-inquiry') ? (
          <div className="when">
            नियत तिथि <span className="nw">{dateHi(r.dueAt)}</span>
            {overdue ? <div>(विलंबित)</div> : null}
          </div>
        ) : null}
        {r.remarks ? <div className={`${s ?? ''} pre`}>{r.remarks}</div> : null}
        {r.imported ? <div className="when">आयातित / imported: {r.imported.file}</div> : null}
      </td>
      <td />
    </tr>
  );
}

export function RegisterDocument(p: RegisterProps) {
  const title = `शिकायत एवं कार्यवाही रजिस्टर — थाना ${p.station}, ${monthHi(p.month)}`;
  const monthEnd = `${monthRange(p.month).to}T23:59:59`;
  return (
    <DocumentShell title={title} pageCss={LANDSCAPE_PAGE} css={REGISTER_CSS + SUMMARY_CSS}>
      <h1>शिकायत एवं की गई कार्यवाही का रजिस्टर</h1>
      <div className="sub">
        थाना <b>{p.station}</b> · जनपद <b>{p.district}</b> · माह <b>{monthHi(p.month)}</b>
      </div>
      <div className="meta">
        <span>व्हाट्सऐप समूह / नंबर, फ़ोन, आईजीआरएस एवं स्वयं उपस्थित होकर प्राप्त शिकायतें · इस माह प्राप्त प्रविष्टियाँ: {p.rows.length}</span>
        <span>
          मुद्रण: {p.printedAt}
          {p.printedBy ? ` · ${p.printedBy}` : ''}
        </span>
      </div>
      <table className="register">
        <colgroup>
          {WIDTHS.map((w, i) => (
            <col key={i} style={{ width: `${w}mm` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {REGISTER_COLUMNS.map((c) => (
              <th key={c.key}>{c.hi}</th>
            ))}
          </tr>
          <tr className="colno">
            {REGISTER_COLUMNS.map((c, i) => (
              <th key={c.key}>{i + 1}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.rows.length ? (
            p.rows.map((r) => <RegisterRowView key={r.id} r={r} today={p.today} monthEnd={monthEnd} />)
          ) : (
            <tr>
              <td colSpan={REGISTER_COLUMNS.length} className="empty">
                इस माह कोई प्रविष्टि प्राप्त नहीं हुई / no entries were received this month
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <SealBlock seal={p.seal} formatted={p.sealText} printedAt={p.printedAt} />
      <Signatures left="मुंशी / हेड मोहर्रिर के हस्ताक्षर" right="थानाध्यक्ष (SHO) के हस्ताक्षर" names={{ left: p.names.munshi, right: p.names.sho }} />
      <div className="page-break" />
      <SealedSummary
        station={p.station}
        district={p.district}
        summary={p.summary}
        seal={p.seal}
        sealText={p.sealText}
        printedAt={p.printedAt}
        names={p.names}
      />
    </DocumentShell>
  );
}
