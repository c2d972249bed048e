import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { clearPhoneticCache, isDevanagari, keysMatchQuery, phoneticKey, phoneticKeys, queryKeys, splitWords } from './phonetic';

/** Each row: spellings of one name (or name part) as they turn up in UP registers and WhatsApp. */
const SAME: string[][] = [
  ['ayush', 'Aayush', 'आयुष', 'AYUSH'],
  ['chaudhary', 'Choudhary', 'चौधरी', 'Chaudhari', 'Chaudhry', 'Chowdhary'],
  ['रामप्रीत', 'Rampreet', 'Ramprit'],
  ['यादव', 'Yadav', 'YADAV'],
  ['सुरेश', 'Suresh'],
  ['निषाद', 'Nishad', 'Nishaad'],
  ['मोहम्मद', 'Mohammad', 'Mohd', 'Md', 'Mohammed', 'Muhammad', 'मो0', 'मुहम्मद'],
  ['आरिफ', 'Arif', 'Aarif'],
  ['सिंह', 'Singh', 'Sing'],
  ['जायसवाल', 'Jaiswal', 'Jayswal'],
  ['रहमान', 'रेहमान', 'Rahman', 'Rehman'],
  ['संजय', 'Sanjay', 'Sanjai'],
  ['पाण्डेय', 'पांडे', 'Pandey', 'Pande', 'Panday'],
  ['श्रीवास्तव', 'Srivastava', 'Shrivastav', 'Srivastav'],
  ['कुशवाहा', 'Kushwaha', 'Kushvaha'],
  ['क़ुरैशी', 'कुरैशी', 'Qureshi', 'Quraishi', 'Kureshi'],
  ['सिद्दीकी', 'Siddiqui', 'Siddiqi'],
  ['ज्ञानेंद्र', 'Gyanendra'],
  ['लक्ष्मी', 'Laxmi', 'Lakshmi'],
  ['कृष्ण', 'Krishna', 'Krishan'],
  ['किशोर', 'Kishore', 'Kishor'],
  ['देवेन्द्र', 'देवेंद्र', 'Devendra', 'Devender'],
  ['प्रियंका', 'Priyanka', 'Prianka'],
  ['रज़िया', 'रजिया', 'Razia', 'Raziya'],
  ['इमरान', 'Imran'],
  ['राय', 'Rai', 'Ray'],
  ['आँचल', 'Anchal', 'Aanchal'],
  ['मौर्य', 'Maurya', 'Mourya'],
  ['ठाकुर', 'Thakur'],
  ['राठौर', 'Rathore', 'Rathaur', 'Rathor'],
  ['मिश्र', 'मिश्रा', 'Mishra', 'Misra'],
  ['वर्मा', 'Verma', 'Varma'],
  ['तिवारी', 'Tiwari', 'Tiwary', 'Tewari'],
  ['त्रिपाठी', 'Tripathi', 'Tripati'],
  ['द्विवेदी', 'Dwivedi'],
  ['दुबे', 'Dubey', 'Dube'],
  ['विश्वकर्मा', 'Vishwakarma', 'Vishvakarma'],
  ['गौतम', 'Gautam', 'Goutam', 'Gotam'],
  ['कन्नौजिया', 'Kannaujia', 'Kanaujiya'],
  ['ख़ान', 'खान', 'Khan'],
  ['शेख़', 'Shaikh', 'Sheikh', 'Shekh'],
  ['फ़ातिमा', 'फातिमा', 'Fatima'],
  ['नसरीन', 'Nasreen', 'Nasrin'],
  ['पूनम', 'Poonam', 'Punam'],
  ['गीता', 'Geeta', 'Gita'],
  ['अग्रवाल', 'Agarwal', 'Agrawal', 'Aggarwal'],
  ['भारद्वाज', 'Bhardwaj', 'Bharadwaj'],
  ['ज़ैदी', 'Zaidi', 'Jaidi'],
  ['रिज़वी', 'Rizvi', 'Rizwi'],
  ['चौहान', 'Chauhan', 'Chouhan'],
  ['केवट', 'Kewat', 'Kevat'],
  ['लोधी', 'Lodhi', 'Lodi'],
  ['शैलेश', 'Shailesh'],
  ['कौशल', 'Kaushal', 'Koushal'],
  ['विकास', 'Vikas', 'Vikash'],
  ['नीरज', 'Neeraj', 'Niraj'],
  ['दीपक', 'Deepak', 'Dipak'],
  ['पप्पू', 'Pappu'],
  ['घनश्याम', 'Ghanshyam'],
  ['रजनीश', 'Rajneesh', 'Rajnish'],
  ['सुरेन्द्र', 'Surendra', 'Surender'],
  ['इंद्रजीत', 'Indrajeet', 'Inderjeet'],
  ['परवेज़', 'Parvez', 'Pervez'],
  ['ओमप्रकाश', 'Omprakash'],
  ['चंद्र', 'Chandra', 'Chander'],
  ['सूर्य', 'Surya'],
  ['आदित्य', 'Aditya'],
  ['प्रजापति', 'Prajapati'],
  ['राजभर', 'Rajbhar'],
  ['अंसारी', 'Ansari'],
  ['सक्सेना', 'Saxena'],
  ['Rām', 'ram', 'Ram', 'राम'],
  ['कुमार', 'Kumar', 'Kr'],
];

/** Different names that must keep different keys. */
const DIFFERENT: [string, string][] = [
  ['chaudhary', 'chadar'],
  ['चौधरी', 'चादर'],
  ['sita', 'gita'],
  ['mohan', 'sohan'],
  ['mohan', 'mahan'],
  ['rakesh', 'mukesh'],
  ['mukesh', 'mahesh'],
  ['suresh', 'naresh'],
  ['anil', 'sunil'],
  ['ajay', 'vijay'],
  ['rahul', 'rohit'],
  ['sharma', 'verma'],
  ['gupta', 'gautam'],
  ['singh', 'sinha'],
  ['kumar', 'kumari'],
  ['devi', 'dev'],
  ['prasad', 'pramod'],
  ['patel', 'patil'],
  ['kamal', 'komal'],
  ['nisha', 'nishad'],
  ['सुनीता', 'सुनील'],
  ['राजू', 'राजा'],
  ['sanjay', 'sanjeev'],
  ['mishra', 'mehra'],
  ['yadav', 'jadav'],
  ['rekha', 'rakhi'],
  ['ali', 'alam'],
  ['sonu', 'sunny'],
  ['manoj', 'manish'],
  ['आरिफ', 'आरिज़'],
  ['अनीता', 'अंकिता'],
  ['निषाद', 'निशा'],
];

describe('phoneticKey', () => {
  it.each(SAME.map((row) => [row.join(' / '), row] as const))('matches %s', (_label, row) => {
    const keys = row.map((w) => phoneticKey(w));
    expect(new Set(keys).size, `${row.map((w, i) => `${w}=${keys[i]}`).join(', ')}`).toBe(1);
    expect(keys[0]).toMatch(/^[a-z0-9]+$/);
  });

  it('has at least 40 positive rows and 20 negative pairs', () => {
    expect(SAME.length).toBeGreaterThanOrEqual(40);
    expect(DIFFERENT.length).toBeGreaterThanOrEqual(20);
  });

  it.each(DIFFERENT)('keeps %s apart from %s', (a, b) => {
    expect(phoneticKey(a)).not.toBe(phoneticKey(b));
  });

  it('gives the documented examples', () => {
    expect(phoneticKey('चौधरी')).toBe('codri');
    expect(phoneticKey('ayush')).toBe('ayus');
    expect(phoneticKey('chadar')).toBe('cdr');
  });

  it('only ever returns lowercase ASCII letters and digits', () => {
    for (const w of ['ज्ञ', 'क़', 'ड़', 'ँ', 'ऽ', 'ॐ', '्', 'Ünal', 'Çelik', '१२३', 'ab12', 'मु0अ0सं0', '\u200d', 'x']) {
      expect(phoneticKey(w)).toMatch(/^[a-z0-9]*$/);
    }
    expect(phoneticKey('')).toBe('');
    expect(phoneticKey('...')).toBe('');
    expect(phoneticKey('९८७६५४३२१०')).toBe('9876543210');
    expect(phoneticKey('9876543210')).toBe('9876543210');
  });

  it('treats decomposed and precomposed nukta alike', () => {
    expect(phoneticKey('\u091c\u093c\u0948\u0926\u0940')).toBe(phoneticKey('\u095b\u0948\u0926\u0940'));
    expect(phoneticKey('\u095b\u0948\u0926\u0940'.normalize('NFC'))).toBe(phoneticKey('Zaidi'));
  });
});

describe('isDevanagari', () => {
  it('detects Devanagari anywhere in the string', () => {
    expect(isDevanagari('राम')).toBe(true);
    expect(isDevanagari('ram')).toBe(false);
    expect(isDevanagari('ram राम')).toBe(true);
    expect(isDevanagari('')).toBe(false);
  });
});

describe('phoneticKeys / queryKeys', () => {
  it('splits Devanagari words whole (vowel signs, virama, nukta) and Latin words on punctuation', () => {
    expect(splitWords('रामप्रीत यादव, पुत्र ज़ाकिर; Ram-Prit.Yadav 9876')).toEqual([
      'रामप्रीत',
      'यादव',
      'पुत्र',
      'ज़ाकिर',
      'Ram',
      'Prit',
      'Yadav',
      '9876',
    ]);
    expect(splitWords('मु0अ0सं0 701/2025 धारा 115(2)।')).toEqual(['मु0अ0सं0', '701', '2025', 'धारा', '115', '2']);
  });

  it('dedupes keys and adds the keys of neighbouring words written together', () => {
    expect(phoneticKeys('Ram Preet Yadav', { joinAdjacent: false })).toEqual(['rm', 'prit', 'ydv']);
    const keys = phoneticKeys('Ram Preet Yadav');
    expect(keys).toContain(phoneticKey('Rampreet'));
    expect(phoneticKeys('यादव Yadav yadav YADAV', { joinAdjacent: false })).toEqual(['ydv']);
    // words of different scripts are never joined
    expect(phoneticKeys('राम Prit')).toEqual(['rm', 'prit']);
  });

  it('gives one key per query word', () => {
    expect(queryKeys('Aayush Choudhary')).toEqual(['ayus', 'codri']);
    expect(queryKeys('  ')).toEqual([]);
    expect(queryKeys('Mohd. Arif')).toEqual([phoneticKey('मोहम्मद'), phoneticKey('आरिफ')]);
  });
});

describe('FTS5 round trip with the app tokenizer', () => {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE t USING fts5(name, name_keys, tokenize = "unicode61 categories 'L* N* Co M*'")`);
  const people = ['आयुष चौधरी', 'रामप्रीत यादव', 'Ram Preet Yadav', 'सुरेश निषाद', 'मोहम्मद आरिफ', 'Kallu Chadar', 'रामू प्रजापति'];
  const ins = db.prepare('INSERT INTO t (rowid, name, name_keys) VALUES (?, ?, ?)');
  people.forEach((p, i) => ins.run(i + 1, p, phoneticKeys(p).join(' ')));
  const find = (q: string) =>
    (
      db.prepare('SELECT name FROM t WHERE t MATCH ? ORDER BY rowid').all(keysMatchQuery(q, { column: 'name_keys' })) as { name: string }[]
    ).map((r) => r.name);

  it('finds names across scripts and spellings', () => {
    expect(find('ayush chaudhary')).toEqual(['आयुष चौधरी']);
    expect(find('Aayush Choudhary')).toEqual(['आयुष चौधरी']);
    expect(find('Ayush Chaudhari')).toEqual(['आयुष चौधरी']);
    expect(find('Suresh Nishad')).toEqual(['सुरेश निषाद']);
    expect(find('Mohd. Arif')).toEqual(['मोहम्मद आरिफ']);
    expect(find('Rampreet Yadav')).toEqual(['रामप्रीत यादव', 'Ram Preet Yadav']);
    expect(find('Ram Prit Yadav')).toEqual(['रामप्रीत यादव', 'Ram Preet Yadav']);
    expect(find('chadar')).toEqual(['Kallu Chadar']);
  });

  it('supports a prefix query for the last word', () => {
    const q = keysMatchQuery('Suresh Nis', { column: 'name_keys', prefix: true });
    expect((db.prepare('SELECT name FROM t WHERE t MATCH ?').all(q) as { name: string }[]).map((r) => r.name)).toEqual(['सुरेश निषाद']);
    expect(keysMatchQuery('')).toBe('');
  });
});

describe('speed', () => {
  // A realistic stream: names, Hindi and Hinglish message words, numbers.
  const vocab = [
    ...SAME.flat(),
    ...DIFFERENT.flat(),
    ...'थाना गगहा ग्राम पुत्र निवासी जनपद गोरखपुर मारपीट गाली गलौज धमकी शिकायत प्रार्थना पत्र दिनांक समय साहब कृपया कार्यवाही करें पुलिस चौकी'.split(
      ' ',
    ),
    ...'sir please help meri zameen par kabza kar liya hai video bhej raha hoon thana gagaha village ke log maar peet kiye 9838012345'.split(
      ' ',
    ),
  ];
  const stream: string[] = [];
  for (let i = 0; i < 200_000; i++) stream.push(vocab[(i * 7919) % vocab.length]);
  /** Distinct made-up words from syllables, so that nothing comes from the cache. */
  const distinct = (syl: string[], n: number) => {
    const out = new Set<string>();
    let x = 12345;
    for (let i = 0; out.size < n; i++) {
      let w = '';
      for (let j = 0; j < 2 + (i % 3); j++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        w += syl[x % syl.length];
      }
      out.add(
        w + syl[i % syl.length] + syl[Math.floor(i / syl.length) % syl.length] + syl[Math.floor(i / syl.length / syl.length) % syl.length],
      );
    }
    return [...out];
  };
  const rate = (words: string[]) => {
    clearPhoneticCache();
    const t = performance.now();
    for (const w of words) phoneticKey(w);
    return words.length / ((performance.now() - t) / 1000);
  };
  const fmt = (r: number) => `${Math.round(r).toLocaleString('en')} words/s`;

  it('keys 200,000 words fast', () => {
    const dev = distinct(['क', 'रा', 'मी', 'सु', 'नो', 'षा', 'दे', 'लु', 'प्र', 'श्री', 'ज़', 'व', 'ह', 'यं', 'त्य', 'चौ', 'धरी', 'ल्ल'], 50_000);
    const lat = distinct(
      ['ka', 'raa', 'mee', 'su', 'no', 'sha', 'de', 'lu', 'pra', 'shri', 'za', 'va', 'ha', 'yan', 'tya', 'chau', 'dhary', 'll'],
      50_000,
    );
    rate(dev.slice(0, 5000)); // let the JIT warm up
    rate(lat.slice(0, 5000));
    const coldDev = rate(dev);
    const coldLat = rate(lat);
    const streamRate = rate(stream); // the import: 200,000 words with the repetition of real messages
    const text = stream.join(' ');
    clearPhoneticCache();
    const t = performance.now();
    phoneticKeys(text);
    const textRate = stream.length / ((performance.now() - t) / 1000);
    console.log(
      `phoneticKey: distinct Devanagari words ${fmt(coldDev)}, distinct Latin words ${fmt(coldLat)}, ` +
        `200k-word message stream ${fmt(streamRate)}; phoneticKeys over that text (incl. joined pairs) ${fmt(textRate)}`,
    );
    // generous floors so that a loaded CI machine does not fail; the log shows the real numbers
    expect(streamRate).toBeGreaterThan(300_000);
    expect(Math.min(coldDev, coldLat)).toBeGreaterThan(10_000);
  });
});
