/**
 * Paints a chart, as the page laid it out, onto a canvas: for the share picture
 * (shareChart.ts). Our charts are HTML text (labels, values, notes) around small SVGs
 * (bars, dots, axes), so this walks the laid-out elements and repeats what the browser
 * drew: box backgrounds and borders, list numbers, SVG shapes through their screen
 * matrices, and each line of text at the place the browser put it, in the element's own
 * computed font and colour.
 *
 * Why not serialise the chart to SVG and draw that as an image? An SVG drawn as an image
 * cannot use the page's web fonts, so Urdu labels would lose Nastaliq unless the font
 * were embedded as a data URL; our HTML labels would need <foreignObject>, which Safari
 * refuses to export from a canvas. Drawing the text ourselves uses the fonts the page
 * has already loaded, in every browser, and needs no second copy of the font.
 */

interface Place {
  /** Where the chart's top left goes on the canvas, and how much it is enlarged. */
  x: number;
  y: number;
  scale: number;
}

export function paintChart(ctx: CanvasRenderingContext2D, root: Element, place: Place): void {
  const origin = root.getBoundingClientRect();
  const s = place.scale;
  const cx = (clientX: number) => place.x + (clientX - origin.left) * s;
  const cy = (clientY: number) => place.y + (clientY - origin.top) * s;
  const range = document.createRange();

  const reset = () => {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
  };

  /** The canvas font for an element's text at the picture's scale (or at page size, for metrics). */
  const fontOf = (cs: CSSStyleDeclaration, scale = s) => `${cs.fontStyle} ${cs.fontWeight} ${parseFloat(cs.fontSize) * scale}px ${cs.fontFamily}`;

  /** The baseline of a line box the browser reports as `top`/`height`, for text set in `cs`'s font. */
  function baselineOf(text: string, cs: CSSStyleDeclaration, top: number, height: number): number {
    ctx.font = fontOf(cs, 1);
    const m = ctx.measureText(text);
    const ascent = m.fontBoundingBoxAscent ?? parseFloat(cs.fontSize) * 0.8;
    const descent = m.fontBoundingBoxDescent ?? parseFloat(cs.fontSize) * 0.2;
    return top + (height - (ascent + descent)) / 2 + ascent;
  }

  /** Draws one text node as the browser broke it into lines; returns the first line's baseline (client px). */
  function paintText(node: Text, cs: CSSStyleDeclaration, alpha: number, color: string, svg: boolean): number | undefined {
    if (cs.visibility !== 'visible' || !node.data.trim()) return undefined;
    const lines: { text: string; left: number; right: number; top: number; height: number }[] = [];
    if (svg) {
      // SVG text does not wrap: one box per text or tspan.
      const b = (node.parentElement as Element).getBoundingClientRect();
      lines.push({ text: node.data.trim().replace(/\s+/g, ' '), left: b.left, right: b.right, top: b.top, height: b.height });
    } else {
      for (const word of node.data.matchAll(/\S+/g)) {
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const b = range.getBoundingClientRect();
        if (!b.width && !b.height) continue;
        const line = lines.at(-1);
        if (line && Math.abs(b.top - line.top) < b.height / 2) {
          line.text += ` ${word[0]}`;
          line.left = Math.min(line.left, b.left);
          line.right = Math.max(line.right, b.right);
        } else lines.push({ text: word[0], left: b.left, right: b.right, top: b.top, height: b.height });
      }
    }
    const rtl = cs.direction === 'rtl';
    let first: number | undefined;
    for (const line of lines) {
      const base = baselineOf(line.text, cs, line.top, line.height);
      first ??= base;
      reset();
      ctx.globalAlpha = alpha;
      ctx.fillStyle = color;
      ctx.font = fontOf(cs);
      ctx.direction = rtl ? 'rtl' : 'ltr';
      ctx.textAlign = rtl ? 'right' : 'left';
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(line.text, cx(rtl ? line.right : line.left), cy(base));
    }
    return first;
  }

  const visible = (color: string) => color !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(color);

  function paintBox(el: Element, cs: CSSStyleDeclaration, alpha: number) {
    if (cs.visibility !== 'visible') return;
    const b = el.getBoundingClientRect();
    if (!b.width || !b.height) return;
    const radius = parseFloat(cs.borderTopLeftRadius) * s || 0;
    const [x, y, w, h] = [cx(b.left), cy(b.top), b.width * s, b.height * s];
    reset();
    ctx.globalAlpha = alpha;
    if (visible(cs.backgroundColor)) {
      ctx.fillStyle = cs.backgroundColor;
      ctx.beginPath();
      ctx.roundRect(x, y, w, h, radius);
      ctx.fill();
    }
    const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
      side,
      width: parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0,
      style: cs.getPropertyValue(`border-${side.toLowerCase()}-style`),
      color: cs.getPropertyValue(`border-${side.toLowerCase()}-color`),
    }));
    const drawn = sides.filter((d) => d.width > 0 && d.style !== 'none' && d.style !== 'hidden' && visible(d.color));
    if (!drawn.length) return;
    const dash = (d: (typeof sides)[number]) =>
      ctx.setLineDash(d.style === 'dashed' ? [3 * d.width * s, 3 * d.width * s] : d.style === 'dotted' ? [d.width * s, d.width * s] : []);
    const same = drawn.length === 4 && drawn.every((d) => d.width === drawn[0].width && d.color === drawn[0].color && d.style === drawn[0].style);
    if (same) {
      const lw = drawn[0].width * s;
      ctx.lineWidth = lw;
      ctx.strokeStyle = drawn[0].color;
      dash(drawn[0]);
      ctx.beginPath();
      ctx.roundRect(x + lw / 2, y + lw / 2, w - lw, h - lw, Math.max(radius - lw / 2, 0));
      ctx.stroke();
      return;
    }
    for (const d of drawn) {
      const lw = d.width * s;
      ctx.lineWidth = lw;
      ctx.strokeStyle = d.color;
      dash(d);
      ctx.beginPath();
      const [x0, y0, x1, y1] = {
        Top: [x, y + lw / 2, x + w, y + lw / 2],
        Bottom: [x, y + h - lw / 2, x + w, y + h - lw / 2],
        Left: [x + lw / 2, y, x + lw / 2, y + h],
        Right: [x + w - lw / 2, y, x + w - lw / 2, y + h],
      }[d.side];
      ctx.moveTo(x0, y0);
      ctx.lineTo(x1, y1);
      ctx.stroke();
    }
  }

  /** An ordered list's number, which is not a text node: drawn at the item's start edge, on its first line. */
  function paintMarker(li: HTMLElement, cs: CSSStyleDeclaration, alpha: number, baseline: number | undefined) {
    if (cs.display !== 'list-item' || cs.listStyleType !== 'decimal' || cs.listStylePosition !== 'outside' || baseline === undefined) return;
    const index = [...li.parentElement!.children].filter((c) => c.tagName === 'LI').indexOf(li) + 1;
    const b = li.getBoundingClientRect();
    const rtl = cs.direction === 'rtl';
    reset();
    ctx.globalAlpha = alpha;
    ctx.fillStyle = cs.color;
    ctx.font = fontOf(cs);
    ctx.direction = rtl ? 'rtl' : 'ltr';
    // The marker ends at the item's start edge ("1. " then the text).
    ctx.textAlign = rtl ? 'left' : 'right';
    ctx.fillText(`${index}. `, cx(rtl ? b.right : b.left), cy(baseline));
  }

  function shapePath(el: SVGElement): Path2D | undefined {
    const n = (name: string) => parseFloat(el.getAttribute(name) ?? '0') || 0;
    const p = new Path2D();
    switch (el.tagName.toLowerCase()) {
      case 'rect':
        if (n('rx') > 0) p.roundRect(n('x'), n('y'), n('width'), n('height'), n('rx'));
        else p.rect(n('x'), n('y'), n('width'), n('height'));
        return p;
      case 'circle':
        p.arc(n('cx'), n('cy'), n('r'), 0, 2 * Math.PI);
        return p;
      case 'ellipse':
        p.ellipse(n('cx'), n('cy'), n('rx'), n('ry'), 0, 0, 2 * Math.PI);
        return p;
      case 'line':
        p.moveTo(n('x1'), n('y1'));
        p.lineTo(n('x2'), n('y2'));
        return p;
      case 'path':
        return new Path2D(el.getAttribute('d') ?? '');
      case 'polygon':
      case 'polyline': {
        const pts = (el.getAttribute('points') ?? '')
          .trim()
          .split(/[\s,]+/)
          .map(Number);
        for (let i = 0; i + 1 < pts.length; i += 2) {
          if (i) p.lineTo(pts[i], pts[i + 1]);
          else p.moveTo(pts[i], pts[i + 1]);
        }
        if (el.tagName.toLowerCase() === 'polygon') p.closePath();
        return p;
      }
      default:
        return undefined;
    }
  }

  function paintShape(el: SVGGraphicsElement, cs: CSSStyleDeclaration, alpha: number) {
    if (cs.visibility !== 'visible') return;
    const local = shapePath(el);
    const m = el.getScreenCTM();
    if (!local || !m) return;
    const toCanvas = new DOMMatrix([s, 0, 0, s, place.x - origin.left * s, place.y - origin.top * s]).multiply(DOMMatrix.fromMatrix(m));
    const path = new Path2D();
    path.addPath(local, toCanvas);
    reset();
    if (cs.fill !== 'none' && visible(cs.fill)) {
      ctx.globalAlpha = alpha * Number(cs.fillOpacity || 1);
      ctx.fillStyle = cs.fill;
      ctx.fill(path);
    }
    const width = parseFloat(cs.strokeWidth) || 0;
    if (cs.stroke !== 'none' && width > 0 && visible(cs.stroke)) {
      // A stroke scales with its shape, unless it asks not to (the bars' tracks stretch).
      const k = cs.getPropertyValue('vector-effect') === 'non-scaling-stroke' ? s : s * Math.sqrt(Math.abs(m.a * m.d - m.b * m.c));
      ctx.globalAlpha = alpha * Number(cs.strokeOpacity || 1);
      ctx.strokeStyle = cs.stroke;
      ctx.lineWidth = width * k;
      const dashes = cs.strokeDasharray === 'none' ? [] : cs.strokeDasharray.split(/[\s,]+/).map((d) => parseFloat(d) * k);
      ctx.setLineDash(dashes.filter((d) => d >= 0));
      ctx.stroke(path);
    }
  }

  function walk(el: Element, parentAlpha: number): number | undefined {
    const cs = getComputedStyle(el);
    if (cs.display === 'none') return undefined;
    const alpha = parentAlpha * Number(cs.opacity);
    if (alpha <= 0.01) return undefined;
    const svg = el instanceof SVGElement;
    if (svg && el instanceof SVGGraphicsElement && !['svg', 'g', 'text', 'tspan', 'a'].includes(el.tagName.toLowerCase())) {
      paintShape(el, cs, alpha);
      return undefined;
    }
    if (!svg) paintBox(el, cs, alpha);
    let first: number | undefined;
    for (const child of el.childNodes) {
      let base: number | undefined;
      if (child instanceof Text) base = paintText(child, cs, alpha, svg ? cs.fill : cs.color, svg);
      else if (child instanceof Element) base = walk(child, alpha);
      first ??= base;
    }
    if (el instanceof HTMLLIElement) paintMarker(el, cs, alpha, first);
    return first;
  }

  walk(root, 1);
  reset();
}
