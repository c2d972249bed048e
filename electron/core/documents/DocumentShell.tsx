/**
 * The HTML page every printed document lives in: the embedded Devanagari font, print CSS, and a content
 * security policy that lets nothing run or load (defence in depth: data is rendered as text anyway).
 * Only our own constant CSS goes in through dangerouslySetInnerHTML; never data.
 */
import type { ReactNode } from 'react';
import { FONT_FAMILY, fontFaceCss } from './fonts';

const BASE_CSS = `
*{box-sizing:border-box}
html,body{margin:0;padding:0}
body{font-family:'${FONT_FAMILY}',sans-serif;font-size:8.5pt;line-height:1.4;color:#000;-webkit-print-color-adjust:exact;print-color-adjust:exact}
h1{font-size:14pt;margin:0 0 1mm;text-align:center;font-weight:700}
h2{font-size:11pt;margin:3mm 0 1.5mm;font-weight:700}
.sub{text-align:center;font-size:10pt;margin:0 0 1mm}
.meta{display:flex;justify-content:space-between;font-size:8pt;margin:1mm 0 2mm;gap:4mm}
.seal{font-size:7.5pt;border:0.6pt solid #000;padding:1.2mm 2mm;margin:2mm 0;break-inside:avoid}
.seal code{font-family:'${FONT_FAMILY}',monospace;font-size:8pt;letter-spacing:0.3pt}
table{border-collapse:collapse;width:100%}
th,td{border:0.6pt solid #000;padding:0.8mm 1.1mm;vertical-align:top;text-align:left;overflow-wrap:anywhere;word-break:normal}
th{font-weight:700;background:#e8e8e8;vertical-align:middle;text-align:center}
thead{display:table-header-group}
tfoot{display:table-footer-group}
tr{break-inside:avoid;page-break-inside:avoid}
.signatures{display:flex;justify-content:space-between;gap:20mm;margin-top:6mm;break-inside:avoid}
.signatures>div{flex:1;text-align:center}
.signatures .line{border-top:0.6pt solid #000;margin-top:12mm;padding-top:1mm}
.page-break{break-before:page}
.small{font-size:7pt}
.muted{color:#333}
.blank{display:inline-block;min-width:45mm;border-bottom:0.6pt dotted #000;height:1.2em;vertical-align:bottom}
.box{display:inline-block;width:3mm;height:3mm;border:0.6pt solid #000;margin:0 1mm 0 2.5mm;vertical-align:-0.3mm;text-align:center;line-height:3mm;font-size:7pt;font-weight:700}
.warn{border:1.2pt solid #000;padding:2mm;font-weight:700;margin:2mm 0}
`;

const CSP = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

export function DocumentShell(props: { title: string; pageCss: string; css?: string; children: ReactNode }) {
  const css = `${fontFaceCss()}\n${props.pageCss}\n${BASE_CSS}\n${props.css ?? ''}`;
  return (
    <html lang="hi">
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={CSP} />
        <title>{props.title}</title>
        <style dangerouslySetInnerHTML={{ __html: css }} />
      </head>
      <body>{props.children}</body>
    </html>
  );
}

/** A4 landscape with room at the bottom for Chromium's footer (page X / Y). */
export const LANDSCAPE_PAGE = '@page{size:A4 landscape;margin:10mm 10mm 13mm 10mm}';
export const PORTRAIT_PAGE = '@page{size:A4 portrait;margin:14mm 14mm 15mm 16mm}';

export function SealBlock(props: { seal: { hash: string; auditId: number }; printedAt: string; formatted: string }) {
  return (
    <div className="seal">
      <div>
        <b>मुहर (ऑडिट श्रृंखला का शीर्ष हैश) / Seal:</b> <code>{props.formatted}</code>
      </div>
      <div className="small">
        ऑडिट पंक्ति {props.seal.auditId} · मुद्रण {props.printedAt} (IST) — इस प्रति पर हस्ताक्षर के बाद अभिलेख बदले गए या नहीं, यह{' '}
        <code>verify --seal</code> से जाँचा जा सकता है / whether the records changed after this copy was signed can be checked with{' '}
        <code>verify --seal</code>.
      </div>
    </div>
  );
}

export function Signatures(props: { left: string; right: string; names?: { left?: string | null; right?: string | null } }) {
  return (
    <div className="signatures">
      <div>
        <div className="line">{props.left}</div>
        {props.names?.left ? <div className="small">{props.names.left}</div> : null}
        <div className="small">दिनांक: ____________</div>
      </div>
      <div>
        <div className="line">{props.right}</div>
        {props.names?.right ? <div className="small">{props.names.right}</div> : null}
        <div className="small">दिनांक: ____________ मुहर</div>
      </div>
    </div>
  );
}
