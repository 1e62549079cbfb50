// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { buildPrintButton } from '../../src/popup/print';

describe('print', () => {
  it('the Print button opens the browser’s print dialog', () => {
    const print = vi.fn();
    const button = buildPrintButton({ print } as unknown as Window);
    expect(button.textContent).toBe('Print');
    button.click();
    expect(print).toHaveBeenCalledTimes(1);
  });
});
