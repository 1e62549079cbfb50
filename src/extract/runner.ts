import { buildIndex, type PageIndex, type TextHashes } from './page-index';
import { hasText, preview } from './text';
import type { Filter, FilterContext, Note, Removal } from './types';

/**
 * The small runner that owns what every step shares: the time budget, the removal record, the
 * per-step timings and the page indexes. Steps are plain objects in the list in pipeline.ts.
 */
export interface Step<S> {
  id: string;
  /** Can be switched off with `disable` (filters, the safety net, the standfirst). */
  optional: boolean;
  /** Does its work on the state; returns a result to stop the pipeline early. */
  run(state: S, run: Run): StepOutcome | undefined;
}

/** A step that ends the reading without an article says why with one of these. */
export type StepOutcome = {
  stop: 'empty-page' | 'no-article' | 'too-large';
  data?: { elements?: number; limit?: number };
};

/** Asked by long loops that can stop early; remembers whether it ever said stop. */
export type Cutoff = { (): boolean; hit: boolean };

/** Thrown inside any step when the budget is spent; extract() turns it into a clear result. */
export class TimeUp extends Error {}

export class Run {
  readonly removals: Removal[] = [];
  readonly notes: Note[] = [];
  readonly timings: { step: string; ms: number }[] = [];
  private readonly indexes = new Map<Element, PageIndex>();
  /** The texts the indexes of this reading have hashed: the copies and the article hold the same ones. */
  readonly textHashes: TextHashes = new Map();
  private readonly started: number;
  private readonly deadline: number;

  constructor(
    private readonly now: () => number,
    budgetMs: number | undefined,
    /** Removal keys of blocks the reader put back: never removed; restore-kept brings back what Readability left out. */
    readonly keep: ReadonlySet<string>,
  ) {
    this.started = now();
    this.deadline = budgetMs === undefined ? Number.POSITIVE_INFINITY : this.started + budgetMs;
  }

  /** Milliseconds since the run started. */
  elapsed(): number {
    return this.now() - this.started;
  }

  /** Milliseconds left of the budget (infinite without one). */
  remaining(): number {
    return this.deadline - this.now();
  }

  /** Throws TimeUp past the budget. Steps and long loops call it; it is cheap. */
  readonly tick = (): void => {
    if (this.now() > this.deadline) throw new TimeUp();
  };

  /** What one pass over the page took (check-page's count of its elements); 0 until measured. */
  passMs = 0;

  /**
   * For a step that can stop looking and answer with what it has: true once `share` of the budget is
   * spent, or would be after `passes` more passes over the page (never without a budget). `cut.hit`
   * tells the step afterwards that it stopped early.
   */
  cutoff(share: number, passes = 0): Cutoff {
    const at = this.started + (this.deadline - this.started) * share;
    const cut = (() => {
      if (!cut.hit && this.now() + passes * this.passMs > at) cut.hit = true;
      return cut.hit;
    }) as Cutoff;
    cut.hit = false;
    return cut;
  }

  /** Runs the steps in order, timing each; stops at the first that returns an outcome. */
  steps<S>(list: readonly Step<S>[], state: S, disabled: ReadonlySet<string>): StepOutcome | undefined {
    for (const step of list) {
      if (disabled.has(step.id)) continue;
      this.tick();
      const started = this.now();
      const outcome = step.run(state, this);
      this.timings.push({ step: step.id, ms: round(this.now() - started) });
      if (outcome) return outcome;
    }
    return undefined;
  }

  /** The index of a stage's root, built on first use and shared by every filter of that stage. */
  index(root: Element): PageIndex {
    let index = this.indexes.get(root);
    if (!index) {
      index = buildIndex(root, this.tick, this.textHashes);
      this.indexes.set(root, index);
    }
    return index;
  }

  /** Drops the index of a root whose content changed since it was built: the next ask measures it again. */
  forget(root: Element): void {
    this.indexes.delete(root);
  }

  /** Forgets what this stage removed, for a fresh reading of the page (the safety net). */
  resetRemovals(): void {
    this.removals.length = 0;
  }

  /** The context a filter works in. */
  context(
    filter: Filter,
    page: Pick<
      FilterContext,
      'doc' | 'root' | 'title' | 'byline' | 'url' | 'source' | 'named' | 'authorBios'
    >,
  ): FilterContext {
    const run = this;
    const { root } = page;
    let index: PageIndex | null = null;
    // The DOM's own ancestor test: in a browser it is native, far cheaper than walking parents in script.
    const isGone = (el: Element) => !root.contains(el);
    return {
      ...page,
      get index() {
        index ??= run.index(root);
        return index;
      },
      isGone,
      reshaped() {
        index = null;
        run.forget(root);
      },
      remove(el, rule, reason = filter.reason, data = {}) {
        if (el === root || isGone(el)) return false;
        const key = (index ?? run.index(root)).key(el);
        if (key && run.keep.has(key)) return false;
        const text = preview(el);
        const record: Removal = {
          step: filter.id,
          rule,
          reason,
          data,
          preview: text,
          key,
          after: textBefore(el, root),
        };
        removeWithEmptyParents(el);
        if (text) run.removals.push(record);
        return true;
      },
    };
  }

  note(step: string, code: Note['code']): void {
    this.notes.push({ step, code });
  }

  /** Whether a step has told the reader `code` in this run. */
  noted(code: Note['code']): boolean {
    return this.notes.some((n) => n.code === code);
  }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** A paragraph or list left with nothing in it would show as a gap. */
const EMPTIED = new Set(['P', 'LI', 'UL', 'OL', 'SECTION', 'ASIDE', 'FIGURE']);

function removeWithEmptyParents(el: Element): void {
  let parent: Element | null = el.parentElement;
  el.remove();
  while (parent && EMPTIED.has(parent.tagName.toUpperCase()) && isEmpty(parent)) {
    const up: Element | null = parent.parentElement;
    parent.remove();
    parent = up;
  }
}

function isEmpty(el: Element): boolean {
  // hasText stops at the first word: the parent of a removed block is often a whole section, whose
  // textContent would be copied out in full to say it is not empty (`\s`, which it counts, is what trim removes).
  return !hasText(el) && !el.querySelector('img, picture, video, audio, iframe, svg, canvas');
}

/** The start of the nearest text before the element, within a few levels. */
function textBefore(el: Element, root: Element): string | null {
  let node: Element | null = el;
  for (let depth = 0; node && node !== root && depth < 6; depth++, node = node.parentElement) {
    for (let sib = node.previousSibling; sib; sib = sib.previousSibling) {
      if (sib.nodeType !== 1 && sib.nodeType !== 3) continue;
      const text = preview(sib, 60);
      if (text) return text;
    }
  }
  return null;
}
