/** Hindi (default). Every string the desk shows lives here and in en.ts, under the same keys. */
export const hi = {
  app: { title: 'थाना शिकायत रजिस्टर', station: 'थाना {{name}}, जनपद {{district}}', operator: 'ऑपरेटर', lang: 'English', langLabel: 'भाषा बदलें / Switch to English', demo: 'प्रशिक्षण डेटा', loading: 'लोड हो रहा है…', error: 'त्रुटि', retry: 'फिर से', saved: 'सहेजा गया', cancel: 'रद्द करें', save: 'सहेजें', close: 'बंद करें', none: '—', search: 'खोजें (नाम, मोबाइल, शब्द, मु0अ0सं0)…', searchLabel: 'हर जगह खोजें', noOperator: 'कोई ऑपरेटर नहीं', skip: 'मुख्य सामग्री पर जाएँ' },
  nav: { dashboard: 'डैशबोर्ड', inbox: 'आवक सूचनाएँ', register: 'रजिस्टर', firs: 'एफआईआर', search: 'खोज', settings: 'सेटिंग्स', newEntry: 'नई प्रविष्टि' },
  roles: { sho: 'थानाध्यक्ष', munshi: 'मुंशी', viewer: 'दर्शक' },
  status: { pending: 'लंबित', 'under-inquiry': 'जांच में', 'fir-registered': 'एफआईआर दर्ज', disposed: 'निस्तारित', cancelled: 'निरस्त', overdue: 'समय सीमा पार' },
  modes: { 'whatsapp-group': 'व्हाट्सऐप समूह', 'whatsapp-number': 'व्हाट्सऐप नंबर', 'in-person': 'स्वयं उपस्थित', phone: 'फ़ोन', igrs: 'आईजीआरएस (जनसुनवाई)', other: 'अन्य' },
  firStatus: { 'under-investigation': 'लंबित विवेचना', 'charge-sheet': 'आरोप पत्र', 'final-report': 'अंतिम रिपोर्ट' },
  personRoles: { accused: 'अभियुक्त', victim: 'पीड़ित', complainant: 'वादी', witness: 'गवाह' },
  personStatus: { named: 'नामजद', wanted: 'वांछित', arrested: 'गिरफ्तार', jailed: 'गिरफ्तार, जेल भेजा', bailed: 'गिरफ्तार, जमानत', surrendered: 'आत्मसमर्पण', absconding: 'फरार' },
  genders: { male: 'पुरुष', female: 'महिला', other: 'अन्य' },
  setup: {
    title: 'पहली बार: थाने का विवरण', intro: 'यह डेटा फ़ोल्डर नया है। थाने का नाम और पहले ऑपरेटर (थानाध्यक्ष) का नाम भरें। हर बदलाव पर ऑपरेटर का नाम दर्ज होगा।',
    station: 'थाने का नाम', district: 'जनपद', code: 'थाना कोड (वैकल्पिक)', operator: 'पहले ऑपरेटर का नाम (थानाध्यक्ष)', submit: 'शुरू करें', folder: 'डेटा फ़ोल्डर',
  },
  dash: {
    title: 'डैशबोर्ड — {{month}}', month: 'माह', received: 'इस माह प्राप्त', disposed: 'इस माह निस्तारित', pending: 'कुल लंबित', overdue: 'समय सीमा पार', firs: 'एफआईआर (इस माह)', arrested: 'गिरफ्तार (इस माह)', wanted: 'वांछित / फरार अभियुक्त', unprocessed: 'बिना कार्यवाही संदेश',
    byAge: 'लंबित — आयु के अनुसार', age0: '0-10 दिन', age11: '11-30 दिन', age30: '30 दिन से अधिक', byDay: 'प्रतिदिन प्राप्त शिकायतें', byMode: 'प्राप्ति का माध्यम', overdueList: 'समय सीमा पार प्रविष्टियाँ', daysOver: '{{n}} दिन देर', noOverdue: 'कोई प्रविष्टि समय सीमा पार नहीं', within10: '10 दिन में', within30: '11-30 दिन में', later: '30 दिन बाद', count: 'संख्या',
  },
  inbox: {
    kindVideo: 'वीडियो', kindPhoto: 'फोटो', kindAudio: 'ऑडियो', kindFile: 'फ़ाइल', title: 'आवक सूचनाएँ', import: 'फ़ाइल आयात', paste: 'चिपकाएँ (Ctrl+V)', unprocessed: 'केवल बिना कार्यवाही', hasMedia: 'मीडिया वाले', source: 'समूह / स्रोत', sender: 'भेजने वाला', from: 'से', to: 'तक', words: 'शब्द', allSources: 'सभी स्रोत',
    selected: '{{n}} चयनित', createEntry: 'नई प्रविष्टि बनाएँ', addToEntry: 'मौजूदा प्रविष्टि में जोड़ें', infoOnly: 'केवल सूचनार्थ', empty: 'कोई संदेश नहीं। व्हाट्सऐप एक्सपोर्ट (.zip / .txt) यहाँ खींचकर छोड़ें या चिपकाएँ।', total: 'कुल {{n}} संदेश',
    infoOnlyBadge: 'सूचनार्थ', entryBadge: 'प्रविष्टि #{{ids}}', mediaOmitted: 'मीडिया संलग्न नहीं', deleted: 'संदेश हटाया गया', edited: 'संपादित', markedInfo: '{{n}} संदेश सूचनार्थ चिह्नित', dropHere: 'फ़ाइलें यहाँ छोड़ें — आयात होगा', more: 'और दिखाएँ', entryId: 'प्रविष्टि क्रमांक (आईडी)', added: 'संदेश प्रविष्टि में जोड़े गए', selectHint: 'संदेश चुनें (क्लिक), फिर ऊपर के बटन से प्रविष्टि बनाएँ', system: 'सिस्टम संदेश', noTime: 'समय नहीं',
  },
  imp: {
    title: 'फ़ाइल आयात', pick: 'फ़ाइलें चुनें (.zip, .txt, फोटो, वीडियो)', source: 'समूह / स्रोत का नाम', sourceHint: 'जिस व्हाट्सऐप समूह या नंबर से यह एक्सपोर्ट है', start: 'आयात करें', cancel: 'आयात रोकें', running: 'आयात हो रहा है…', uploading: 'फ़ाइल भेजी जा रही है…',
    done: 'आयात पूरा', newMessages: '{{n}} नए संदेश आए', duplicates: '{{n}} संदेश पहले से मौजूद थे (दोबारा नहीं जोड़े)', evidence: '{{n}} मीडिया फ़ाइलें साक्ष्य के रूप में सुरक्षित', evidenceDup: '{{n}} मीडिया फ़ाइलें पहले से सुरक्षित थीं', omitted: '{{n}} संदेशों में मीडिया एक्सपोर्ट में शामिल नहीं था', missing: 'ये फ़ाइलें एक्सपोर्ट में नहीं मिलीं: {{list}}', rejected: 'ये फ़ाइलें नहीं ली गईं: {{list}}', warnings: 'ध्यान दें', cancelled: 'आयात रोक दिया गया, कुछ भी नहीं जोड़ा गया', files: '{{n}} फ़ाइलें चुनी गईं',
  },
  paste: {
    fmt_android: 'एंड्रॉइड एक्सपोर्ट', fmt_ios: 'आईफ़ोन एक्सपोर्ट', fmt_web: 'व्हाट्सऐप वेब / डेस्कटॉप से कॉपी', fmt_forwarded: 'फॉरवर्ड किया गया संदेश', title: 'चिपकाए गए संदेश', textLabel: 'व्हाट्सऐप से कॉपी किया गया पाठ', preview: 'पूर्वावलोकन', save: '{{n}} संदेश सहेजें', format: 'प्रारूप', forwardedNeeds: 'यह फॉरवर्ड किया गया संदेश है: भेजने वाले का नाम और समय भरें', sender: 'भेजने वाला', sentAt: 'भेजने का समय', count: '{{n}} संदेश मिले', empty: 'कोई संदेश नहीं पहचाना गया', needSender: 'भेजने वाला और समय आवश्यक है',
  },
  reg: {
    thisMonth: 'इस माह', title: 'रजिस्टर', month: 'माह', status: 'स्थिति', allStatus: 'सभी स्थितियाँ', overdueOnly: 'केवल समय सीमा पार', source: 'स्रोत', words: 'शब्द खोजें', total: 'कुल {{n}} प्रविष्टियाँ', serial: 'क्रम सं0', received: 'प्राप्ति दिनांक', mode: 'माध्यम', informant: 'सूचनाकर्ता', summary: 'संक्षिप्त विवरण', markedTo: 'जांच अधिकारी', due: 'नियत तिथि', empty: 'इस माह कोई प्रविष्टि नहीं', keys: '↑ ↓ से चुनें, Enter से खोलें', allMonths: 'सभी माह',
  },
  entry: {
    new: 'नई प्रविष्टि', edit: 'प्रविष्टि संपादित करें', title: 'प्रविष्टि {{serial}}/{{year}}', receivedAt: 'प्राप्ति दिनांक व समय', mode: 'प्राप्ति का माध्यम', source: 'समूह / स्रोत', informant: 'सूचनाकर्ता / शिकायतकर्ता का नाम', relative: 'पिता / पति का नाम', phone: 'मोबाइल', address: 'पता', opponent: 'विपक्षी का नाम व पता', place: 'घटना स्थल', beat: 'बीट / हल्का', category: 'श्रेणी', summary: 'शिकायत का संक्षिप्त विवरण', markedTo: 'जांच हेतु अंकित अधिकारी', remarks: 'अभ्युक्ति',
    create: 'प्रविष्टि दर्ज करें', update: 'बदलाव सहेजें', created: 'प्रविष्टि {{serial}}/{{year}} दर्ज हुई', fromMessages: '{{n}} संदेशों से', due: 'नियत तिथि', disposedAt: 'निस्तारण तिथि', status: 'स्थिति',
    timeline: 'संदेश व कार्यवाही', action: 'कार्यवाही / आख्या', addAction: 'कार्यवाही जोड़ें', newStatus: 'नई स्थिति (वैकल्पिक)', noChange: 'स्थिति वही रहे', evidence: 'साक्ष्य (फोटो, वीडियो, वॉयस नोट)', noEvidence: 'कोई साक्ष्य नहीं', sha: 'SHA-256', hashNote: 'हैश दिखाता है कि फ़ाइल आयात के बाद नहीं बदली; यह नहीं कि वीडियो असली है।',
    dispose: 'निस्तारित करें', disposeNote: 'निस्तारण आख्या', disposeAt: 'निस्तारण दिनांक व समय', cancelEntry: 'निरस्त करें', cancelReason: 'निरस्त करने का कारण', cancelWarn: 'प्रविष्टि हटती नहीं, कारण सहित निरस्त दिखेगी (जैसे रजिस्टर में काटी गई पंक्ति)।', cancelled: 'निरस्त: {{reason}}', firs: 'एफआईआर', persons: 'अभियुक्त / पीड़ित', addFir: 'एफआईआर दर्ज / जोड़ें', operator: 'ऑपरेटर: {{name}}', message: 'संदेश', open: 'खोलें', details: 'विवरण', by: 'द्वारा', back: 'रजिस्टर पर वापस', createdBy: 'दर्ज',
  },
  fir: {
    crimeNo: 'मु0अ0सं0', title: 'एफआईआर', new: 'नई एफआईआर', number: 'मु0अ0सं0 (संख्या)', year: 'वर्ष', registeredAt: 'दर्ज दिनांक व समय', sections: 'धाराएँ', sectionSearch: 'धारा खोजें (जैसे 115, 323, मारपीट)', otherAct: 'अन्य अधिनियम', otherSection: 'धारा', addOther: 'जोड़ें', io: 'विवेचक', status: 'स्थिति', create: 'एफआईआर दर्ज करें', link: 'मौजूदा एफआईआर जोड़ें', firId: 'एफआईआर चुनें', created: 'एफआईआर दर्ज हुई', ipc: 'पुरानी आईपीसी {{ipc}}', addPerson: 'अभियुक्त / पीड़ित जोड़ें', list: 'एफआईआर सूची', empty: 'कोई एफआईआर नहीं', entries: 'प्रविष्टियाँ', noSections: 'कम से कम एक धारा चुनें',
  },
  person: {
    title: 'व्यक्ति जोड़ें', name: 'नाम', relative: 'पिता / पति का नाम', age: 'आयु', gender: 'लिंग', address: 'पता', phone: 'मोबाइल', role: 'भूमिका', status: 'स्थिति', arrestedAt: 'गिरफ्तारी दिनांक व समय', add: 'जोड़ें', update: 'स्थिति बदलें', added: 'व्यक्ति जोड़ा गया',
  },
  search: { title: 'खोज', placeholder: 'नाम, मोबाइल, गाँव, शब्द — हिंदी या अंग्रेज़ी अक्षरों में', entries: 'प्रविष्टियाँ', messages: 'संदेश', persons: 'व्यक्ति', firs: 'एफआईआर', none: 'कुछ नहीं मिला', hint: 'हिंदी या रोमन अक्षरों में लिखें: "ayush chaudhary" से "आयुष चौधरी" भी मिलेगा' },
  settings: {
    title: 'सेटिंग्स', station: 'थाने का विवरण', name: 'थाने का नाम', district: 'जनपद', code: 'थाना कोड', dueDays: 'निस्तारण की समय सीमा (दिन)', igrsDueDays: 'आईजीआरएस की समय सीमा (दिन)', device: 'संदेश प्राप्त करने वाला उपकरण (BSA धारा 63 प्रमाणपत्र हेतु)', dueRule: 'नियत तिथि = प्राप्ति दिनांक + समय सीमा। DGP आदेश: थाने की शिकायत 10 दिन में, आईजीआरएस 30 दिन में।',
    operators: 'ऑपरेटर', addOperator: 'ऑपरेटर जोड़ें', opName: 'नाम', opRole: 'पद', active: 'सक्रिय', inactive: 'निष्क्रिय', folder: 'डेटा फ़ोल्डर', folderNote: 'रजिस्टर, साक्ष्य फ़ाइलें और ऑडिट यहीं रखे हैं। बैकअप इसी फ़ोल्डर का लें।', counts: '{{entries}} प्रविष्टियाँ, {{messages}} संदेश, {{evidence}} साक्ष्य फ़ाइलें',
  },
} as const;
