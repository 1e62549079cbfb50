import { h } from './dom';

/**
 * Read aloud with the browser's own speech (Web Speech API; nothing leaves the machine unless the
 * browser's chosen voice does so). One utterance per paragraph: the paragraph being read is marked
 * (`.speaking`) and kept in view; pausing stops the voice and playing again starts that paragraph over,
 * which every engine supports (pause/resume mid-utterance does not work in all of them).
 */
export type SpeechState = 'idle' | 'playing' | 'paused';

/** The blocks read aloud, in order: text blocks that hold no other text block. */
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, dt, dd, td, th';

export function speakableBlocks(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(BLOCKS)].filter(
    (el) => (el.textContent ?? '').trim() !== '' && !el.querySelector(BLOCKS),
  );
}

/** The voice for a language ("pt-BR" takes a pt-BR voice, else any pt voice); null when none exists. */
export function voiceFor(voices: SpeechSynthesisVoice[], lang: string | null): SpeechSynthesisVoice | null {
  if (!lang) return null;
  const want = lang.toLowerCase().replace('_', '-');
  const base = want.split('-')[0];
  const norm = (v: SpeechSynthesisVoice) => v.lang.toLowerCase().replace('_', '-');
  return (
    voices.find((v) => norm(v) === want && v.localService) ??
    voices.find((v) => norm(v) === want) ??
    voices.find((v) => norm(v).split('-')[0] === base && v.localService) ??
    voices.find((v) => norm(v).split('-')[0] === base) ??
    null
  );
}

export interface SpeechEnv {
  synth: SpeechSynthesis;
  Utterance: typeof SpeechSynthesisUtterance;
}

/** The browser's speech, or null where there is none (the control is then not shown). */
export function speechEnv(win: Window = window): SpeechEnv | null {
  const w = win as Window & { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance };
  return w.speechSynthesis && w.SpeechSynthesisUtterance
    ? { synth: w.speechSynthesis, Utterance: w.SpeechSynthesisUtterance }
    : null;
}

export class Speaker {
  state: SpeechState = 'idle';
  index = 0;
  private current: SpeechSynthesisUtterance | null = null;
  private listeners = new Set<(s: Speaker) => void>();

  constructor(
    private env: SpeechEnv,
    readonly blocks: HTMLElement[],
    private lang: string | null,
    public rate = 1,
  ) {
    // Chromium loads its voice list on first request: asking now lets the first paragraph have it.
    env.synth.getVoices();
  }

  onChange(fn: (s: Speaker) => void) {
    this.listeners.add(fn);
  }

  play() {
    if (this.blocks.length === 0) return;
    if (this.index >= this.blocks.length) this.index = 0;
    this.state = 'playing';
    this.speakCurrent();
  }

  pause() {
    if (this.state !== 'playing') return;
    this.state = 'paused';
    this.silence();
    this.emit();
  }

  toggle() {
    if (this.state === 'playing') this.pause();
    else this.play();
  }

  next() {
    this.skip(1);
  }

  previous() {
    this.skip(-1);
  }

  /** Ends reading: the voice stops and no paragraph is marked. */
  stop() {
    this.silence();
    this.state = 'idle';
    this.mark(null);
    this.emit();
  }

  setRate(rate: number) {
    this.rate = rate;
    // The new speed applies from the paragraph being read, started over.
    if (this.state === 'playing') this.speakCurrent();
  }

  private skip(by: number) {
    const target = Math.min(this.blocks.length - 1, Math.max(0, this.index + by));
    this.index = target;
    if (this.state === 'playing') this.speakCurrent();
    else {
      if (this.state === 'idle') this.state = 'paused';
      this.mark(this.blocks[target] ?? null);
      this.emit();
    }
  }

  private silence() {
    // Set first: cancel() fires the old utterance's end or error, which must not move the reader on.
    this.current = null;
    this.env.synth.cancel();
  }

  private speakCurrent() {
    this.silence();
    const block = this.blocks[this.index];
    if (!block) {
      this.stop();
      return;
    }
    const u = new this.env.Utterance((block.textContent ?? '').replace(/\s+/g, ' ').trim());
    const voice = voiceFor(this.env.synth.getVoices(), this.lang);
    if (voice) {
      u.voice = voice;
      u.lang = voice.lang;
    }
    u.rate = this.rate;
    u.onend = () => {
      if (this.current !== u) return;
      this.index++;
      if (this.index < this.blocks.length) this.speakCurrent();
      else {
        this.index = 0;
        this.stop();
      }
    };
    u.onerror = () => {
      if (this.current !== u) return;
      this.stop();
    };
    this.current = u;
    this.mark(block);
    this.env.synth.speak(u);
    this.emit();
  }

  private mark(block: HTMLElement | null) {
    for (const b of this.blocks) b.classList.remove('speaking');
    if (!block) return;
    block.classList.add('speaking');
    block.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }

  private emit() {
    for (const fn of this.listeners) fn(this);
  }
}

/** The read-aloud buttons: previous paragraph, play/pause, next paragraph. */
export function buildSpeechControls(
  speaker: Speaker,
  words: { group: string; play: string; pause: string; previous: string; next: string },
): HTMLElement {
  const button = (id: string, label: string, icon: string, run: () => void) => {
    const b = h('button', { type: 'button', id, title: label, 'aria-label': label }, icon);
    b.addEventListener('click', run);
    return b;
  };
  const play = button('speak', words.play, '▶', () => speaker.toggle());
  play.setAttribute('aria-pressed', 'false');
  const group = h(
    'div',
    { id: 'speech', class: 'speech', role: 'group', 'aria-label': words.group },
    button('speak-previous', words.previous, '«', () => speaker.previous()),
    play,
    button('speak-next', words.next, '»', () => speaker.next()),
  );
  speaker.onChange((s) => {
    const playing = s.state === 'playing';
    play.textContent = playing ? '‖' : '▶';
    play.title = playing ? words.pause : words.play;
    play.setAttribute('aria-label', play.title);
    play.setAttribute('aria-pressed', String(playing));
    group.dataset.state = s.state;
  });
  return group;
}
