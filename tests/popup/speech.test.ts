// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildSpeechControls,
  Speaker,
  type SpeechEnv,
  speakableBlocks,
  voiceFor,
} from '../../src/popup/speech';

/** A stand-in for the browser's speechSynthesis: records what is spoken, ends utterances on demand. */
class FakeUtterance {
  voice: SpeechSynthesisVoice | null = null;
  lang = '';
  rate = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

function fakeSynth(voices: Partial<SpeechSynthesisVoice>[] = []) {
  const spoken: FakeUtterance[] = [];
  let speaking: FakeUtterance | null = null;
  const synth = {
    speak: vi.fn((u: FakeUtterance) => {
      spoken.push(u);
      speaking = u;
    }),
    cancel: vi.fn(() => {
      // Browsers end (or fail) the utterance being spoken when it is cancelled.
      const u = speaking;
      speaking = null;
      u?.onerror?.();
    }),
    getVoices: () => voices as SpeechSynthesisVoice[],
  };
  /** The voice reaches the end of what it is saying. */
  const finish = () => {
    const u = speaking;
    speaking = null;
    u?.onend?.();
  };
  const env = { synth, Utterance: FakeUtterance } as unknown as SpeechEnv;
  return { env, synth, spoken, finish };
}

let blocks: HTMLElement[];
beforeEach(() => {
  document.body.innerHTML = `<h1 id="title">Headline</h1><div id="article-body">
    <p>First   paragraph.</p><blockquote><p>Quoted.</p></blockquote><ul><li>Item</li></ul><p> </p><p>Last.</p></div>`;
  const title = document.getElementById('title') as HTMLElement;
  blocks = [title, ...speakableBlocks(document.getElementById('article-body') as HTMLElement)];
});

const marked = () => [...document.querySelectorAll('.speaking')].map((el) => el.textContent);

describe('read aloud', () => {
  it('reads the headline and each text block once, in order, with no empty block', () => {
    expect(blocks.map((b) => b.textContent)).toEqual([
      'Headline',
      'First   paragraph.',
      'Quoted.',
      'Item',
      'Last.',
    ]);
  });

  it('plays paragraph after paragraph, marking the one being read, and ends unmarked', () => {
    const { env, spoken, finish } = fakeSynth();
    const speaker = new Speaker(env, blocks, 'en', 1.5);
    speaker.play();
    expect(speaker.state).toBe('playing');
    expect(spoken.map((u) => u.text)).toEqual(['Headline']);
    expect(spoken[0]?.rate).toBe(1.5);
    expect(marked()).toEqual(['Headline']);
    finish();
    expect(spoken.map((u) => u.text)).toEqual(['Headline', 'First paragraph.']);
    expect(marked()).toEqual(['First   paragraph.']);
    for (let i = 0; i < 4; i++) finish();
    expect(spoken).toHaveLength(5);
    expect(speaker.state).toBe('idle');
    expect(marked()).toEqual([]);
  });

  it('pauses (the voice stops, the paragraph stays marked) and plays that paragraph again', () => {
    const { env, synth, spoken, finish } = fakeSynth();
    const speaker = new Speaker(env, blocks, 'en');
    speaker.play();
    finish();
    speaker.toggle();
    expect(speaker.state).toBe('paused');
    expect(synth.cancel).toHaveBeenCalled();
    expect(marked()).toEqual(['First   paragraph.']);
    // The cancelled utterance's error did not move the reader on or stop it.
    expect(spoken).toHaveLength(2);
    speaker.toggle();
    expect(speaker.state).toBe('playing');
    expect(spoken.map((u) => u.text).at(-1)).toBe('First paragraph.');
  });

  it('skips to the next and previous paragraph, playing or not', () => {
    const { env, spoken } = fakeSynth();
    const speaker = new Speaker(env, blocks, 'en');
    speaker.next();
    expect(speaker.state).toBe('paused');
    expect(marked()).toEqual(['First   paragraph.']);
    expect(spoken).toHaveLength(0);
    speaker.play();
    speaker.next();
    expect(spoken.map((u) => u.text)).toEqual(['First paragraph.', 'Quoted.']);
    speaker.previous();
    speaker.previous();
    speaker.previous();
    expect(spoken.map((u) => u.text).at(-1)).toBe('Headline');
    expect(speaker.state).toBe('playing');
  });

  it('stops: silence, nothing marked', () => {
    const { env, synth } = fakeSynth();
    const speaker = new Speaker(env, blocks, 'en');
    speaker.play();
    speaker.stop();
    expect(speaker.state).toBe('idle');
    expect(synth.cancel).toHaveBeenCalled();
    expect(marked()).toEqual([]);
  });

  it('a new speed applies to the paragraph being read', () => {
    const { env, spoken } = fakeSynth();
    const speaker = new Speaker(env, blocks, 'en');
    speaker.play();
    speaker.setRate(0.8);
    expect(spoken.map((u) => [u.text, u.rate])).toEqual([
      ['Headline', 1],
      ['Headline', 0.8],
    ]);
  });

  it('speaks in the article’s language when there is a voice for it, else with the default voice', () => {
    const voices = [
      { lang: 'en-US', name: 'English', localService: true },
      { lang: 'es-MX', name: 'Mexican', localService: false },
      { lang: 'es_ES', name: 'Spanish', localService: true },
    ];
    expect(voiceFor(voices as SpeechSynthesisVoice[], 'es')?.name).toBe('Spanish');
    expect(voiceFor(voices as SpeechSynthesisVoice[], 'es-MX')?.name).toBe('Mexican');
    expect(voiceFor(voices as SpeechSynthesisVoice[], 'ar')).toBeNull();
    const es = fakeSynth(voices);
    new Speaker(es.env, blocks, 'es').play();
    expect(es.spoken[0]?.voice?.name).toBe('Spanish');
    const ar = fakeSynth(voices);
    new Speaker(ar.env, blocks, 'ar').play();
    expect(ar.spoken[0]?.voice).toBeNull();
    expect(ar.spoken[0]?.lang).toBe('');
  });

  it('the control shows play or pause as the reader does', () => {
    const { env, finish } = fakeSynth();
    const speaker = new Speaker(env, blocks, 'en');
    const words = { group: 'Read aloud', play: 'Read aloud', pause: 'Pause', previous: 'Prev', next: 'Next' };
    const control = buildSpeechControls(speaker, words);
    document.body.append(control);
    const play = control.querySelector('#speak') as HTMLButtonElement;
    expect(play.getAttribute('aria-pressed')).toBe('false');
    play.click();
    expect(play.getAttribute('aria-pressed')).toBe('true');
    expect(play.getAttribute('aria-label')).toBe('Pause');
    (control.querySelector('#speak-next') as HTMLButtonElement).click();
    expect(marked()).toEqual(['First   paragraph.']);
    for (let i = 0; i < 4; i++) finish();
    expect(play.getAttribute('aria-pressed')).toBe('false');
    expect(control.dataset.state).toBe('idle');
  });
});
