import { parseMarkup } from '../../../electron/shared/text/whatsapp-markup';

/** A message's text as WhatsApp shows it: *bold*, _italic_, ~struck~ and ```mono``` formatted, never as markup. */
export function MessageText({ text }: { text: string }) {
  return (
    <>
      {parseMarkup(text).map((s, i) => {
        let el: React.ReactNode = s.text;
        if (s.mono) el = <code>{el}</code>;
        if (s.strike) el = <s>{el}</s>;
        if (s.italic) el = <em>{el}</em>;
        if (s.bold) el = <strong>{el}</strong>;
        return <span key={i}>{el}</span>;
      })}
    </>
  );
}
