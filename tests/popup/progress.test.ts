import { describe, expect, it } from 'vitest';
import { progressAt } from '../../src/popup/progress';
import { minutesLeftWords } from '../../src/shared/words';

describe('reading progress', () => {
  // An article from y=100 to y=4100 (4,000 px), a window 800 px high, 8 minutes to read.
  const at = (scrollY: number) => progressAt(scrollY, 800, 100, 4000, 8);

  it('starts with what the first screen shows, all the time left', () => {
    expect(at(0).fraction).toBeCloseTo(0.175);
    expect(at(0).minutesLeft).toBe(7);
  });

  it('halfway down, half the time is left', () => {
    expect(at(1300)).toEqual({ fraction: 0.5, minutesLeft: 4 });
  });

  it('at the end of the article, finished; never past it', () => {
    expect(at(3300)).toEqual({ fraction: 1, minutesLeft: 0 });
    expect(at(9000)).toEqual({ fraction: 1, minutesLeft: 0 });
  });

  it('an article shorter than the window is read at once', () => {
    expect(progressAt(0, 800, 100, 300, 1)).toEqual({ fraction: 1, minutesLeft: 0 });
  });

  it('says the time left in words', () => {
    expect(minutesLeftWords(4)).toBe('4 min left');
    expect(minutesLeftWords(0)).toBe('Under a minute left');
  });
});
