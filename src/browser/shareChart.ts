/**
 * Makes a chart's share picture on the reader's device, and downloads or shares it (issue
 * 14). Loaded by shareButtons.ts on the first press only. Nothing is sent anywhere: the
 * picture is drawn on a canvas from the page itself, and the reader's own share sheet
 * decides where it goes.
 *
 * The words and their places come from src/lib/shareCard.ts; the chart is the one on the
 * page, in its final state, painted by paintChart.ts.
 */
import { CHART_LAYOUT_WIDTH, cardType, layoutCard, type CardLayout, type CardRole, type CardText } from '../lib/shareCard.ts';
import { paintChart } from './paintChart.ts';

export interface Card {
  blob: Blob;
  text: CardText;
  layout: CardLayout;
}

const made = new WeakMap<HTMLElement, Promise<Card>>();

/** The picture for the chart whose share buttons are in `box`, made once per page view. */
export function cardFor(box: HTMLElement): Promise<Card> {
  let card = made.get(box);
  if (!card) {
    card = makeCard(box);
    made.set(box, card);
    card.catch(() => made.delete(box));
  }
  return card;
}

/** A copy of the chart in its final state, laid out off screen at the picture's chart width. */
function copyChart(figure: HTMLElement): { chart: HTMLElement; remove: () => void } {
  const source = figure.querySelector<HTMLElement>('.scrolly-graphic, .static-graphic');
  if (!source) throw new Error(`${figure.id}: no chart to draw`);
  let chart: HTMLElement | undefined;
  const take = () => (chart = source.cloneNode(true) as HTMLElement);
  // A hydrated chart redraws its final state for the copy and goes back to its step
  // (Scrolly.svelte); before hydration the page holds the final state already.
  figure.querySelector('.scrolly')?.dispatchEvent(new CustomEvent('scrolly:final', { detail: take }));
  chart ??= take();
  for (const el of chart.querySelectorAll('[id]')) el.removeAttribute('id');
  // Inside the figure, so the chart's styles apply; fixed off screen, so nothing on the page moves.
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.inert = true;
  for (const [k, v] of Object.entries({ position: 'fixed', top: '0', left: '-10000px', width: `${CHART_LAYOUT_WIDTH}px`, 'pointer-events': 'none' }))
    holder.style.setProperty(k, v);
  holder.append(chart);
  figure.append(holder);
  return { chart, remove: () => holder.remove() };
}

/** Waits for every face the picture uses, Nastaliq above all: a canvas draws with whatever has loaded. */
async function fontsFor(text: CardText, family: string, chart: HTMLElement): Promise<void> {
  const sample = [text.chapter, text.title, text.finding, text.source, chart.textContent ?? ''].join(' ');
  await Promise.all([`400 40px ${family}`, `700 40px ${family}`].map((f) => document.fonts.load(f, sample)));
  await document.fonts.ready;
}

function colours(figure: HTMLElement): Record<'bg' | 'text' | 'soft' | 'accent' | 'rule', string> {
  const cs = getComputedStyle(figure);
  const v = (name: string, fallback: string) => cs.getPropertyValue(name).trim() || fallback;
  return { bg: v('--bg', '#fff'), text: v('--text', '#000'), soft: v('--text-soft', '#444'), accent: v('--accent', '#a53a12'), rule: v('--rule', '#ccc') };
}

async function makeCard(box: HTMLElement): Promise<Card> {
  const figure = box.closest<HTMLElement>('figure.graphic')!;
  const text = JSON.parse(box.dataset.graphicShare!) as CardText;
  const root = getComputedStyle(document.documentElement);
  const ui = root.getPropertyValue('--font-ui').trim() || 'sans-serif';
  // Urdu in Nastaliq; the Latin in it (names, the address) in the page's Latin face.
  const family = text.dir === 'rtl' ? `'Noto Nastaliq Urdu', ${ui}` : ui;
  const { chart, remove } = copyChart(figure);
  try {
    await fontsFor(text, family, chart);
    const box2 = chart.getBoundingClientRect();
    const canvas = document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    const measure = (s: string, font: string) => {
      ctx.font = font;
      ctx.direction = text.dir;
      return ctx.measureText(s).width;
    };
    const layout = layoutCard(text, cardType(text.dir, family), measure, { width: box2.width, height: box2.height });
    canvas.width = layout.width;
    canvas.height = layout.height;
    const c = colours(figure);
    ctx.fillStyle = c.bg;
    ctx.fillRect(0, 0, layout.width, layout.height);
    ctx.fillStyle = c.accent;
    ctx.fillRect(0, 0, layout.width, 12);
    const colour: Record<CardRole, string> = { chapter: c.accent, title: c.text, finding: c.text, source: c.soft, address: c.text };
    for (const line of layout.lines) {
      ctx.font = line.font;
      ctx.fillStyle = colour[line.role];
      ctx.direction = text.dir;
      ctx.textAlign = line.align;
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(line.text, line.x, line.y);
    }
    ctx.strokeStyle = c.rule;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(layout.padding, layout.rule.y);
    ctx.lineTo(layout.width - layout.padding, layout.rule.y);
    ctx.stroke();
    paintChart(ctx, chart, layout.chart);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('no image');
    // What was drawn, for anyone checking the picture against the page (and the tests).
    box.dataset.drawn = JSON.stringify({ width: layout.width, height: layout.height, lines: layout.lines.map((l) => ({ role: l.role, text: l.text })) });
    return { blob, text, layout };
  } finally {
    remove();
  }
}

/** Saves the picture as a file. */
export async function downloadCard(box: HTMLElement): Promise<void> {
  const card = await cardFor(box);
  const url = URL.createObjectURL(card.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = card.text.fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Opens the device's share sheet: with the picture where the browser can share files,
 * otherwise with the link to the chart's section. 'again' means the browser wants a new
 * press (drawing took longer than it allows after one); the picture is ready by then.
 */
export async function shareCard(box: HTMLElement): Promise<'shared' | 'cancelled' | 'again'> {
  const text = JSON.parse(box.dataset.graphicShare!) as CardText;
  const probe = new File([new Uint8Array(0)], text.fileName, { type: 'image/png' });
  const withFile = typeof navigator.canShare === 'function' && navigator.canShare({ files: [probe] });
  let data: ShareData;
  if (withFile) {
    const card = await cardFor(box);
    data = { files: [new File([card.blob], text.fileName, { type: 'image/png' })], title: text.title, text: `${text.finding}\n${text.url}` };
  } else data = { title: text.title, text: text.finding, url: text.url };
  try {
    await navigator.share(data);
    return 'shared';
  } catch (error) {
    const name = (error as DOMException).name;
    if (name === 'AbortError') return 'cancelled';
    if (name === 'NotAllowedError') return 'again';
    throw error;
  }
}
