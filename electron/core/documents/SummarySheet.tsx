/**
 * The monthly summary sheet (मासिक सारांश पत्र): printed after the register and on its own. One figure column
 * per station (a combining office sees each thana and the total), definitions printed beneath so a reader
 * knows what each figure counts.
 */
import type { ReactNode } from 'react';
import { ENTRY_MODES } from '../../contract/index';
import { DocumentShell, LANDSCAPE_PAGE, SealBlock, Signatures } from './DocumentShell';
import { MODE_HI, monthHi } from '../../shared/labels';
import type { MonthSummary, SummaryFigures } from './summary-data';

const SUMMARY_CSS = `
.sumwrap{display:flex;flex-wrap:wrap;gap:4mm 8mm;align-items:flex-start;margin-top:2mm}
.summary{width:auto;min-width:150mm;font-size:8.8pt}
.summary td,.summary th{padding:0.6mm 1.5mm}
.summary td.n{text-align:right;min-width:18mm;font-variant-numeric:tabular-nums}
.summary td.k{text-align:center;width:12mm}
.summary tr.head td{font-weight:700;background:#f2f2f2}
.summary tr.sub td.l{padding-left:7mm}
.summary tr.total td{font-weight:700}
.aside{flex:1 1 95mm;min-width:95mm}
.defs{font-size:7.8pt;margin:0;padding-left:4mm}
.defs li{margin:0 0 1.5mm}
`;

type Line = { no: string; label: string; value: (f: SummaryFigures) => number; head?: boolean; sub?: boolean };

const LINES: Line[] = [
  { no: '1', label: 'माह के आरम्भ में लंबित शिकायतें', value: (f) => f.openingPending, head: true },
  { no: '2', label: 'माह में प्राप्त शिकायतें (कुल)', value: (f) => f.received, head: true },
  ...ENTRY_MODES.map((m, i): Line => ({ no: `2.${i + 1}`, label: MODE_HI[m], value: (f) => f.receivedByMode[m], sub: true })),
  { no: '3', label: 'माह में निस्तारित (निस्तारण या एफआईआर दर्ज) — कुल', value: (f) => f.settled, head: true },
  { no: '3.1', label: '10 दिन के भीतर', value: (f) => f.settledWithin10, sub: true },
  { no: '3.2', label: '11 से 30 दिन में', value: (f) => f.settledWithin30, sub: true },
  { no: '3.3', label: '30 दिन के बाद', value: (f) => f.settledLater, sub: true },
  { no: '4', label: 'माह के अंत में लंबित (कुल)', value: (f) => f.closingPending, head: true },
  { no: '4.1', label: '0 से 10 दिन पुरानी', value: (f) => f.pendingUpTo10, sub: true },
  { no: '4.2', label: '11 से 30 दिन पुरानी', value: (f) => f.pending11To30, sub: true },
  { no: '4.3', label: '30 दिन से अधिक पुरानी', value: (f) => f.pendingOver30, sub: true },
  { no: '5', label: 'माह में एफआईआर में परिवर्तित शिकायतें', value: (f) => f.becameFir, head: true },
  { no: '6', label: 'माह में गिरफ्तार अभियुक्त', value: (f) => f.accusedArrested, head: true },
  { no: '7', label: 'वांछित / फरार अभियुक्त (मुद्रण के समय)', value: (f) => f.accusedWanted, head: true },
  { no: '8', label: 'माह में निरस्त (काटी गई) प्रविष्टियाँ — ऊपर के किसी आँकड़े में नहीं', value: (f) => f.cancelled, head: true },
];

export function SummaryBody(props: { summary: MonthSummary; station: string; district: string; aside?: ReactNode }) {
  const { summary } = props;
  const cols =
    summary.stations.length > 1 ? [...summary.stations, summary.total] : summary.stations.length ? summary.stations : [summary.total];
  const multi = summary.stations.length > 1;
  return (
    <section className="summary-sheet">
      <h1>मासिक सारांश पत्र — शिकायतें एवं कार्यवाही</h1>
      <div className="sub">
        {multi ? (
          <>
            थानों का संयुक्त सारांश ({summary.stations.length} थाने) · माह <b>{monthHi(summary.month)}</b>
          </>
        ) : (
          <>
            थाना <b>{props.station}</b> · जनपद <b>{props.district}</b> · माह <b>{monthHi(summary.month)}</b>
          </>
        )}
      </div>
      <div className="sumwrap">
        <table className="summary">
          <thead>
            <tr>
              <th>क्र0</th>
              <th>विवरण</th>
              {cols.map((c, i) => (
                <th key={i}>{multi ? (c === summary.total ? 'कुल' : `थाना ${c.station}`) : 'संख्या'}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {LINES.map((l) => (
              <tr key={l.no} className={l.head ? 'head' : l.sub ? 'sub' : undefined}>
                <td className="k">{l.no}</td>
                <td className="l">{l.label}</td>
                {cols.map((c, i) => (
                  <td key={i} className="n" data-line={l.no}>
                    {l.value(c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="aside">
          <ul className="defs">
            <li>
              जाँच: (1) + (2) − (3) = (4) → {summary.total.openingPending} + {summary.total.received} − {summary.total.settled} ={' '}
              {summary.total.closingPending}
            </li>
            <li>निस्तारित = निस्तारण की तिथि पर निस्तारित, या एफआईआर दर्ज होने की तिथि पर एफआईआर में परिवर्तित। दिन प्राप्ति की तिथि से गिने गए हैं।</li>
            <li>
              लंबित = लंबित या जांच में; आयु माह के अंतिम दिन तक गिनी गई है। निरस्त प्रविष्टियाँ (गलत प्रविष्टि, काटी गई) किसी अन्य आँकड़े में नहीं गिनी गईं।
            </li>
            <li>गिरफ्तार = गिरफ्तार / जेल भेजा / जमानत पर, गिरफ्तारी की तिथि इस माह में; वांछित = वांछित या फरार, मुद्रण के समय की स्थिति।</li>
          </ul>
          {props.aside}
        </div>
      </div>
    </section>
  );
}

export interface SummaryProps {
  station: string;
  district: string;
  summary: MonthSummary;
  seal: { hash: string; auditId: number };
  sealText: string;
  printedAt: string;
  names: { munshi: string | null; sho: string | null };
}

/** The summary sheet with its seal and the munshi's and SHO's signatures: on its own or after the register. */
export function SealedSummary(p: SummaryProps) {
  return (
    <SummaryBody
      summary={p.summary}
      station={p.station}
      district={p.district}
      aside={
        <>
          <SealBlock seal={p.seal} formatted={p.sealText} printedAt={p.printedAt} />
          <Signatures
            left="मुंशी / हेड मोहर्रिर के हस्ताक्षर"
            right="थानाध्यक्ष (SHO) के हस्ताक्षर"
            names={{ left: p.names.munshi, right: p.names.sho }}
          />
        </>
      }
    />
  );
}

export function SummaryDocument(p: SummaryProps) {
  return (
    <DocumentShell title={`मासिक सारांश — थाना ${p.station}, ${monthHi(p.summary.month)}`} pageCss={LANDSCAPE_PAGE} css={SUMMARY_CSS}>
      <SealedSummary {...p} />
    </DocumentShell>
  );
}

export { SUMMARY_CSS };
