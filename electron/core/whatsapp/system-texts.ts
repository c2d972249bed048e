// What WhatsApp itself writes into a chat, per language: the encryption notice, deleted-message tombstones and
// the wording of group / contact events. On Android events carry no sender and are found by structure; these
// texts matter where WhatsApp writes them under a name (iOS: the group's or, in a 1:1 chat, the contact's;
// some Android exports: the group's), and for tombstones, which are a participant's own messages.
//
// Sources. "corpus": seen in the real exports of other parsers' test suites (whats_json's language files, WhatsR,
// whatstk, whatsapp-chat-parser; see ../shared/corpus/whatsapp-realworld). "docs": whatsapp-formats.md.
// "WA": WhatsApp's own translation as best known, written down without a real export to check it against;
// where a wording is unsure, the pattern only asks for what every variant has (the notice names end-to-end
// encryption near its start; a tombstone is the whole message).

export interface LanguageTexts {
  lang: string;
  /** Regex sources for the start of the encryption notice (old and new wording); matched at the text's start. */
  encryption: string[];
  /** The notice as WhatsApp writes it today (the example the tests check the patterns with). */
  notice: string;
  /** Whole-message tombstones ("This message was deleted", "You deleted this message"), without the full stop. */
  deleted: string[];
  /** Regex sources for wording of events (security code changed, joined, left, added, removed, number changed); hints only. */
  events: string[];
  source: string;
}

/** "end-to-end" transliterated, as Indian languages write it, with or without the hyphens. */
const e2e = (end: string, to: string) => `.{0,80}${end}[- ]?${to}[- ]?${end}`;

export const LANGUAGES: readonly LanguageTexts[] = [
  {
    lang: 'en',
    notice: 'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.',
    encryption: ['Messages\\b.{0,60}end-to-end encrypt'],
    deleted: ['This message was deleted', 'You deleted this message'],
    events: [
      'end-to-end',
      'security code',
      'created (?:group|this group)',
      '\\badded\\b',
      '\\bremoved\\b',
      '\\bleft\\b',
      '\\bjoined\\b',
      'changed (?:the|this|their|to|group)',
      'turned (?:on|off)',
      '\\bpinned\\b',
      '\\badmin\\b',
    ],
    source: 'docs §6, corpus',
  },
  {
    lang: 'hi',
    notice: 'मैसेज और कॉल एंड-टू-एंड एन्क्रिप्टेड हैं. इस चैट के बाहर का कोई भी, यहाँ तक कि WhatsApp भी इन्हें पढ़ या सुन नहीं सकता.',
    encryption: [e2e('एंड', 'टू')],
    deleted: [
      'यह मैसेज डिलीट कर दिया गया था',
      'यह मैसेज डिलीट कर दिया गया है',
      'यह मैसेज डिलीट किया गया था',
      'आपने यह मैसेज डिलीट किया',
      'आपने यह मैसेज डिलीट कर दिया',
      'यह संदेश हटा दिया गया था',
      'आपने यह संदेश हटा दिया',
    ],
    events: ['एन्क्रिप्ट', 'सुरक्षा कोड', 'ग्रुप', 'समूह', 'को जोड़ा', 'को हटाया', 'छोड़ दिया', 'शामिल हुए', 'नंबर बदल'],
    source: 'corpus (whats_json hindi_ios: the notice, both tombstones); WA for the rest',
  },
  {
    lang: 'ur',
    notice: 'پیغامات اور کالز اینڈ ٹو اینڈ مرموز ہیں۔ اس چیٹ سے باہر کوئی بھی، یہاں تک کہ WhatsApp بھی، انہیں پڑھ یا سن نہیں سکتا۔',
    encryption: [e2e('اینڈ', 'ٹو')],
    deleted: ['یہ پیغام حذف کر دیا گیا', 'یہ پیغام حذف کر دیا گیا تھا', 'آپ نے یہ پیغام حذف کر دیا'],
    events: ['سیکیورٹی کوڈ', 'شامل ہوئے', 'کو شامل کیا', 'کو ہٹا دیا', 'چھوڑ دیا', 'نمبر تبدیل'],
    source: 'WA',
  },
  {
    lang: 'bn',
    notice: 'মেসেজ এবং কল এন্ড-টু-এন্ড এনক্রিপ্ট করা। এই চ্যাটের বাইরের কেউ, এমনকি WhatsApp-ও সেগুলি পড়তে বা শুনতে পারবে না।',
    encryption: [e2e('এন্ড', 'টু')],
    deleted: ['এই মেসেজটি মুছে ফেলা হয়েছে', 'আপনি এই মেসেজটি মুছে ফেলেছেন'],
    events: ['নিরাপত্তা কোড', 'যোগ করেছেন', 'সরিয়ে দিয়েছেন', 'ছেড়ে চলে গেছেন', 'যোগ দিয়েছেন', 'নম্বর পরিবর্তন'],
    source: 'WA',
  },
  {
    lang: 'mr',
    notice: 'मेसेजेस आणि कॉल्स एंड-टू-एंड एन्क्रिप्टेड आहेत. या चॅटबाहेरील कोणीही, अगदी WhatsApp देखील ते वाचू किंवा ऐकू शकत नाही.',
    encryption: [e2e('एंड', 'टू')],
    deleted: ['हा मेसेज हटवला गेला', 'हा मेसेज हटवण्यात आला', 'तुम्ही हा मेसेज हटवला'],
    events: ['सुरक्षा कोड', 'यांना जोडले', 'यांना काढले', 'सोडले', 'सामील झाले', 'नंबर बदलला'],
    source: 'WA',
  },
  {
    lang: 'gu',
    notice: 'મેસેજ અને કૉલ એન્ડ-ટુ-એન્ડ એન્ક્રિપ્ટ કરેલા છે. આ ચેટની બહારની કોઈ વ્યક્તિ, WhatsApp પણ તેને વાંચી કે સાંભળી શકતું નથી.',
    encryption: [e2e('એન્ડ', 'ટુ')],
    deleted: ['આ મેસેજ ડિલીટ કરવામાં આવ્યો હતો', 'આ મેસેજ ડિલીટ કરવામાં આવ્યો', 'તમે આ મેસેજ ડિલીટ કર્યો'],
    events: ['સુરક્ષા કોડ', 'ઉમેર્યા', 'દૂર કર્યા', 'છોડી દીધું', 'જોડાયા', 'નંબર બદલ'],
    source: 'WA',
  },
  {
    lang: 'pa',
    notice: 'ਸੁਨੇਹੇ ਅਤੇ ਕਾਲਾਂ ਐਂਡ-ਟੂ-ਐਂਡ ਇਨਕ੍ਰਿਪਟਡ ਹਨ। ਇਸ ਚੈਟ ਤੋਂ ਬਾਹਰ ਕੋਈ ਵੀ, ਇੱਥੋਂ ਤੱਕ ਕਿ WhatsApp ਵੀ, ਉਹਨਾਂ ਨੂੰ ਪੜ੍ਹ ਜਾਂ ਸੁਣ ਨਹੀਂ ਸਕਦਾ।',
    encryption: [e2e('ਐਂਡ', 'ਟੂ')],
    deleted: ['ਇਹ ਸੁਨੇਹਾ ਮਿਟਾਇਆ ਗਿਆ ਸੀ', 'ਇਹ ਮੈਸੇਜ ਮਿਟਾਇਆ ਗਿਆ ਸੀ', 'ਤੁਸੀਂ ਇਹ ਸੁਨੇਹਾ ਮਿਟਾਇਆ', 'ਤੁਸੀਂ ਇਹ ਮੈਸੇਜ ਮਿਟਾਇਆ'],
    events: ['ਸੁਰੱਖਿਆ ਕੋਡ', 'ਸ਼ਾਮਲ ਹੋਏ', 'ਨੂੰ ਸ਼ਾਮਲ ਕੀਤਾ', 'ਨੂੰ ਹਟਾਇਆ', 'ਛੱਡ ਦਿੱਤਾ', 'ਨੰਬਰ ਬਦਲ'],
    source: 'WA',
  },
  {
    lang: 'ta',
    notice:
      'மெசேஜ்களும் அழைப்புகளும் எண்ட்-டு-எண்ட் என்க்ரிப்ட் செய்யப்பட்டுள்ளன. இந்த சாட்டிற்கு வெளியே உள்ள எவரும், WhatsApp கூட அவற்றைப் படிக்கவோ கேட்கவோ முடியாது.',
    encryption: [e2e('எண்ட்', 'டு'), '.{0,80}முழுமையாக மறையாக்க'],
    deleted: ['இந்த மெசேஜ் நீக்கப்பட்டது', 'இந்த மெசேஜை நீக்கிவிட்டீர்கள்', 'இந்தச் செய்தி நீக்கப்பட்டது'],
    events: ['பாதுகாப்புக் குறியீடு', 'சேர்த்தார்', 'அகற்றினார்', 'வெளியேறினார்', 'இணைந்தார்', 'எண்ணை மாற்றினார்'],
    source: 'WA',
  },
  {
    lang: 'te',
    notice: 'మెసేజ్\u200cలు, కాల్స్ ఎండ్-టు-ఎండ్ ఎన్\u200cక్రిప్ట్ చేయబడ్డాయి. ఈ చాట్ బయట ఎవరూ, WhatsApp కూడా వాటిని చదవలేరు లేదా వినలేరు.',
    encryption: [e2e('ఎండ్', 'టు')],
    deleted: ['ఈ మెసేజ్ తొలగించబడింది', 'మీరు ఈ మెసేజ్‌ను తొలగించారు'],
    events: ['సెక్యూరిటీ కోడ్', 'జోడించారు', 'తీసివేశారు', 'నిష్క్రమించారు', 'చేరారు', 'నంబర్ మార్చారు'],
    source: 'WA',
  },
  {
    lang: 'kn',
    notice: 'ಸಂದೇಶಗಳು ಮತ್ತು ಕರೆಗಳು ಎಂಡ್-ಟು-ಎಂಡ್ ಎನ್\u200cಕ್ರಿಪ್ಟ್ ಆಗಿವೆ. ಈ ಚಾಟ್\u200cನ ಹೊರಗಿನ ಯಾರೂ, WhatsApp ಕೂಡ ಅವುಗಳನ್ನು ಓದಲು ಅಥವಾ ಕೇಳಲು ಸಾಧ್ಯವಿಲ್ಲ.',
    encryption: [e2e('ಎಂಡ್', 'ಟು')],
    deleted: ['ಈ ಸಂದೇಶವನ್ನು ಅಳಿಸಲಾಗಿದೆ', 'ನೀವು ಈ ಸಂದೇಶವನ್ನು ಅಳಿಸಿದ್ದೀರಿ'],
    events: ['ಭದ್ರತಾ ಕೋಡ್', 'ಸೇರಿಸಿದ್ದಾರೆ', 'ತೆಗೆದುಹಾಕಿದ್ದಾರೆ', 'ತೊರೆದಿದ್ದಾರೆ', 'ಸೇರಿದ್ದಾರೆ', 'ಸಂಖ್ಯೆ ಬದಲಾಯಿಸಿದ್ದಾರೆ'],
    source: 'WA',
  },
  {
    lang: 'ml',
    notice: 'സന്ദേശങ്ങളും കോളുകളും എൻഡ്-ടു-എൻഡ് എൻക്രിപ്റ്റ് ചെയ്തിരിക്കുന്നു. ഈ ചാറ്റിന് പുറത്തുള്ള ആർക്കും, WhatsApp-ന് പോലും അവ വായിക്കാനോ കേൾക്കാനോ കഴിയില്ല.',
    encryption: [e2e('എൻഡ്', 'ടു'), e2e('എന്‍ഡ്', 'ടു')], // with the chillu letter ൻ or its older spelling ന്‍
    deleted: ['ഈ സന്ദേശം ഇല്ലാതാക്കി', 'നിങ്ങൾ ഈ സന്ദേശം ഇല്ലാതാക്കി'],
    events: ['സുരക്ഷാ കോഡ്', 'ചേർത്തു', 'നീക്കം ചെയ്തു', 'വിട്ടുപോയി', 'ചേർന്നു', 'നമ്പർ മാറ്റി'],
    source: 'WA',
  },
  {
    lang: 'or',
    notice: 'ମେସେଜ ଏବଂ କଲ ଏଣ୍ଡ-ଟୁ-ଏଣ୍ଡ ଏନକ୍ରିପ୍ଟ ହୋଇଛି। ଏହି ଚାଟ ବାହାରେ କେହି, ଏପରିକି WhatsApp ମଧ୍ୟ ସେଗୁଡ଼ିକୁ ପଢ଼ି କିମ୍ବା ଶୁଣି ପାରିବ ନାହିଁ।',
    encryption: [e2e('ଏଣ୍ଡ', 'ଟୁ')],
    deleted: ['ଏହି ମେସେଜ୍ ଡିଲିଟ୍ କରାଯାଇଛି', 'ଆପଣ ଏହି ମେସେଜ୍ ଡିଲିଟ୍ କରିଛନ୍ତି'],
    events: ['ସୁରକ୍ଷା କୋଡ୍', 'ଯୋଡ଼ିଛନ୍ତି', 'ବାହାର କରିଛନ୍ତି', 'ଛାଡ଼ିଛନ୍ତି', 'ଯୋଗ ଦେଇଛନ୍ତି', 'ନମ୍ବର ବଦଳାଇଛନ୍ତି'],
    source: 'WA',
  },
  {
    lang: 'de',
    notice:
      'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp.',
    encryption: ['Nachrichten.{0,60}Ende-zu-Ende'],
    deleted: ['Diese Nachricht wurde gelöscht', 'Du hast diese Nachricht gelöscht'],
    events: ['Sicherheitsnummer', 'Sicherheitscode', 'hinzugefügt', 'entfernt', 'verlassen', 'beigetreten', 'geändert'],
    source: 'corpus (whats_json deutch_ios, WhatsR German)',
  },
  {
    lang: 'cs',
    notice: 'Zprávy a hovory jsou opatřeny koncovým šifrováním. Nikdo mimo tento chat je nemůže číst ani poslouchat, ani WhatsApp.',
    encryption: ['Zprávy.{0,60}koncovým šifrováním'],
    deleted: ['Tato zpráva byla smazána', 'Tuto zprávu jste smazal/a', 'Tuto zprávu jste smazal', 'Tuto zprávu jste smazala'],
    events: ['bezpečnostní kód', 'přidal', 'odebral', 'odešel', 'se připojil'],
    source: 'corpus (whats_json czech_ios)',
  },
  {
    lang: 'es',
    notice:
      'Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.',
    encryption: ['Los mensajes.{0,60}de extremo a extremo'],
    deleted: ['Se eliminó este mensaje', 'Eliminaste este mensaje', 'Este mensaje fue eliminado'],
    events: ['código de seguridad', 'añadió', 'eliminó a', 'salió', 'se unió'],
    source: 'corpus (whats_json spanish_ios)',
  },
  {
    lang: 'pt',
    notice:
      'As mensagens e ligações são protegidas com a criptografia de ponta a ponta. Ninguém fora desta conversa, nem mesmo o WhatsApp, pode ler ou ouvi-las.',
    encryption: ['As mensagens.{0,60}ponta a ponta'],
    deleted: ['Essa mensagem foi apagada', 'Esta mensagem foi apagada', 'Você apagou esta mensagem', 'Você apagou essa mensagem'],
    events: ['código de segurança', 'adicionou', 'removeu', 'saiu', 'entrou'],
    source: 'WA',
  },
  {
    lang: 'fr',
    notice:
      'Les messages et les appels sont chiffrés de bout en bout. Personne en dehors de cette discussion, pas même WhatsApp, ne peut les lire ou les écouter.',
    encryption: ['Les messages.{0,60}de bout en bout'],
    deleted: ['Ce message a été supprimé', 'Vous avez supprimé ce message'],
    events: ['code de sécurité', 'a ajouté', 'a retiré', 'est parti', 'a rejoint'],
    source: 'WA',
  },
  {
    lang: 'id',
    notice:
      'Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun di luar chat ini, termasuk WhatsApp, yang dapat membaca atau mendengarkannya.',
    encryption: ['Pesan.{0,60}end-to-end'],
    deleted: ['Pesan ini dihapus', 'Anda menghapus pesan ini'],
    events: ['kode keamanan', 'menambahkan', 'mengeluarkan', 'keluar', 'bergabung'],
    source: 'corpus (whats_json indonesian_ios)',
  },
  {
    lang: 'vi',
    notice: 'Tin nhắn và cuộc gọi được mã hóa đầu cuối. Không ai ngoài cuộc trò chuyện này, kể cả WhatsApp, có thể đọc hay nghe.',
    encryption: ['Tin nhắn.{0,60}mã hóa đầu cuối'],
    deleted: ['Tin nhắn này đã bị xóa', 'Tin nhắn này đã bị xoá', 'Bạn đã xóa tin nhắn này', 'Bạn đã xoá tin nhắn này'],
    events: ['mã bảo mật', 'đã thêm', 'đã rời', 'đã tham gia'],
    source: 'corpus (whats_json vietnamese_ios)',
  },
  {
    lang: 'ja',
    notice: 'メッセージと通話はエンドツーエンド暗号化されています。このチャットの参加者以外は、WhatsAppでも読んだり聞いたりできません。',
    encryption: ['メッセージ.{0,20}エンドツーエンド'],
    deleted: ['このメッセージは削除されました', 'このメッセージを削除しました'],
    events: ['セキュリティコード', '追加しました', '退出しました', '参加しました'],
    source: 'corpus (whats_json japanese_ios)',
  },
  {
    lang: 'ar',
    notice: 'الرسائل والمكالمات مشفرة تمامًا بين الطرفين. لا أحد خارج هذه الدردشة، ولا حتى واتساب، يمكنه قراءتها أو الاستماع إليها.',
    encryption: ['الرسائل.{0,80}(?:مشفرة|بالتشفير)'],
    deleted: ['تم حذف هذه الرسالة', 'أنت حذفت هذه الرسالة', 'لقد حذَفت هذه الرسالة', 'لقد حذفت هذه الرسالة'],
    events: ['رمز الأمان', 'أضاف', 'أزال', 'غادر', 'انضم'],
    source: 'corpus (whats_json arabic_ios, arabic2_ios)',
  },
  {
    lang: 'ru',
    notice: 'Сообщения и звонки защищены сквозным шифрованием. Никто вне этого чата, даже WhatsApp, не может их прочитать или прослушать.',
    encryption: ['Сообщения.{0,60}сквозным шифрованием'],
    deleted: ['Данное сообщение удалено', 'Это сообщение удалено', 'Вы удалили данное сообщение', 'Вы удалили это сообщение'],
    events: ['код безопасности', 'добавил', 'удалил', 'вышел', 'присоединил'],
    source: 'WA',
  },
];

/** The encryption notice, in any of the languages, at (or, for the loose Indian patterns, near) the start of a text. */
export const ENCRYPTION_RE = new RegExp(`^(?:${LANGUAGES.flatMap((l) => l.encryption).join('|')})`);

/** Wording of events, for texts WhatsApp marked with a direction mark (hints: a user's text is not marked). */
export const EVENT_HINT_RE = new RegExp(LANGUAGES.flatMap((l) => l.events).join('|'), 'i');

/** Key under which a one-line text is looked up among the tombstones: NFC, without the closing full stop. */
export function tombstoneKey(s: string): string {
  const last = s.charCodeAt(s.length - 1);
  // . । (Devanagari danda) 。 (ideographic) ۔ (Urdu)
  if (last === 0x2e || last === 0x964 || last === 0x3002 || last === 0x6d4) s = s.slice(0, -1);
  return s.normalize('NFC');
}

/** Every tombstone of every language, as tombstoneKey gives it. */
export const TOMBSTONES: ReadonlySet<string> = new Set(LANGUAGES.flatMap((l) => l.deleted.map(tombstoneKey)));

/** How many leading characters TOMBSTONE_STARTS holds. */
export const TOMBSTONE_START_LEN = 5;
/**
 * The first characters of every tombstone, composed and decomposed as phones may write them: a cheap test that
 * lets ordinary messages ("यह ...", "This ...") skip the normalised lookup.
 */
export const TOMBSTONE_STARTS: ReadonlySet<string> = new Set(
  LANGUAGES.flatMap((l) => l.deleted.flatMap((d) => [d.normalize('NFC'), d.normalize('NFD')].map((x) => x.slice(0, TOMBSTONE_START_LEN)))),
);
