import { describe, expect, it } from 'vitest';
import { ACTS, BNS_SECTIONS, findAct, findSections, formatSections, getSection, normaliseSection } from './sections';

const bns = (q: string) => findSections(q).map((s) => s.section);

describe('BNS_SECTIONS catalog', () => {
  it('has the common sections, each once, with normalised numbers and both titles', () => {
    expect(BNS_SECTIONS.length).toBeGreaterThanOrEqual(60);
    const nums = BNS_SECTIONS.map((s) => s.section);
    expect(new Set(nums).size).toBe(nums.length);
    for (const s of BNS_SECTIONS) {
      expect(s.act).toBe('BNS');
      expect(normaliseSection(s.section)).toBe(s.section);
      expect(s.titleHi).toMatch(/[\u0900-\u097F]/);
      expect(s.titleEn).toMatch(/^[A-Z]/);
      for (const i of s.ipc ?? []) expect(normaliseSection(i)).toBe(i);
    }
  });

  it('holds the equivalents from domain.md and the other well-known ones', () => {
    const ipcOf = (sec: string) => getSection(sec)?.ipc;
    const table: [string, string][] = [
      ['115(2)', '323'],
      ['118(1)', '324'],
      ['191(2)', '147'],
      ['191(3)', '148'],
      ['190', '149'],
      ['352', '504'],
      ['351(2)', '506'],
      ['351(3)', '506'],
      ['3(5)', '34'],
      ['126(2)', '341'],
      ['72', '228A'],
      ['103(1)', '302'],
      ['109(1)', '307'],
      ['105', '304'],
      ['80(2)', '304B'],
      ['64(1)', '376(1)'],
      ['303(2)', '379'],
      ['309(4)', '392'],
      ['310(2)', '395'],
      ['308(2)', '384'],
      ['318(4)', '420'],
      ['316(2)', '406'],
      ['137(2)', '363'],
      ['140(1)', '364'],
      ['87', '366'],
      ['74', '354'],
      ['75', '354A'],
      ['76', '354B'],
      ['78', '354D'],
      ['79', '509'],
      ['85', '498A'],
      ['329(4)', '448'],
      ['324(4)', '427'],
      ['336(2)', '465'],
      ['338', '467'],
      ['340(2)', '471'],
      ['117(2)', '325'],
      ['281', '279'],
      ['106(1)', '304A'],
      ['270', '268'],
      ['331(4)', '457'],
      ['333', '452'],
    ];
    for (const [sec, ipc] of table) expect(ipcOf(sec), `${sec} <- IPC ${ipc}`).toContain(ipc);
    expect(getSection('304(2)')?.titleEn).toBe('Snatching');
    expect(getSection('304(2)')?.ipc).toBeUndefined();
    expect(getSection('106(2)')?.titleEn).toMatch(/hit and run/);
  });

  it('lists the acts with Hindi and English names', () => {
    const keys = ACTS.map((a) => a.key);
    for (const k of [
      'BNS',
      'IPC',
      'BNSS',
      'CrPC',
      'BSA',
      'Arms Act',
      'SC/ST Act',
      'POCSO Act',
      'NDPS Act',
      'Excise Act',
      'Gangster Act',
      'Gau Vadh Act',
      'MV Act',
      'IT Act',
      'Dowry Prohibition Act',
    ]) {
      expect(keys).toContain(k);
    }
    expect(findAct('BNS')?.hi).toBe('बीएनएस');
    expect(findAct('IPC')?.hi).toBe('भादवि');
    expect(findAct('Arms Act')?.hi).toBe('आयुध अधिनियम');
    expect(findAct('Excise Act')?.hi).toBe('आबकारी अधिनियम');
    expect(findAct('Gau Vadh Act')?.hi).toBe('गोवध निवारण अधिनियम');
    expect(findAct('भा.द.वि.')?.key).toBe('IPC');
    expect(findAct('आयुध अधिनियम')?.key).toBe('Arms Act');
    expect(findAct('arms act')?.key).toBe('Arms Act');
    expect(findAct('No Such Act')).toBeUndefined();
  });
});

describe('normaliseSection', () => {
  it.each([
    ['115 (2)', '115(2)'],
    [' 352 ', '352'],
    ['3/25', '3/25'],
    ['3 / 25', '3/25'],
    ['498a', '498A'],
    ['304 b', '304B'],
    ['376ab', '376AB'],
    ['228A', '228A'],
    ['498ए', '498A'],
    ['304बी', '304B'],
    ['376डी', '376D'],
    ['११५(२)', '115(2)'],
    ['125 (A)', '125(a)'],
    ['3(2)(VA)', '3(2)(va)'],
    ['3(1)(r)', '3(1)(r)'],
    ['धारा 307', '307'],
    ['u/s 420', '420'],
    ['Section 379.', '379'],
    ['60', '60'],
  ])('%s -> %s', (input, out) => {
    expect(normaliseSection(input)).toBe(out);
  });
});

describe('formatSections', () => {
  it('writes the UP style, grouped by act, Hindi and English', () => {
    const secs = [
      { act: 'BNS', section: '115 (2)' },
      { act: 'BNS', section: '352' },
      { act: 'Arms Act', section: '3/25' },
      { act: 'BNS', section: '351(3)' },
    ];
    expect(formatSections(secs, 'hi')).toBe('115(2), 352, 351(3) बीएनएस व 3/25 आयुध अधिनियम');
    expect(formatSections(secs, 'en')).toBe('115(2), 352, 351(3) BNS & 3/25 Arms Act');
  });

  it('handles one act, three acts, duplicates, old IPC cases, unknown acts and nothing', () => {
    expect(
      formatSections(
        [
          { act: 'IPC', section: '323' },
          { act: 'IPC', section: '504' },
          { act: 'IPC', section: '506' },
        ],
        'hi',
      ),
    ).toBe('323, 504, 506 भादवि');
    expect(
      formatSections(
        [
          { act: 'BNS', section: '103(1)' },
          { act: 'SC/ST Act', section: '3(2)(va)' },
          { act: 'BNS', section: '103(1)' },
          { act: 'Arms Act', section: '3/25' },
        ],
        'hi',
      ),
    ).toBe('103(1) बीएनएस, 3(2)(va) एससी/एसटी एक्ट व 3/25 आयुध अधिनियम');
    expect(formatSections([{ act: 'Excise Act', section: '60' }], 'en')).toBe('60 Excise Act');
    expect(formatSections([{ act: 'U.P. Something Act', section: '5' }], 'hi')).toBe('5 U.P. Something Act');
    expect(
      formatSections(
        [
          { act: 'भादवि', section: '420' },
          { act: 'IPC', section: '406' },
        ],
        'hi',
      ),
    ).toBe('420, 406 भादवि');
    expect(formatSections([], 'hi')).toBe('');
  });
});

describe('findSections', () => {
  it('finds by BNS number', () => {
    expect(bns('115(2)')[0]).toBe('115(2)');
    expect(bns('115')).toContain('115(2)');
    expect(bns('351')).toEqual(expect.arrayContaining(['351(2)', '351(3)', '351(4)']));
    expect(bns('305(a)')).toEqual(['305']);
    expect(bns('बीएनएस 352')).toEqual(['352']);
  });

  it('finds by old IPC number', () => {
    expect(bns('323')).toEqual(['115(2)']);
    expect(bns('506')).toEqual(['351(2)', '351(3)']);
    expect(bns('420')).toEqual(['318(4)']);
    expect(bns('498A')).toEqual(['85']);
    expect(bns('498ए')).toEqual(['85']);
    expect(bns('IPC 379')).toEqual(['303(2)']);
    expect(bns('भादवि 302')).toEqual(['103(1)']);
    expect(bns('376')).toEqual(expect.arrayContaining(['64(1)', '64(2)', '65(1)']));
    expect(bns('376')).not.toContain('70(1)'); // 376D is a different section
  });

  it('lists a BNS number before the IPC section of the same number', () => {
    // 304 is snatching in BNS and culpable homicide (now 105) in IPC
    expect(bns('304')).toEqual(['304(2)', '105']);
    expect(bns('BNS 304')).toEqual(['304(2)']);
    expect(bns('IPC 304')).toEqual(['105']);
  });

  it('finds by Hindi and English words, title first', () => {
    expect(bns('चोरी')[0]).toBe('303(2)');
    expect(bns('चोरी')).toEqual(expect.arrayContaining(['305', '306', '331(4)', '317(2)']));
    expect(bns('theft')[0]).toBe('303(2)');
    expect(bns('लूट')[0]).toBe('309(4)');
    expect(bns('डकैती')[0]).toBe('310(2)');
    expect(bns('हत्या के लिए दंड')[0]).toBe('103(1)');
    expect(bns('मारपीट')).toContain('115(2)');
    expect(bns('गाली')).toContain('352');
    expect(bns('जान से मारने की धमकी')).toEqual(['351(3)']);
    expect(bns('दहेज')).toEqual(expect.arrayContaining(['80(2)', '85']));
    expect(bns('stalking')).toEqual(['78']);
    expect(bns('hit and run')).toEqual(['106(2)']);
    expect(bns('snatching')).toEqual(['304(2)']);
  });

  it('tolerates Latin spellings of Hindi words', () => {
    expect(bns('chori')).toContain('303(2)');
    expect(bns('marpeet')).toContain('115(2)');
    expect(bns('dahej')).toEqual(expect.arrayContaining(['80(2)', '85']));
  });

  it('returns nothing for nothing', () => {
    expect(findSections('')).toEqual([]);
    expect(findSections('   ')).toEqual([]);
    expect(findSections('zzzzqqq')).toEqual([]);
    expect(findSections('9999')).toEqual([]);
  });
});
