import { afterEach, describe, expect, it } from 'vitest';
import { makeRegister, type TestRegister } from './testing/fixture';
import { downloadPlan } from './downloads';
import { resolveOperator } from './data-folder';

let reg: TestRegister;
afterEach(() => reg?.close());

describe('downloadPlan: refused before a save dialog opens or a byte is sent', () => {
  it('names the file from the contract, and refuses what the dispatch would refuse', async () => {
    reg = await makeRegister();
    await reg.call('operators.create', { name: 'दर्शक', role: 'viewer' });
    const input = { from: '2025-01-01', to: '2025-01-31' };
    expect(downloadPlan({ operator: reg.operator }, 'exchange.exportCsv', input)).toEqual({
      ok: true,
      value: { channel: 'exchange.exportCsv', name: 'thana-register-2025-01-01-2025-01-31.csv', mime: 'text/csv; charset=utf-8' },
    });
    const code = (r: ReturnType<typeof downloadPlan>) => (r.ok ? 'ok' : r.error.code);
    expect(code(downloadPlan({ operator: reg.operator }, 'no.such', input))).toBe('unknown_channel');
    expect(code(downloadPlan({ operator: reg.operator }, 'entries.list', {}))).toBe('validation');
    expect(code(downloadPlan({ operator: reg.operator }, 'exchange.exportCsv', { from: '2025-02-01', to: '2025-01-01' }))).toBe(
      'validation',
    );
    expect(code(downloadPlan({ operator: null }, 'exchange.exportCsv', input))).toBe('locked');
    const viewer = downloadPlan({ operator: resolveOperator(reg.folder.db, 'दर्शक') }, 'exchange.exportCsv', input);
    expect(code(viewer)).toBe('forbidden');
    if (!viewer.ok) expect(viewer.error.message).toMatch(/^दर्शक .* \/ a viewer may not do this/);
  });
});
