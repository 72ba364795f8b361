/**
 * Reads the page aloud with a voice on the device, loaded by listenControl.ts when the
 * reader first presses "Listen". The voice, the blocks and their utterances come from
 * src/lib/speech.ts. The block being read is highlighted and scrolled into view; focus is
 * never moved while reading, and the live region speaks only when reading starts or stops.
 *
 * "Pause" cancels the utterance and "Resume" speaks it again from its start (utterances are
 * a sentence or a few), because speechSynthesis.pause() does not pause on Android.
 * Nothing is stored: the speed lasts as long as the page.
 */
import { chooseVoice, nextBlock, nextUtterance, spokenBlocks, type SpeechPosition, type SpokenBlock } from '../lib/speech.ts';

interface Strings {
  start: string;
  stop: string;
  pause: string;
  resume: string;
  started: string;
  stopped: string;
  finished: string;
  noVoice: string;
}

/** Voices load late in Chrome: wait for "voiceschanged", but not for ever. */
async function loadVoices(synth: SpeechSynthesis, timeout = 2000): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return now;
  await new Promise<void>((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      resolve();
    };
    synth.addEventListener('voiceschanged', done);
    setTimeout(done, timeout);
  });
  return synth.getVoices();
}

const CURRENT = 'listen-current';

export function createReader(control: HTMLElement, win: Window & typeof globalThis) {
  const doc = control.ownerDocument;
  const synth = win.speechSynthesis;
  const strings = JSON.parse(control.dataset.strings ?? '{}') as Strings;
  const language = control.dataset.lang ?? doc.documentElement.lang;
  const root = control.closest('article') ?? doc.querySelector('main') ?? doc.body;
  const toggleButton = control.querySelector<HTMLButtonElement>('.listen-toggle')!;
  const label = control.querySelector<HTMLElement>('.listen-label')!;
  const status = control.querySelector<HTMLElement>('.listen-status')!;
  const help = control.querySelector<HTMLElement>('.listen-help')!;
  const how = control.querySelector<HTMLDetailsElement>('.listen-how')!;
  const wrongVoice = control.querySelector<HTMLElement>('.listen-wrong-voice')!;
  const player = control.querySelector<HTMLElement>('.listen-player')!;
  const pauseButton = player.querySelector<HTMLButtonElement>('[data-listen-pause]')!;
  const nextButton = player.querySelector<HTMLButtonElement>('[data-listen-next]')!;
  const rateSelect = player.querySelector<HTMLSelectElement>('[data-listen-rate]')!;
  const closeButton = player.querySelector<HTMLButtonElement>('[data-listen-close]')!;

  let voice: SpeechSynthesisVoice | undefined;
  let blocks: SpokenBlock[] = [];
  let at: SpeechPosition = { block: 0, utterance: 0 };
  let open = false;
  let paused = false;
  // Each utterance carries the generation it was spoken in: events from one that was
  // cancelled (by pause, next, a new speed or stop) are ignored.
  let generation = 0;
  // Held here so the utterance is not garbage-collected while it is spoken: Chrome then
  // never fires its "end", and reading would stop after one sentence.
  let speaking: SpeechSynthesisUtterance | undefined;

  const reducedMotion = () => win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

  function highlight(element: Element | undefined) {
    root.querySelectorAll(`.${CURRENT}`).forEach((el) => el.classList.remove(CURRENT));
    if (!element) return;
    element.classList.add(CURRENT);
    // Keep it in view between the top bar and the player, scrolling only when it is not.
    const rect = element.getBoundingClientRect();
    const top = doc.querySelector('.top-bar')?.getBoundingClientRect().bottom ?? 0;
    const bottom = win.innerHeight - player.getBoundingClientRect().height;
    if (rect.top >= top && rect.bottom <= bottom) return;
    const room = bottom - top;
    const offset = rect.height < room ? (room - rect.height) / 2 : 8;
    win.scrollTo({
      top: win.scrollY + rect.top - top - offset,
      behavior: reducedMotion() ? 'instant' : 'smooth',
    });
  }

  function speak() {
    const block = blocks[at.block];
    if (!block || !voice) return;
    const mine = ++generation;
    const utterance = new win.SpeechSynthesisUtterance(block.utterances[at.utterance]);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = Number(rateSelect.value) || 1;
    utterance.addEventListener('end', () => {
      if (mine !== generation) return;
      const next = nextUtterance(blocks, at);
      if (next) {
        at = next;
        speak();
      } else finish(strings.finished);
    });
    utterance.addEventListener('error', (event) => {
      if (mine !== generation || event.error === 'interrupted' || event.error === 'canceled') return;
      finish(strings.stopped);
    });
    highlight(block.element);
    speaking = utterance;
    synth.speak(speaking);
  }

  function silence() {
    generation++;
    speaking = undefined;
    synth.cancel();
  }

  function setPaused(value: boolean) {
    paused = value;
    pauseButton.textContent = value ? strings.resume : strings.pause;
  }

  function showPlayer(value: boolean) {
    open = value;
    player.hidden = !value;
    toggleButton.setAttribute('aria-expanded', String(value));
    label.textContent = value ? strings.stop : strings.start;
  }

  async function start() {
    const voices = await loadVoices(synth);
    voice = chooseVoice(voices, language);
    help.hidden = false;
    control.dataset.voice = voice ? 'found' : 'missing';
    if (!voice) {
      // Never a voice in another language, never a cloud voice: say so, and how to add one.
      wrongVoice.hidden = true;
      how.open = true;
      status.textContent = strings.noVoice;
      return;
    }
    wrongVoice.hidden = false;
    blocks = spokenBlocks(root);
    if (blocks.length === 0) return;
    // From the top: the control is at the head of the page, under its title.
    at = { block: 0, utterance: 0 };
    setPaused(false);
    showPlayer(true);
    status.textContent = strings.started.replace('{voice}', voice.name);
    speak();
  }

  function finish(message: string) {
    const hadFocus = player.contains(doc.activeElement);
    silence();
    highlight(undefined);
    showPlayer(false);
    status.textContent = message;
    // The button that had focus has gone with the bar: give focus back to "Listen".
    if (hadFocus) toggleButton.focus();
  }

  pauseButton.addEventListener('click', () => {
    if (paused) {
      setPaused(false);
      speak();
    } else {
      setPaused(true);
      silence();
    }
  });
  nextButton.addEventListener('click', () => {
    const next = nextBlock(blocks, at);
    if (!next) return finish(strings.finished);
    at = next;
    if (paused) highlight(blocks[at.block].element);
    else {
      silence();
      speak();
    }
  });
  rateSelect.addEventListener('change', () => {
    if (paused) return;
    silence();
    speak();
  });
  closeButton.addEventListener('click', () => finish(strings.stopped));
  // Leaving the page (a link, the quick exit, the back button) stops the voice at once.
  win.addEventListener('pagehide', () => {
    if (open) finish(strings.stopped);
  });

  return {
    toggle() {
      if (open) finish(strings.stopped);
      else void start();
    },
  };
}
