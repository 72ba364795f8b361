/**
 * The present mode's deck (src/components/PresentDeck.astro): shows one slide at a time and
 * moves on with the arrow keys, Page Down and Page Up (what clickers send), the space bar,
 * the buttons and a swipe; Escape goes back to the chapter. The address keeps the slide
 * (#slide-3), so a reload or a shared link opens where the teacher was. Without this
 * script the slides are simply sections one after another.
 */
import { deckMove, moveTo, slideFromHash, swipeMove } from '../lib/present.ts';

/** The screens where a slide is a 16:9 frame (as in src/styles/present.css). */
const FRAMED = '(min-width: 48rem) and (min-height: 30rem) and (orientation: landscape)';

/**
 * Scales each chart of a slide to fill its area: charts are drawn for a phone's width, with
 * labels in rem, so the whole chart is zoomed, by as much as its area allows.
 */
function fitCharts(slide: HTMLElement, framed: boolean): void {
  for (const area of slide.querySelectorAll<HTMLElement>('.slide-chart')) {
    const chart = area.firstElementChild as HTMLElement | null;
    if (!chart) continue;
    chart.style.zoom = '';
    if (!framed) continue;
    const width = chart.offsetWidth;
    const height = chart.offsetHeight;
    if (!width || !height) continue;
    const zoom = Math.min(area.clientWidth / width, area.clientHeight / height, 2.5);
    chart.style.zoom = String(Math.max(zoom, 0.5));
  }
}

export function installDeck(doc: Document): void {
  const deck = doc.querySelector<HTMLElement>('[data-deck]');
  if (!deck) return;
  const slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
  const count = deck.querySelector<HTMLElement>('[data-deck-count]')!;
  const controls = deck.querySelector<HTMLElement>('[data-deck-controls]')!;
  const previous = deck.querySelector<HTMLButtonElement>('[data-deck-previous]')!;
  const next = deck.querySelector<HTMLButtonElement>('[data-deck-next]')!;
  const fullscreen = deck.querySelector<HTMLButtonElement>('[data-deck-fullscreen]')!;
  const stage = deck.querySelector<HTMLElement>('[data-deck-stage]')!;
  const chapter = deck.dataset.chapter!;
  const template = count.dataset.template ?? '{n} / {total}';
  const total = slides.length;
  const dir = deck.dir === 'rtl' ? 'rtl' : 'ltr';
  let current = -1;
  const framed = window.matchMedia(FRAMED);

  function show(index: number, updateAddress = true) {
    if (index === current) return;
    current = index;
    slides.forEach((s, i) => {
      s.classList.toggle('is-current', i === index);
      // Only the slide on screen is in the keyboard order and the accessibility tree.
      s.inert = i !== index;
    });
    count.textContent = template.replace('{n}', String(index + 1)).replace('{total}', String(total));
    previous.disabled = index === 0;
    next.disabled = index === total - 1;
    fitCharts(slides[index], framed.matches);
    if (updateAddress) history.replaceState(null, '', `#slide-${index + 1}`);
  }

  function go(move: Parameters<typeof moveTo>[1]) {
    show(moveTo(current, move, total));
  }

  deck.classList.add('deck-on');
  doc.documentElement.classList.add('presenting');
  controls.hidden = false;
  deck.querySelector<HTMLElement>('[data-deck-hint]')?.removeAttribute('hidden');
  show(slideFromHash(location.hash, total), location.hash !== '');

  const refit = () => current >= 0 && fitCharts(slides[current], framed.matches);
  window.addEventListener('resize', refit);
  void doc.fonts?.ready.then(refit);

  previous.addEventListener('click', () => go('previous'));
  next.addEventListener('click', () => go('next'));

  doc.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    // Keys typed into a control (a button's Space, a link's Enter) keep their own meaning.
    const target = event.target as HTMLElement | null;
    if (event.key === ' ' && target?.closest('button, a, input, textarea, select, summary')) return;
    const move = deckMove(event.key, event.shiftKey);
    if (!move) return;
    event.preventDefault();
    if (move === 'leave') {
      if (doc.fullscreenElement) return;
      location.href = chapter;
      return;
    }
    go(move);
  });

  window.addEventListener('hashchange', () => show(slideFromHash(location.hash, total), false));

  let start: { x: number; y: number } | null = null;
  stage.addEventListener(
    'touchstart',
    (e) => {
      start = e.touches.length === 1 ? { x: e.touches[0].clientX, y: e.touches[0].clientY } : null;
    },
    { passive: true },
  );
  stage.addEventListener(
    'touchend',
    (e) => {
      if (!start) return;
      const t = e.changedTouches[0];
      const move = swipeMove(t.clientX - start.x, t.clientY - start.y, dir);
      start = null;
      if (move) go(move);
    },
    { passive: true },
  );

  if (doc.fullscreenEnabled) {
    fullscreen.hidden = false;
    fullscreen.addEventListener('click', () => {
      if (doc.fullscreenElement) void doc.exitFullscreen();
      else void deck.requestFullscreen();
    });
    doc.addEventListener('fullscreenchange', () => {
      fullscreen.setAttribute('aria-pressed', String(Boolean(doc.fullscreenElement)));
    });
  }

  // In print every slide shows, one to a page.
  window.addEventListener('beforeprint', () => slides.forEach((s) => (s.inert = false)));
  window.addEventListener('afterprint', () => slides.forEach((s, i) => (s.inert = i !== current)));
}
