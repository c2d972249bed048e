/**
 * Certificate under section 63(4) of the Bharatiya Sakshya Adhiniyam, 2023, in the form of its Schedule,
 * for one evidence file: Part A filled from the record (device as configured for the station, file,
 * hash, import), blanks for what only the signer can write; Part B left blank for the expert; and a
 * chain-of-custody sheet. The hash shows the file is unchanged since intake, not that its content is
 * genuine, and the documents say exactly that.
 */
import type { ReactNode } from 'react';
import { DocumentShell, PORTRAIT_PAGE } from './DocumentShell';
import type { CertificateData } from './certificate-data';
import { sizeHi } from '../../shared/labels';
import { dateTimeHi, utcToIstHi } from '../../shared/dates';

const CERT_CSS = `
body{font-size:9.3pt;line-height:1.45}
h1{font-size:12.5pt}
h2{font-size:10.5pt;border-bottom:0.6pt solid #000;padding-bottom:0.5mm}
p{margin:1.5mm 0}
.en{font-size:8pt;color:#222}
.facts{table-layout:fixed;font-size:8.5pt}
.facts th{width:52mm;text-align:left;background:#f0f0f0;vertical-align:top}
.hash{font-size:9pt;letter-spacing:0.2pt;overflow-wrap:anywhere;font-weight:700}
.custody{font-size:7.8pt;table-layout:fixed}
.sign{display:grid;grid-template-columns:1fr 1fr;gap:3mm 10mm;margin-top:6mm;font-size:9pt;break-inside:avoid}
.field{display:flex;align-items:flex-end;gap:2mm;margin:2.2mm 0}
.field .fill{flex:1;border-bottom:0.6pt dotted #000;min-height:5mm}
.kinds{display:flex;flex-wrap:wrap;gap:0.8mm 0;margin:1mm 0}
.kinds>span{display:inline-block;white-space:nowrap;margin-right:2mm}
ol.stmt{padding-left:6mm;margin:1mm 0}
ol.stmt li{margin:1.2mm 0}
`;

const KINDS = [
  ['कंप्यूटर / स्टोरेज मीडिया', 'Computer / Storage Media'],
  ['डीवीआर', 'DVR'],
  ['मोबाइल', 'Mobile'],
  ['फ़्लैश ड्राइव', 'Flash Drive'],
  ['सीडी / डीवीडी', 'CD / DVD'],
  ['सर्वर', 'Server'],
  ['क्लाउड', 'Cloud'],
  ['अन्य', 'Other'],
] as const;

const digits = (s: string | null) => (s ?? '').replace(/\D/g, '');
const Box = (p: { on?: boolean }) => <span className="box">{p.on ? 'X' : ''}</span>;

function En(props: { children: ReactNode }) {
  return <div className="en">{props.children}</div>;
}

function Algorithms(props: { sha256?: boolean }) {
  return (
    <>
      <Box />
      SHA1 <Box on={props.sha256} />
      SHA256 <Box />
      MD5 <Box />
      अन्य / Other ____________
    </>
  );
}

function DeviceKinds() {
  return (
    <div className="kinds">
      {KINDS.map(([hi, en]) => (
        <span key={en}>
          <Box />
          {hi} ({en})
        </span>
      ))}
    </div>
  );
}

/** A labelled line to write on. */
function Field(props: { label: ReactNode; value?: ReactNode }) {
  return (
    <div className="field">
      <span>{props.label}</span>
      <span className="fill">{props.value ?? null}</span>
    </div>
  );
}

function Identity() {
  return (
    <>
      <Field label="मैं (नाम) / I (name):" />
      <Field label="पुत्र / पुत्री / पत्नी / son / daughter / spouse of:" />
      <Field label="निवासी / कार्यरत / residing at / employed with:" />
    </>
  );
}

function SignBlock(props: { who: string; whoEn: string }) {
  return (
    <div className="sign">
      <Field label={`${props.who} / ${props.whoEn}:`} />
      <Field label="हस्ताक्षर / Signature:" />
      <Field label="दिनांक / Date (DD/MM/YYYY):" />
      <Field label="समय / Time (IST, 24 घंटे):" />
      <Field label="स्थान / Place:" />
    </div>
  );
}

export interface CertificateProps {
  data: CertificateData;
  printedAt: string;
}

export function CertificateDocument({ data: d, printedAt }: CertificateProps) {
  const ok = d.verify.status === 'ok';
  const verifyText = ok
    ? `मुद्रण के समय (${utcToIstHi(d.verify.at)} IST) भंडार की फ़ाइल का SHA-256 पुनः निकाला गया: ऊपर के मान से मेल खाता है / re-computed at print time: matches`
    : d.verify.status === 'missing'
      ? `मुद्रण के समय (${utcToIstHi(d.verify.at)} IST) भंडार में फ़ाइल नहीं मिली — यह प्रमाण-पत्र जारी न करें / the stored file is MISSING — do not issue this certificate`
      : `मुद्रण के समय (${utcToIstHi(d.verify.at)} IST) भंडार की फ़ाइल का हैश ${d.verify.actual} है, मेल नहीं खाता — यह प्रमाण-पत्र जारी न करें / the stored file now hashes differently — do not issue this certificate`;
  const first = d.sightings[0];
  return (
    <DocumentShell title={`धारा 63 प्रमाण-पत्र — ${d.sha256.slice(0, 12)}`} pageCss={PORTRAIT_PAGE} css={CERT_CSS}>
      <h1>प्रमाण-पत्र — भारतीय साक्ष्य अधिनियम, 2023 की धारा 63(4) (अनुसूची)</h1>
      <div className="sub">Certificate under Section 63(4)(c) of the Bharatiya Sakshya Adhiniyam, 2023 (Schedule)</div>
      <div className="sub small">
        थाना {d.station.name}, जनपद {d.station.district} · मुद्रण {printedAt} IST
      </div>
      {!ok ? <div className="warn">{verifyText}</div> : null}

      <h2>भाग क / Part A (प्रस्तुतकर्ता पक्ष द्वारा / to be filled by the party)</h2>
      <Identity />
      <p>
        सत्यनिष्ठा से प्रतिज्ञान करता / करती हूँ और निम्नलिखित कथन प्रस्तुत करता / करती हूँ:{' '}
        <span className="en">do hereby solemnly affirm and sincerely state and submit as follows:</span>
      </p>
      <ol className="stmt">
        <li>
          मैंने निम्नलिखित उपकरण / डिजिटल अभिलेख स्रोत से लिया गया इलेक्ट्रॉनिक अभिलेख प्रस्तुत किया है / I have produced the electronic record taken from
          the following device / digital record source:
          <DeviceKinds />
          <div>
            निर्माता व मॉडल, क्रम संख्या, IMEI / MAC आदि (थाने के अभिलेख में दर्ज प्राप्तकर्ता उपकरण) / Make &amp; model, serial number, IMEI / MAC (the
            station&apos;s receiving device as recorded):{' '}
            {d.station.receivingDevice ? (
              <b>{d.station.receivingDevice}</b>
            ) : (
              <span className="small">(सेटिंग्स में दर्ज नहीं / not recorded in settings)</span>
            )}
          </div>
          {d.station.receivingDevice ? null : <Field label="" />}
        </li>
        <li>
          उक्त उपकरण / अभिलेख स्रोत नियमित रूप से सूचना प्राप्त करने, रखने और संसाधित करने हेतु मेरे विधिपूर्ण नियंत्रण में था; इस अवधि में वह ठीक से कार्य कर रहा था,
          और यदि किसी समय ठीक से कार्य नहीं कर रहा था तो उससे इस इलेक्ट्रॉनिक अभिलेख या उसकी शुद्धता पर प्रभाव नहीं पड़ा। उपकरण मेरे द्वारा <Box />
          स्वामित्व <Box />
          अनुरक्षित <Box />
          प्रबंधित <Box />
          संचालित है।
          <En>
            The device / digital record source was under my lawful control for regularly creating, storing or processing information in the
            ordinary course of activities, and during this period it was working properly; if at any time it was not working properly or out
            of operation, that did not affect the electronic record or its accuracy. The device is owned / maintained / managed / operated
            by me (tick as applicable).
          </En>
        </li>
        <li>
          इलेक्ट्रॉनिक अभिलेख का हैश मान / The hash value of the electronic record is:
          <div className="hash">{d.sha256}</div>
          निम्न एल्गोरिद्म से प्राप्त / obtained through the algorithm: <Algorithms sha256 />
        </li>
      </ol>

      <p className="small">
        अभिलेख / record: <b>{d.names.join(', ')}</b>, {sizeHi(d.size)}, {d.mime}. {verifyText}. पूर्ण विवरण व अभिरक्षा शृंखला संलग्न हैश रिपोर्ट में /
        particulars and chain of custody in the enclosed hash report.
      </p>
      <p className="small">
        <b>हैश का अर्थ:</b> समान SHA-256 मान केवल यह दर्शाता है कि फ़ाइल थाने में प्राप्ति (आयात) के समय से अपरिवर्तित है; यह फ़ाइल की विषय-वस्तु के वास्तविक या
        सत्य होने का प्रमाण नहीं है।{' '}
        <span className="en">
          The hash shows only that the file is unchanged since it was taken in; it does not show that its content is genuine.
        </span>
      </p>
      <SignBlock who="नाम" whoEn="Name" />

      <div className="page-break" />
      <h2>भाग ख / Part B (विशेषज्ञ द्वारा / to be filled by the expert)</h2>
      <Identity />
      <p>
        सत्यनिष्ठा से प्रतिज्ञान करता / करती हूँ और निम्नलिखित कथन प्रस्तुत करता / करती हूँ:{' '}
        <span className="en">do hereby solemnly affirm and sincerely state and submit as follows:</span>
      </p>
      <ol className="stmt">
        <li>
          प्रस्तुत इलेक्ट्रॉनिक अभिलेख निम्नलिखित उपकरण / डिजिटल अभिलेख स्रोत से प्राप्त किया गया है / The produced electronic record is obtained from the
          following device / digital record source:
          <DeviceKinds />
          <Field label="निर्माता व मॉडल / Make & model:" />
          <Field label="रंग / Colour:" />
          <Field label="क्रम संख्या / Serial number:" />
          <Field label="IMEI / UIN / UID / MAC / Cloud ID:" />
          <Field label="अन्य विवरण / Other relevant information:" />
        </li>
        <li>
          <Field label="इलेक्ट्रॉनिक अभिलेख का हैश मान / The hash value of the electronic record is:" />
          <div>
            एल्गोरिद्म / algorithm: <Algorithms />
          </div>
          <div className="small">(हैश रिपोर्ट संलग्न करें / hash report to be enclosed with the certificate)</div>
        </li>
      </ol>
      <SignBlock who="नाम, पदनाम" whoEn="Name, designation" />

      <div className="page-break" />
      <h2>हैश रिपोर्ट एवं अभिरक्षा शृंखला / Hash report and chain of custody (संलग्नक / enclosure)</h2>
      <table className="facts">
        <tbody>
          <tr>
            <th>फ़ाइल का नाम / File name</th>
            <td>{d.names.join(', ')}</td>
          </tr>
          <tr>
            <th>आकार / Size</th>
            <td>{sizeHi(d.size)}</td>
          </tr>
          <tr>
            <th>प्रकार / Media type</th>
            <td>{d.mime}</td>
          </tr>
          <tr>
            <th>प्राप्ति / Received</th>
            <td>
              {first
                ? `${first.sentAt ? `${dateTimeHi(first.sentAt)} (फ़ोन की घड़ी / phone clock)` : 'समय अज्ञात / time unknown'} — ${first.source}${first.sender ? `, प्रेषक / sender ${first.sender}` : ''}${first.senderPhone && digits(first.sender) !== digits(first.senderPhone) ? ` (${first.senderPhone})` : ''}`
                : ''}
            </td>
          </tr>
          <tr>
            <th>आयात / Imported</th>
            <td>
              {utcToIstHi(d.firstImport.startedAt)} IST — आयात क्रमांक / import no. {d.firstImport.id}
              {d.firstImport.file ? `, फ़ाइल / file ${d.firstImport.file}` : ''}
            </td>
          </tr>
          <tr>
            <th>आयातकर्ता / Imported by</th>
            <td>{d.firstImport.operator ?? '—'}</td>
          </tr>
          <tr>
            <th>भंडार में रखा / Stored</th>
            <td>{utcToIstHi(d.storedAt)} IST — साक्ष्य भंडार में SHA-256 नाम से, केवल-पठन / in the evidence store under its SHA-256, read-only</td>
          </tr>
          <tr>
            <th>SHA-256</th>
            <td className="hash">{d.sha256}</td>
          </tr>
          <tr>
            <th>पुनः सत्यापन / Re-verified</th>
            <td>{verifyText}</td>
          </tr>
          <tr>
            <th>रजिस्टर प्रविष्टि / Register entries</th>
            <td>{d.entries.length ? d.entries.join(', ') : '—'}</td>
          </tr>
        </tbody>
      </table>
      <p className="small">
        <b>हैश का अर्थ:</b> समान SHA-256 मान केवल यह दर्शाता है कि फ़ाइल थाने में प्राप्ति (आयात) के समय से अपरिवर्तित है; यह फ़ाइल की विषय-वस्तु के वास्तविक या
        सत्य होने का प्रमाण नहीं है। व्हाट्सऐप से आया / अग्रेषित वीडियो स्वयं एक प्रति है।{' '}
        <span className="en">
          The hash shows only that the file is unchanged since it was taken in; it does not show that its content is genuine. A video
          received or forwarded on WhatsApp is itself a copy.
        </span>
      </p>
      <h2>अभिरक्षा शृंखला / Chain of custody — हर बार जब यह फ़ाइल देखी गई / every sighting</h2>
      <table className="custody">
        <colgroup>
          <col style={{ width: '8mm' }} />
          <col style={{ width: '29mm' }} />
          <col style={{ width: '29mm' }} />
          <col style={{ width: '24mm' }} />
          <col style={{ width: '34mm' }} />
          <col style={{ width: '34mm' }} />
          <col style={{ width: '22mm' }} />
        </colgroup>
        <thead>
          <tr>
            <th>क्र0</th>
            <th>समूह / नंबर (स्रोत)</th>
            <th>प्रेषक</th>
            <th>भेजने का समय (फ़ोन की घड़ी)</th>
            <th>फ़ाइल का नाम</th>
            <th>आयात (IST), क्रमांक</th>
            <th>आयातकर्ता</th>
          </tr>
        </thead>
        <tbody>
          {d.sightings.map((s, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td>
                {s.source}
                <div className="small muted">
                  {s.sourceKind === 'whatsapp-number' ? 'व्हाट्सऐप नंबर' : s.sourceKind === 'other' ? 'अन्य' : 'व्हाट्सऐप समूह'}
                </div>
              </td>
              <td>
                {s.sender ?? '—'}
                {s.senderPhone && digits(s.sender) !== digits(s.senderPhone) ? <div className="small">{s.senderPhone}</div> : null}
              </td>
              <td>{s.sentAt ? dateTimeHi(s.sentAt) : 'अज्ञात'}</td>
              <td>{s.fileName}</td>
              <td>
                {utcToIstHi(s.seenAt)}
                <div className="small">
                  क्रमांक {s.importId}
                  {s.importFile ? ` · ${s.importFile}` : ''}
                </div>
              </td>
              <td>{s.operator ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ol className="stmt small">
        <li>
          {utcToIstHi(d.storedAt)} IST: फ़ाइल आयात क्रमांक {d.firstImport.id} ({d.firstImport.source}) में साक्ष्य भंडार में रखी गई; आयात के समय
          SHA-256 निकाला गया; फ़ाइल केवल-पठन है और कभी बदली नहीं जाती। आयातकर्ता: {d.firstImport.operator ?? '—'}।
        </li>
        {d.firstImport.fileSha256 ? (
          <li>
            आयात की गई मूल फ़ाइल ({d.firstImport.file ?? '—'}) का SHA-256: <span className="hash">{d.firstImport.fileSha256}</span>
          </li>
        ) : null}
        <li>{verifyText}</li>
        <li>
          <Field label="मूल निर्माता (यदि ज्ञात) / original maker, where known:" />
        </li>
      </ol>
      <SignBlock who="अभिरक्षक का नाम" whoEn="Custodian" />
    </DocumentShell>
  );
}
