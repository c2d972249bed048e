/**
 * The sections a UP thana uses most, for the section picker, and the UP way of writing them
 * ("115(2), 352, 351(3) बीएनएस व 3/25 आयुध अधिनियम").
 *
 * BNS numbers and their IPC equivalents were checked against the bare act text of the BNS, 2023 and
 * published IPC-to-BNS tables. Where an equivalence is not one-to-one it is left out rather than
 * guessed (e.g. 326 mischief by fire has no `ipc` list). Hindi titles follow the official Hindi
 * legal vocabulary (उपहति, घोर उपहति, उद्दापन, व्यपहरण, रिष्टि, कूटरचना, आपराधिक अभित्रास ...); for
 * new offences without an IPC ancestor they are a plain Hindi rendering of the English heading.
 */
import { phoneticKey, splitWords } from '../text/phonetic';

export type Act =
  | 'BNS'
  | 'IPC'
  | 'BNSS'
  | 'CrPC'
  | 'BSA'
  | 'Arms Act'
  | 'SC/ST Act'
  | 'POCSO Act'
  | 'NDPS Act'
  | 'Excise Act'
  | 'Gangster Act'
  | 'Gau Vadh Act'
  | 'MV Act'
  | 'IT Act'
  | 'Dowry Prohibition Act'
  | string;

export interface SectionInfo {
  act: 'BNS';
  section: string;
  titleHi: string;
  titleEn: string;
  /** IPC section(s) this replaces, where the correspondence is direct. */
  ipc?: string[];
}

export interface ActInfo {
  key: string;
  /** Short Hindi form used after section numbers in FIRs and reports. */
  hi: string;
  /** Short English form. */
  en: string;
  hiFull: string;
  enFull: string;
}

const s = (section: string, titleHi: string, titleEn: string, ipc?: string[]): SectionInfo =>
  ipc ? { act: 'BNS', section, titleHi, titleEn, ipc } : { act: 'BNS', section, titleHi, titleEn };

export const BNS_SECTIONS: SectionInfo[] = [
  // General
  s('3(5)', 'सामान्य आशय को अग्रसर करने में कई व्यक्तियों द्वारा किए गए कार्य', 'Acts done by several persons in furtherance of common intention', [
    '34',
  ]),
  s('61(2)', 'आपराधिक षड्यंत्र', 'Criminal conspiracy', ['120B']),
  // Offences against woman and child
  s('64(1)', 'बलात्संग के लिए दंड', 'Punishment for rape', ['376(1)']),
  s(
    '64(2)',
    'कतिपय परिस्थितियों में बलात्संग के लिए दंड (पुलिस अधिकारी, लोक सेवक, नातेदार आदि द्वारा)',
    'Punishment for rape in aggravated circumstances (by police officer, public servant, relative etc.)',
    ['376(2)'],
  ),
  s('65(1)', 'सोलह वर्ष से कम आयु की स्त्री से बलात्संग के लिए दंड', 'Punishment for rape of a woman under sixteen years of age', ['376(3)']),
  s('65(2)', 'बारह वर्ष से कम आयु की स्त्री से बलात्संग के लिए दंड', 'Punishment for rape of a woman under twelve years of age', ['376AB']),
  s(
    '69',
    'छलपूर्ण साधनों (जैसे विवाह का झूठा वचन) द्वारा मैथुन',
    'Sexual intercourse by employing deceitful means (e.g. false promise of marriage)',
  ),
  s('70(1)', 'सामूहिक बलात्संग', 'Gang rape', ['376D']),
  s('72', 'कतिपय अपराधों आदि से पीड़ित व्यक्ति की पहचान का प्रकटीकरण', 'Disclosure of identity of victim of certain offences', ['228A']),
  s(
    '74',
    'स्त्री की लज्जा भंग करने के आशय से उस पर हमला या आपराधिक बल का प्रयोग',
    'Assault or use of criminal force to woman with intent to outrage her modesty',
    ['354'],
  ),
  s('75', 'लैंगिक उत्पीड़न', 'Sexual harassment', ['354A']),
  s('76', 'विवस्त्र करने के आशय से स्त्री पर हमला या आपराधिक बल का प्रयोग', 'Assault or use of criminal force to woman with intent to disrobe', [
    '354B',
  ]),
  s('77', 'दृश्यरतिकता', 'Voyeurism', ['354C']),
  s('78', 'पीछा करना', 'Stalking', ['354D']),
  s('79', 'स्त्री की लज्जा का अनादर करने के आशय से शब्द, अंगविक्षेप या कार्य', 'Word, gesture or act intended to insult the modesty of a woman', [
    '509',
  ]),
  s('80(2)', 'दहेज मृत्यु', 'Dowry death', ['304B']),
  s('82(1)', 'पति या पत्नी के जीवनकाल में पुनः विवाह करना', 'Marrying again during lifetime of husband or wife', ['494']),
  s(
    '84',
    'विवाहित स्त्री को आपराधिक आशय से फुसलाकर ले जाना, ले जाना या निरुद्ध रखना',
    'Enticing or taking away or detaining with criminal intent a married woman',
    ['498'],
  ),
  s('85', 'किसी स्त्री के पति या पति के नातेदार द्वारा उसके प्रति क्रूरता', 'Husband or relative of husband of a woman subjecting her to cruelty', [
    '498A',
  ]),
  s(
    '87',
    'विवाह आदि के करने को विवश करने के लिए किसी स्त्री को व्यपहृत करना, अपहृत करना या उत्प्रेरित करना',
    'Kidnapping, abducting or inducing woman to compel her marriage, etc.',
    ['366'],
  ),
  s('96', 'बालक का उपापन', 'Procuration of child', ['366A']),
  // Offences affecting life
  s('103(1)', 'हत्या के लिए दंड', 'Punishment for murder', ['302']),
  s(
    '103(2)',
    'पाँच या अधिक व्यक्तियों के समूह द्वारा मूलवंश, जाति, समुदाय आदि के आधार पर हत्या (मॉब लिंचिंग)',
    'Murder by a group of five or more persons on the ground of race, caste, community etc. (mob lynching)',
  ),
  s('105', 'हत्या की कोटि में न आने वाले आपराधिक मानव वध के लिए दंड', 'Punishment for culpable homicide not amounting to murder', ['304']),
  s('106(1)', 'उपेक्षा द्वारा मृत्यु कारित करना', 'Causing death by negligence', ['304A']),
  s(
    '106(2)',
    'उतावलेपन और उपेक्षा से वाहन चलाकर मृत्यु कारित करना और घटना की सूचना दिए बिना भाग जाना (हिट एंड रन)',
    'Causing death by rash and negligent driving and escaping without reporting (hit and run)',
  ),
  s('108', 'आत्महत्या का दुष्प्रेरण', 'Abetment of suicide', ['306']),
  s('109(1)', 'हत्या करने का प्रयत्न', 'Attempt to murder', ['307']),
  s('110', 'आपराधिक मानव वध करने का प्रयत्न', 'Attempt to commit culpable homicide', ['308']),
  s('111', 'संगठित अपराध', 'Organised crime'),
  s('112', 'छोटे संगठित अपराध', 'Petty organised crime'),
  s('113', 'आतंकवादी कृत्य', 'Terrorist act'),
  // Hurt
  s('115(2)', 'स्वेच्छया उपहति कारित करना', 'Voluntarily causing hurt', ['323']),
  s('117(2)', 'स्वेच्छया घोर उपहति कारित करना', 'Voluntarily causing grievous hurt', ['325']),
  s('118(1)', 'खतरनाक आयुधों या साधनों द्वारा स्वेच्छया उपहति कारित करना', 'Voluntarily causing hurt by dangerous weapons or means', ['324']),
  s('118(2)', 'खतरनाक आयुधों या साधनों द्वारा स्वेच्छया घोर उपहति कारित करना', 'Voluntarily causing grievous hurt by dangerous weapons or means', [
    '326',
  ]),
  s(
    '121(1)',
    'लोक सेवक को अपने कर्तव्य से भयोपरत करने के लिए स्वेच्छया उपहति कारित करना',
    'Voluntarily causing hurt to deter public servant from his duty',
    ['332'],
  ),
  s(
    '123',
    'अपराध करने के आशय से विष इत्यादि द्वारा उपहति कारित करना',
    'Causing hurt by means of poison, etc., with intent to commit an offence',
    ['328'],
  ),
  s('124(1)', 'अम्ल (एसिड) आदि के प्रयोग द्वारा स्वेच्छया घोर उपहति कारित करना', 'Voluntarily causing grievous hurt by use of acid, etc.', [
    '326A',
  ]),
  s('124(2)', 'स्वेच्छया अम्ल (एसिड) फेंकना या फेंकने का प्रयत्न करना', 'Voluntarily throwing or attempting to throw acid', ['326B']),
  s('125', 'दूसरों के जीवन या वैयक्तिक क्षेम को संकटापन्न करने वाला कार्य', 'Act endangering life or personal safety of others', ['336']),
  s(
    '125(a)',
    'दूसरों के जीवन या वैयक्तिक क्षेम को संकटापन्न करने वाले कार्य द्वारा उपहति कारित करना',
    'Act endangering life or personal safety of others, where hurt is caused',
    ['337'],
  ),
  s(
    '125(b)',
    'दूसरों के जीवन या वैयक्तिक क्षेम को संकटापन्न करने वाले कार्य द्वारा घोर उपहति कारित करना',
    'Act endangering life or personal safety of others, where grievous hurt is caused',
    ['338'],
  ),
  // Restraint, force, kidnapping
  s('126(2)', 'सदोष अवरोध', 'Wrongful restraint', ['341']),
  s('127(2)', 'सदोष परिरोध', 'Wrongful confinement', ['342']),
  s('131', 'गंभीर प्रकोपन से अन्यथा हमला या आपराधिक बल का प्रयोग', 'Assault or criminal force otherwise than on grave provocation', ['352']),
  s(
    '132',
    'लोक सेवक को अपने कर्तव्य के निर्वहन से भयोपरत करने के लिए हमला या आपराधिक बल का प्रयोग',
    'Assault or criminal force to deter public servant from discharge of his duty',
    ['353'],
  ),
  s(
    '133',
    'गंभीर प्रकोपन से अन्यथा किसी व्यक्ति का अनादर करने के आशय से हमला या आपराधिक बल का प्रयोग',
    'Assault or criminal force with intent to dishonour person, otherwise than on grave provocation',
    ['355'],
  ),
  s('137(2)', 'व्यपहरण', 'Kidnapping', ['363']),
  s('139', 'भीख मांगने के प्रयोजनों के लिए बालक का व्यपहरण या विकलांगीकरण', 'Kidnapping or maiming a child for purposes of begging', ['363A']),
  s('140(1)', 'हत्या करने के लिए व्यपहरण या अपहरण', 'Kidnapping or abducting in order to murder', ['364']),
  s('140(2)', 'फिरौती आदि के लिए व्यपहरण या अपहरण', 'Kidnapping or abducting for ransom, etc.', ['364A']),
  s(
    '140(3)',
    'किसी व्यक्ति का गुप्त रीति से और सदोष परिरोध करने के आशय से व्यपहरण या अपहरण',
    'Kidnapping or abducting with intent secretly and wrongfully to confine a person',
    ['365'],
  ),
  s('143', 'व्यक्ति का दुर्व्यापार', 'Trafficking of person', ['370']),
  // State, public tranquillity, public servants
  s('152', 'भारत की संप्रभुता, एकता और अखंडता को खतरे में डालने वाले कार्य', 'Act endangering sovereignty, unity and integrity of India'),
  s('189(2)', 'विधिविरुद्ध जमाव का सदस्य होना', 'Being member of an unlawful assembly', ['143']),
  s('189(4)', 'घातक आयुध से सज्जित होकर विधिविरुद्ध जमाव में सम्मिलित होना', 'Joining unlawful assembly armed with deadly weapon', ['144']),
  s(
    '190',
    'विधिविरुद्ध जमाव का हर सदस्य, सामान्य उद्देश्य को अग्रसर करने में किए गए अपराध का दोषी',
    'Every member of unlawful assembly guilty of offence committed in prosecution of common object',
    ['149'],
  ),
  s('191(2)', 'बल्वा', 'Rioting', ['147']),
  s('191(3)', 'घातक आयुध से सज्जित होकर बल्वा करना', 'Rioting, armed with deadly weapon', ['148']),
  s('194(2)', 'दंगा (सार्वजनिक स्थान पर लड़कर शांति भंग करना)', 'Affray', ['160']),
  s(
    '196',
    'धर्म, मूलवंश, जन्म-स्थान, निवास, भाषा आदि के आधारों पर विभिन्न समूहों के बीच शत्रुता का संप्रवर्तन',
    'Promoting enmity between different groups on grounds of religion, race, place of birth, residence, language, etc.',
    ['153A'],
  ),
  s('221', 'लोक सेवक के लोक कृत्यों के निर्वहन में बाधा डालना', 'Obstructing public servant in discharge of public functions', ['186']),
  s('223', 'लोक सेवक द्वारा सम्यक् रूप से प्रख्यापित आदेश की अवज्ञा', 'Disobedience to order duly promulgated by public servant', ['188']),
  s(
    '226',
    'विधिपूर्ण शक्ति के प्रयोग को विवश करने या रोकने के लिए आत्महत्या करने का प्रयत्न',
    'Attempt to commit suicide to compel or restrain exercise of lawful power',
  ),
  s(
    '238',
    'अपराध के साक्ष्य का विलोपन या अपराधी को प्रतिच्छादित करने के लिए मिथ्या इत्तिला देना',
    'Causing disappearance of evidence of offence, or giving false information to screen offender',
    ['201'],
  ),
  // Public health, safety, decency, religion
  s('270', 'लोक न्यूसेंस', 'Public nuisance', ['268']),
  s('281', 'लोक मार्ग पर उतावलेपन से वाहन चलाना या सवारी करना', 'Rash driving or riding on a public way', ['279']),
  s('292', 'अन्यथा अनुपबंधित मामलों में लोक न्यूसेंस के लिए दंड', 'Punishment for public nuisance in cases not otherwise provided for', ['290']),
  s('296', 'अश्लील कार्य और गाने', 'Obscene acts and songs', ['294']),
  s(
    '299',
    'किसी वर्ग के धर्म या धार्मिक विश्वासों का अपमान करके उसकी धार्मिक भावनाओं को आहत करने के आशय से किए गए विमर्शित और विद्वेषपूर्ण कार्य',
    'Deliberate and malicious acts intended to outrage religious feelings of any class by insulting its religion or religious beliefs',
    ['295A'],
  ),
  // Property
  s('303(2)', 'चोरी', 'Theft', ['379']),
  s('304(2)', 'छीनना (झपटमारी)', 'Snatching'),
  s(
    '305',
    'निवास-गृह, परिवहन के साधन या पूजा स्थल आदि में चोरी',
    'Theft in a dwelling house, or means of transportation or place of worship, etc.',
    ['380'],
  ),
  s('306', 'लिपिक या सेवक द्वारा स्वामी के कब्जे की संपत्ति की चोरी', 'Theft by clerk or servant of property in possession of master', ['381']),
  s('308(2)', 'उद्दापन', 'Extortion', ['384']),
  s('309(4)', 'लूट', 'Robbery', ['392']),
  s('309(6)', 'लूट करने में स्वेच्छया उपहति कारित करना', 'Voluntarily causing hurt in committing robbery', ['394']),
  s('310(2)', 'डकैती', 'Dacoity', ['395']),
  s('310(3)', 'हत्या सहित डकैती', 'Dacoity with murder', ['396']),
  s('310(4)', 'डकैती करने के लिए तैयारी करना', 'Making preparation to commit dacoity', ['399']),
  s('310(5)', 'डकैती करने के प्रयोजन से एकत्रित होना', 'Assembling for purpose of committing dacoity', ['402']),
  s('311', 'मृत्यु या घोर उपहति कारित करने के प्रयत्न के साथ लूट या डकैती', 'Robbery or dacoity with attempt to cause death or grievous hurt', [
    '397',
  ]),
  s('312', 'घातक आयुध से सज्जित होकर लूट या डकैती करने का प्रयत्न', 'Attempt to commit robbery or dacoity when armed with deadly weapon', ['398']),
  s('314', 'संपत्ति का बेईमानी से दुर्विनियोग', 'Dishonest misappropriation of property', ['403']),
  s('316(2)', 'आपराधिक न्यासभंग', 'Criminal breach of trust', ['406']),
  s(
    '316(5)',
    'लोक सेवक, बैंकर, व्यापारी या अभिकर्ता द्वारा आपराधिक न्यासभंग',
    'Criminal breach of trust by public servant, or by banker, merchant or agent',
    ['409'],
  ),
  s('317(2)', 'चुराई हुई संपत्ति को बेईमानी से प्राप्त करना', 'Dishonestly receiving stolen property', ['411']),
  s('318(2)', 'छल', 'Cheating', ['417']),
  s('318(4)', 'छल करना और संपत्ति परिदत्त करने के लिए बेईमानी से उत्प्रेरित करना', 'Cheating and dishonestly inducing delivery of property', ['420']),
  s('319(2)', 'प्रतिरूपण द्वारा छल', 'Cheating by personation', ['419']),
  s('324(2)', 'रिष्टि', 'Mischief', ['426']),
  s(
    '324(4)',
    'रिष्टि, जिससे बीस हजार रुपये या अधिक किंतु एक लाख रुपये से कम की हानि या नुकसान हो',
    'Mischief causing loss or damage of twenty thousand rupees or more but less than one lakh rupees',
    ['427'],
  ),
  s('326', 'क्षति, जलप्लावन, अग्नि या विस्फोटक पदार्थ आदि द्वारा रिष्टि', 'Mischief by injury, inundation, fire or explosive substance, etc.'),
  s('329(3)', 'आपराधिक अतिचार', 'Criminal trespass', ['447']),
  s('329(4)', 'गृह-अतिचार', 'House-trespass', ['448']),
  s(
    '331(3)',
    'कारावास से दंडनीय अपराध करने के लिए प्रच्छन्न गृह-अतिचार या गृह-भेदन',
    'Lurking house-trespass or house-breaking in order to commit offence punishable with imprisonment',
    ['454'],
  ),
  s(
    '331(4)',
    'कारावास से दंडनीय अपराध करने के लिए रात्रौ प्रच्छन्न गृह-अतिचार या रात्रौ गृह-भेदन',
    'Lurking house-trespass or house-breaking by night in order to commit offence punishable with imprisonment',
    ['457'],
  ),
  s(
    '333',
    'उपहति, हमला या सदोष अवरोध की तैयारी के पश्चात गृह-अतिचार',
    'House-trespass after preparation for hurt, assault or wrongful restraint',
    ['452'],
  ),
  // Documents
  s('336(2)', 'कूटरचना', 'Forgery', ['465']),
  s('336(3)', 'छल के प्रयोजन से कूटरचना', 'Forgery for purpose of cheating', ['468']),
  s('338', 'मूल्यवान प्रतिभूति, वसीयत इत्यादि की कूटरचना', 'Forgery of valuable security, will, etc.', ['467']),
  s('340(2)', 'कूटरचित दस्तावेज या इलेक्ट्रॉनिक अभिलेख को असली के रूप में उपयोग में लाना', 'Using as genuine a forged document or electronic record', [
    '471',
  ]),
  // Intimidation, insult, defamation
  s('351(2)', 'आपराधिक अभित्रास', 'Criminal intimidation', ['506']),
  s(
    '351(3)',
    'जान से मारने या घोर उपहति आदि की धमकी द्वारा आपराधिक अभित्रास',
    'Criminal intimidation by threat to cause death or grievous hurt, etc.',
    ['506'],
  ),
  s('351(4)', 'अनाम संसूचना द्वारा आपराधिक अभित्रास', 'Criminal intimidation by anonymous communication', ['507']),
  s('352', 'शांति भंग कराने को प्रकोपित करने के आशय से साशय अपमान', 'Intentional insult with intent to provoke breach of peace', ['504']),
  s('353', 'लोक रिष्टिकारक वक्तव्य', 'Statements conducing to public mischief', ['505']),
  s('356(2)', 'मानहानि', 'Defamation', ['500']),
];

/**
 * Everyday words (as complainants and munshis write them) that should find a section, in addition
 * to its titles. Kept apart from the titles so the titles stay the legal headings.
 */
const KEYWORDS: Record<string, string> = {
  '3(5)': 'सामान्य आशय common intention',
  '61(2)': 'साजिश षड्यंत्र conspiracy',
  '64(1)': 'बलात्कार दुष्कर्म rape',
  '64(2)': 'बलात्कार दुष्कर्म rape',
  '65(1)': 'बलात्कार दुष्कर्म नाबालिग rape minor',
  '65(2)': 'बलात्कार दुष्कर्म नाबालिग rape minor',
  '69': 'शादी का झांसा विवाह का झांसा दुष्कर्म promise marriage',
  '70(1)': 'सामूहिक बलात्कार सामूहिक दुष्कर्म गैंगरेप gang rape',
  '72': 'पीड़िता की पहचान नाम उजागर victim identity',
  '74': 'छेड़छाड़ छेड़खानी molestation outraging modesty',
  '75': 'यौन उत्पीड़न छेड़छाड़ sexual harassment',
  '76': 'कपड़े फाड़ना निर्वस्त्र disrobe',
  '77': 'तांक-झांक वीडियो बनाना voyeurism',
  '78': 'पीछा करना stalking',
  '79': 'अश्लील इशारे फब्तियां छींटाकशी eve teasing insult modesty',
  '80(2)': 'दहेज हत्या दहेज मृत्यु dowry death',
  '82(1)': 'दूसरी शादी bigamy',
  '84': 'विवाहित स्त्री भगा ले जाना',
  '85': 'दहेज उत्पीड़न ससुराल प्रताड़ना मारपीट पति क्रूरता dowry harassment cruelty 498A',
  '87': 'अपहरण भगा ले जाना शादी के लिए abduction kidnapping marriage',
  '96': 'नाबालिग लड़की procuration minor girl',
  '103(1)': 'हत्या कत्ल मर्डर murder',
  '103(2)': 'मॉब लिंचिंग भीड़ द्वारा हत्या mob lynching',
  '105': 'गैर इरादतन हत्या culpable homicide',
  '106(1)': 'लापरवाही से मौत दुर्घटना मृत्यु accident death negligence',
  '106(2)': 'हिट एंड रन सड़क दुर्घटना hit and run accident',
  '108': 'आत्महत्या के लिए उकसाना खुदकुशी suicide abetment',
  '109(1)': 'जानलेवा हमला हत्या का प्रयास हत्या की कोशिश गोली attempt murder firing',
  '110': 'गैर इरादतन हत्या का प्रयास',
  '111': 'संगठित अपराध गिरोह organised crime gang',
  '112': 'छोटे संगठित अपराध गिरोह petty organised crime',
  '113': 'आतंकवाद terrorism',
  '115(2)': 'मारपीट चोट पिटाई हमला मार पीट hurt assault beating',
  '117(2)': 'गंभीर चोट हड्डी टूटना फ्रैक्चर grievous hurt fracture',
  '118(1)': 'धारदार हथियार चाकू हथियार से चोट weapon knife',
  '118(2)': 'धारदार हथियार चाकू गंभीर चोट weapon knife grievous',
  '121(1)': 'पुलिस पर हमला सरकारी कर्मचारी पर हमला public servant',
  '123': 'नशीला पदार्थ खिलाकर जहर poison drugged',
  '124(1)': 'तेजाब एसिड हमला acid attack',
  '124(2)': 'तेजाब एसिड फेंकना acid attack',
  '125': 'लापरवाही दुर्घटना negligence accident',
  '125(a)': 'सड़क दुर्घटना चोट लापरवाही accident injury negligence',
  '125(b)': 'सड़क दुर्घटना गंभीर चोट लापरवाही accident grievous negligence',
  '126(2)': 'रास्ता रोकना रोकना restraint',
  '127(2)': 'बंधक बनाना कमरे में बंद confinement',
  '131': 'हमला धक्का-मुक्की assault criminal force',
  '132': 'पुलिस पर हमला सरकारी काम में बाधा assault public servant',
  '133': 'बेइज्जती अपमान dishonour',
  '137(2)': 'अपहरण गुमशुदा बहला-फुसलाकर ले जाना नाबालिग kidnapping minor',
  '139': 'भीख बच्चा begging child',
  '140(1)': 'अपहरण हत्या के लिए kidnapping murder',
  '140(2)': 'फिरौती अपहरण ransom kidnapping',
  '140(3)': 'अपहरण बंधक kidnapping confine',
  '143': 'मानव तस्करी human trafficking',
  '152': 'देशद्रोह राष्ट्रद्रोह sedition sovereignty',
  '189(2)': 'भीड़ जमावड़ा unlawful assembly',
  '189(4)': 'भीड़ हथियार unlawful assembly weapon',
  '190': 'सामान्य उद्देश्य common object',
  '191(2)': 'बलवा दंगा उपद्रव riot rioting',
  '191(3)': 'बलवा दंगा हथियार riot weapon',
  '194(2)': 'झगड़ा सार्वजनिक स्थान पर लड़ाई affray fight',
  '196': 'सांप्रदायिक वैमनस्य धार्मिक भड़काऊ communal enmity',
  '221': 'सरकारी काम में बाधा obstruction public servant',
  '223': 'आदेश का उल्लंघन निषेधाज्ञा उल्लंघन lockdown disobedience order',
  '226': 'आत्मदाह का प्रयास suicide attempt',
  '238': 'सबूत मिटाना साक्ष्य मिटाना शव छिपाना evidence disappearance',
  '270': 'लोक उपताप उपद्रव public nuisance',
  '281': 'तेज रफ्तार लापरवाही से वाहन चलाना rash driving',
  '292': 'लोक उपताप public nuisance',
  '296': 'अश्लील गाना अश्लील हरकत गाली-गलौज obscene',
  '299': 'धार्मिक भावनाएं आहत religious feelings',
  '303(2)': 'चोरी चोर मोबाइल चोरी बाइक चोरी theft stolen',
  '304(2)': 'छिनैती झपटमारी चेन स्नैचिंग मोबाइल छीनना snatching chain',
  '305': 'घर में चोरी मंदिर में चोरी वाहन चोरी theft house',
  '306': 'नौकर द्वारा चोरी servant theft',
  '308(2)': 'रंगदारी वसूली धमकी देकर पैसे extortion',
  '309(4)': 'लूट लूटपाट robbery loot',
  '309(6)': 'लूट मारपीट robbery hurt',
  '310(2)': 'डकैती dacoity',
  '310(3)': 'डकैती हत्या dacoity murder',
  '310(4)': 'डकैती की तैयारी dacoity preparation',
  '310(5)': 'डकैती की योजना dacoity assembling',
  '311': 'लूट डकैती robbery dacoity',
  '312': 'लूट डकैती हथियार robbery dacoity weapon',
  '314': 'बेईमानी हड़पना misappropriation',
  '316(2)': 'अमानत में खयानत गबन breach of trust embezzlement',
  '316(5)': 'गबन सरकारी कर्मचारी embezzlement',
  '317(2)': 'चोरी का माल बरामदगी stolen property recovery',
  '318(2)': 'धोखा cheating',
  '318(4)': 'धोखाधड़ी ठगी जालसाजी फ्रॉड ऑनलाइन ठगी साइबर ठगी 420 cheating fraud',
  '319(2)': 'फर्जी बनकर ठगी personation fraud',
  '324(2)': 'तोड़फोड़ नुकसान mischief damage',
  '324(4)': 'तोड़फोड़ नुकसान mischief damage',
  '326': 'आग लगाना आगजनी fire arson',
  '329(3)': 'अतिचार अवैध प्रवेश trespass',
  '329(4)': 'घर में घुसना house trespass',
  '331(3)': 'सेंधमारी नकबजनी house breaking',
  '331(4)': 'सेंधमारी नकबजनी रात में चोरी burglary house breaking night',
  '333': 'घर में घुसकर मारपीट house trespass assault',
  '336(2)': 'जालसाजी फर्जी दस्तावेज forgery',
  '336(3)': 'जालसाजी फर्जी दस्तावेज धोखाधड़ी forgery cheating',
  '338': 'फर्जी वसीयत जालसाजी forgery will',
  '340(2)': 'फर्जी दस्तावेज का उपयोग forged document',
  '351(2)': 'धमकी threat intimidation',
  '351(3)': 'जान से मारने की धमकी धमकी threat death intimidation',
  '351(4)': 'गुमनाम धमकी anonymous threat',
  '352': 'गाली गाली-गलौज गाली गलौज अपमान abuse insult',
  '353': 'अफवाह भड़काऊ rumour statement',
  '356(2)': 'मानहानि बदनामी defamation',
};

export const ACTS: ActInfo[] = [
  { key: 'BNS', hi: 'बीएनएस', en: 'BNS', hiFull: 'भारतीय न्याय संहिता, 2023', enFull: 'Bharatiya Nyaya Sanhita, 2023' },
  { key: 'IPC', hi: 'भादवि', en: 'IPC', hiFull: 'भारतीय दण्ड विधान (भारतीय दण्ड संहिता), 1860', enFull: 'Indian Penal Code, 1860' },
  {
    key: 'BNSS',
    hi: 'बीएनएसएस',
    en: 'BNSS',
    hiFull: 'भारतीय नागरिक सुरक्षा संहिता, 2023',
    enFull: 'Bharatiya Nagarik Suraksha Sanhita, 2023',
  },
  { key: 'CrPC', hi: 'सीआरपीसी', en: 'CrPC', hiFull: 'दण्ड प्रक्रिया संहिता, 1973', enFull: 'Code of Criminal Procedure, 1973' },
  { key: 'BSA', hi: 'बीएसए', en: 'BSA', hiFull: 'भारतीय साक्ष्य अधिनियम, 2023', enFull: 'Bharatiya Sakshya Adhiniyam, 2023' },
  {
    key: 'Evidence Act',
    hi: 'साक्ष्य अधिनियम',
    en: 'Evidence Act',
    hiFull: 'भारतीय साक्ष्य अधिनियम, 1872',
    enFull: 'Indian Evidence Act, 1872',
  },
  { key: 'Arms Act', hi: 'आयुध अधिनियम', en: 'Arms Act', hiFull: 'आयुध अधिनियम, 1959', enFull: 'Arms Act, 1959' },
  {
    key: 'SC/ST Act',
    hi: 'एससी/एसटी एक्ट',
    en: 'SC/ST Act',
    hiFull: 'अनुसूचित जाति और अनुसूचित जनजाति (अत्याचार निवारण) अधिनियम, 1989',
    enFull: 'Scheduled Castes and the Scheduled Tribes (Prevention of Atrocities) Act, 1989',
  },
  {
    key: 'POCSO Act',
    hi: 'पॉक्सो एक्ट',
    en: 'POCSO Act',
    hiFull: 'लैंगिक अपराधों से बालकों का संरक्षण अधिनियम, 2012',
    enFull: 'Protection of Children from Sexual Offences Act, 2012',
  },
  {
    key: 'NDPS Act',
    hi: 'एनडीपीएस एक्ट',
    en: 'NDPS Act',
    hiFull: 'स्वापक औषधि और मनःप्रभावी पदार्थ अधिनियम, 1985',
    enFull: 'Narcotic Drugs and Psychotropic Substances Act, 1985',
  },
  {
    key: 'Excise Act',
    hi: 'आबकारी अधिनियम',
    en: 'Excise Act',
    hiFull: 'संयुक्त प्रान्त आबकारी अधिनियम, 1910',
    enFull: 'United Provinces Excise Act, 1910',
  },
  {
    key: 'Gangster Act',
    hi: 'गैंगस्टर एक्ट',
    en: 'Gangster Act',
    hiFull: 'उत्तर प्रदेश गिरोहबन्द एवं समाज विरोधी क्रियाकलाप (निवारण) अधिनियम, 1986',
    enFull: 'U.P. Gangsters and Anti-Social Activities (Prevention) Act, 1986',
  },
  {
    key: 'Goonda Act',
    hi: 'गुण्डा अधिनियम',
    en: 'Goonda Act',
    hiFull: 'उत्तर प्रदेश गुण्डा नियंत्रण अधिनियम, 1970',
    enFull: 'U.P. Control of Goondas Act, 1970',
  },
  {
    key: 'Gau Vadh Act',
    hi: 'गोवध निवारण अधिनियम',
    en: 'Gau Vadh Act',
    hiFull: 'उत्तर प्रदेश गोवध निवारण अधिनियम, 1955',
    enFull: 'U.P. Prevention of Cow Slaughter Act, 1955',
  },
  { key: 'MV Act', hi: 'एमवी एक्ट', en: 'MV Act', hiFull: 'मोटर यान अधिनियम, 1988', enFull: 'Motor Vehicles Act, 1988' },
  { key: 'IT Act', hi: 'आईटी एक्ट', en: 'IT Act', hiFull: 'सूचना प्रौद्योगिकी अधिनियम, 2000', enFull: 'Information Technology Act, 2000' },
  {
    key: 'Dowry Prohibition Act',
    hi: 'दहेज प्रतिषेध अधिनियम',
    en: 'Dowry Prohibition Act',
    hiFull: 'दहेज प्रतिषेध अधिनियम, 1961',
    enFull: 'Dowry Prohibition Act, 1961',
  },
  { key: 'Gambling Act', hi: 'जुआ अधिनियम', en: 'Gambling Act', hiFull: 'सार्वजनिक द्यूत अधिनियम, 1867', enFull: 'Public Gambling Act, 1867' },
  {
    key: 'Explosive Substances Act',
    hi: 'विस्फोटक पदार्थ अधिनियम',
    en: 'Explosive Substances Act',
    hiFull: 'विस्फोटक पदार्थ अधिनियम, 1908',
    enFull: 'Explosive Substances Act, 1908',
  },
  {
    key: 'Animal Cruelty Act',
    hi: 'पशु क्रूरता निवारण अधिनियम',
    en: 'Prevention of Cruelty to Animals Act',
    hiFull: 'पशुओं के प्रति क्रूरता का निवारण अधिनियम, 1960',
    enFull: 'Prevention of Cruelty to Animals Act, 1960',
  },
  {
    key: 'Public Property Damage Act',
    hi: 'लोक संपत्ति नुकसान निवारण अधिनियम',
    en: 'Prevention of Damage to Public Property Act',
    hiFull: 'लोक संपत्ति नुकसान निवारण अधिनियम, 1984',
    enFull: 'Prevention of Damage to Public Property Act, 1984',
  },
  {
    key: 'JJ Act',
    hi: 'किशोर न्याय अधिनियम',
    en: 'JJ Act',
    hiFull: 'किशोर न्याय (बालकों की देखरेख और संरक्षण) अधिनियम, 2015',
    enFull: 'Juvenile Justice (Care and Protection of Children) Act, 2015',
  },
  {
    key: 'UP Conversion Act',
    hi: 'उ0प्र0 विधि विरुद्ध धर्म संपरिवर्तन प्रतिषेध अधिनियम',
    en: 'UP Unlawful Religious Conversion Act',
    hiFull: 'उत्तर प्रदेश विधि विरुद्ध धर्म संपरिवर्तन प्रतिषेध अधिनियम, 2021',
    enFull: 'U.P. Prohibition of Unlawful Conversion of Religion Act, 2021',
  },
];

// ---------------------------------------------------------------------------------------------
// Section numbers

const DEV_DIGITS = /[\u0966-\u096F]/g;
/** Hindi letters used as section suffixes (498ए, 304बी, 376डी, 376एबी). */
const HINDI_SUFFIX: [RegExp, string][] = [
  [/बी/g, 'B'],
  [/सी/g, 'C'],
  [/डी/g, 'D'],
  [/ई/g, 'E'],
  [/ए/g, 'A'],
];

/**
 * '115 (2)' -> '115(2)', ' 3/25 ' -> '3/25', '498a' -> '498A', '304बी' -> '304B', '125 (A)' -> '125(a)',
 * '3(2)(VA)' -> '3(2)(va)'. Letters right after a number (section suffixes) are upper case, clause
 * letters inside brackets lower case. A leading 'धारा', 'section', 'sec.', 'u/s' is dropped.
 */
export function normaliseSection(s: string): string {
  let t = s
    .normalize('NFC')
    .trim()
    .replace(DEV_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0x0966 + 48))
    .replace(/^(?:धारा|धाराएं|धारायें|u\/s|sections?|sec\.?|s\.)\s*/i, '')
    .replace(/[\s\u00A0]+/g, '')
    .replace(/[（［[{]/g, '(')
    .replace(/[）］\]}]/g, ')')
    .replace(/\.+$/, '');
  if (/[\u0900-\u097F]/.test(t)) for (const [re, l] of HINDI_SUFFIX) t = t.replace(re, l);
  let depth = 0;
  let out = '';
  for (const ch of t) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    out += depth > 0 ? ch.toLowerCase() : ch.toUpperCase();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Acts

const actAliases = new Map<string, ActInfo>();
const aliasKey = (x: string) =>
  x
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s.,()0-9]+/g, '');
for (const a of ACTS) for (const name of [a.key, a.hi, a.en, a.hiFull, a.enFull]) actAliases.set(aliasKey(name), a);
for (const [alias, key] of [
  ['भा.द.वि', 'IPC'],
  ['भादंवि', 'IPC'],
  ['भा0द0वि0', 'IPC'],
  ['आईपीसी', 'IPC'],
  ['भारतीय दंड संहिता', 'IPC'],
  ['बी.एन.एस', 'BNS'],
  ['भा.न्या.सं', 'BNS'],
  ['भारतीय न्याय संहिता', 'BNS'],
  ['arms', 'Arms Act'],
  ['आर्म्स एक्ट', 'Arms Act'],
  ['शस्त्र अधिनियम', 'Arms Act'],
  ['sc/st', 'SC/ST Act'],
  ['scst act', 'SC/ST Act'],
  ['एससी एसटी एक्ट', 'SC/ST Act'],
  ['pocso', 'POCSO Act'],
  ['पाक्सो एक्ट', 'POCSO Act'],
  ['पोक्सो एक्ट', 'POCSO Act'],
  ['ndps', 'NDPS Act'],
  ['excise', 'Excise Act'],
  ['आबकारी एक्ट', 'Excise Act'],
  ['gangster', 'Gangster Act'],
  ['गैंगेस्टर एक्ट', 'Gangster Act'],
  ['गिरोहबन्द अधिनियम', 'Gangster Act'],
  ['goonda', 'Goonda Act'],
  ['गुंडा एक्ट', 'Goonda Act'],
  ['gauvadh', 'Gau Vadh Act'],
  ['cow slaughter act', 'Gau Vadh Act'],
  ['गौवध निवारण अधिनियम', 'Gau Vadh Act'],
  ['गोवध अधिनियम', 'Gau Vadh Act'],
  ['mv', 'MV Act'],
  ['motor vehicles act', 'MV Act'],
  ['एम.वी. एक्ट', 'MV Act'],
  ['मोटर वाहन अधिनियम', 'MV Act'],
  ['it', 'IT Act'],
  ['आई.टी. एक्ट', 'IT Act'],
  ['आईटी अधिनियम', 'IT Act'],
  ['dowry act', 'Dowry Prohibition Act'],
  ['dp act', 'Dowry Prohibition Act'],
  ['दहेज अधिनियम', 'Dowry Prohibition Act'],
  ['दहेज प्रतिषेध एक्ट', 'Dowry Prohibition Act'],
  ['gambling', 'Gambling Act'],
  ['जुआ एक्ट', 'Gambling Act'],
  ['द्यूत अधिनियम', 'Gambling Act'],
] as const) {
  const a = ACTS.find((x) => x.key === key);
  if (a) actAliases.set(aliasKey(alias), a);
}

/** The catalog entry for an act written any common way ('IPC', 'भादवि', 'Arms Act', 'आयुध अधिनियम' ...). */
export function findAct(act: string): ActInfo | undefined {
  return actAliases.get(aliasKey(act));
}

/**
 * UP style, grouped by act in order of first appearance, sections in the order given (duplicates
 * dropped): "115(2), 352, 351(3) बीएनएस व 3/25 आयुध अधिनियम";
 * English: "115(2), 352, 351(3) BNS & 3/25 Arms Act". An act not in the catalog is written as given.
 */
export function formatSections(sections: { act: string; section: string }[], lang: 'hi' | 'en'): string {
  const groups = new Map<string, { label: string; secs: string[] }>();
  for (const { act, section } of sections) {
    const sec = normaliseSection(section);
    if (!sec) continue;
    const info = findAct(act);
    const gk = info ? info.key : act.trim();
    let g = groups.get(gk);
    if (!g) {
      g = { label: info ? (lang === 'hi' ? info.hi : info.en) : act.trim(), secs: [] };
      groups.set(gk, g);
    }
    if (!g.secs.includes(sec)) g.secs.push(sec);
  }
  const parts = [...groups.values()].map((g) => (g.label ? `${g.secs.join(', ')} ${g.label}` : g.secs.join(', ')));
  if (parts.length <= 1) return parts[0] ?? '';
  const and = lang === 'hi' ? ' व ' : ' & ';
  return `${parts.slice(0, -1).join(', ')}${and}${parts[parts.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------
// Lookup

const SECTION_Q = /^\d+[A-Z]*(\([0-9a-z]+\))*$/;

interface Indexed {
  info: SectionInfo;
  text: string;
  keys: Set<string>;
  order: number;
}

let index: Indexed[] | undefined;
function getIndex(): Indexed[] {
  if (!index) {
    index = BNS_SECTIONS.map((info, order) => {
      const text = `${info.titleHi} ${info.titleEn} ${KEYWORDS[info.section] ?? ''}`.normalize('NFC').toLowerCase();
      const keys = new Set(
        splitWords(text)
          .map((w) => phoneticKey(w))
          .filter((k) => k.length >= 2),
      );
      return { info, text, keys, order };
    });
  }
  return index;
}

const matchesNumber = (have: string, q: string) => have === q || have.startsWith(`${q}(`);

/**
 * Sections for a picker query: a BNS number ('115', '115(2)', '305(a)'), an old IPC number ('323',
 * '498A', 'IPC 420', 'भादवि 420'), or title / everyday words in Hindi or English ('चोरी', 'theft',
 * 'जान से मारने की धमकी'), spelling-tolerant through phonetic keys ('chori', 'marpeet').
 * Best matches first: BNS number, then IPC number, then words.
 */
export function findSections(q: string): SectionInfo[] {
  let text = q.normalize('NFC').trim();
  if (!text) return [];
  // an act named in the query restricts a number lookup to that act
  let only: 'BNS' | 'IPC' | undefined;
  const words = text.split(/\s+/);
  const rest: string[] = [];
  for (const w of words) {
    const a = findAct(w.replace(/^धारा$/, ''));
    if (a && (a.key === 'BNS' || a.key === 'IPC')) only = a.key;
    else if (!/^(?:धारा|u\/s|sections?|sec\.?)$/i.test(w)) rest.push(w);
  }
  text = rest.join(' ');
  if (!text) return [];
  const idx = getIndex();
  const num = normaliseSection(text);
  if (SECTION_Q.test(num)) {
    const base = num.replace(/\(.*$/, '');
    const bns = only === 'IPC' ? [] : idx.filter((e) => matchesNumber(e.info.section, num));
    const bnsBase = only === 'IPC' || bns.length ? [] : idx.filter((e) => matchesNumber(e.info.section, base));
    const ipc = only === 'BNS' ? [] : idx.filter((e) => e.info.ipc?.some((i) => matchesNumber(i, num)));
    const seen = new Set<Indexed>();
    return [...bns, ...bnsBase, ...ipc].filter((e) => !seen.has(e) && !!seen.add(e)).map((e) => e.info);
  }
  const qWords = splitWords(text.toLowerCase()).filter((w) => w.length > 1 || /[\u0900-\u097F]/.test(w));
  if (!qWords.length) return [];
  const scored: { e: Indexed; score: number }[] = [];
  for (const e of idx) {
    let score = 0;
    let all = true;
    for (const w of qWords) {
      if (e.text.includes(w)) {
        score += e.info.titleHi.toLowerCase().includes(w) || e.info.titleEn.toLowerCase().includes(w) ? 3 : 2;
        continue;
      }
      const k = phoneticKey(w);
      if (k.length >= 2 && e.keys.has(k)) {
        score += 1;
        continue;
      }
      all = false;
      break;
    }
    if (all) scored.push({ e, score });
  }
  scored.sort((a, b) => b.score - a.score || a.e.order - b.e.order);
  return scored.map((x) => x.e.info);
}

/** The catalog entry for a BNS section number written any common way, or undefined. */
export function getSection(section: string): SectionInfo | undefined {
  const n = normaliseSection(section);
  return BNS_SECTIONS.find((x) => x.section === n);
}
