// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { boxTables } from '../../src/popup/tables';

describe('tables in their own scrolling box', () => {
  it('wraps each table once in a named, focusable region', () => {
    const body = document.createElement('div');
    body.innerHTML =
      '<p>Text</p><table><caption> Ferry   departures </caption><tr><td>a</td></tr></table><table><tr><td>b</td></tr></table>';
    boxTables(body);
    boxTables(body);
    const boxes = [...body.querySelectorAll('.table-box')];
    expect(boxes).toHaveLength(2);
    expect(boxes.map((b) => b.getAttribute('aria-label'))).toEqual(['Table: Ferry departures', 'Table 2']);
    expect(
      boxes.every((b) => b.getAttribute('tabindex') === '0' && b.getAttribute('role') === 'region'),
    ).toBe(true);
    expect(body.querySelectorAll('.table-box > table')).toHaveLength(2);
  });
});
