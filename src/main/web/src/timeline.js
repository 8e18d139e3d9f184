// Timeline of negotiation rounds: an SVG axis of dates, one diamond per round, labels in lanes.
import { relatedRounds, datePhrase } from './model.js';

const SVG = 'http://www.w3.org/2000/svg';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function el(name, attrs = {}, text) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function day(date) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date || '');
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : null;
}

export function createTimeline(container, graph, select) {
  const dated = graph.rounds.filter((r) => day(r.date) !== null).sort((a, b) => day(a.date) - day(b.date) || a.label.localeCompare(b.label));
  const undated = graph.rounds.filter((r) => day(r.date) === null).sort((a, b) => a.label.localeCompare(b.label));
  const marks = new Map();
  const draw = () => {
    container.replaceChildren();
    marks.clear();
    const width = Math.max(container.clientWidth, 300);
    const pad = 24;
    const laneHeight = 16;
    if (dated.length === 0) {
      container.append(Object.assign(document.createElement('p'), { className: 'hint', textContent: 'No dated rounds.' }));
    } else {
      let t0 = day(dated[0].date);
      let t1 = day(dated[dated.length - 1].date);
      const DAY = 86400000;
      if (t1 - t0 < 30 * DAY) {
        t0 -= 15 * DAY;
        t1 += 15 * DAY;
      }
      const span = t1 - t0;
      t0 -= span * 0.04;
      t1 += span * 0.04;
      const x = (t) => pad + ((t - t0) / (t1 - t0)) * (width - 2 * pad);
      const lanesEnd = [];
      const placed = dated.map((r) => {
        const cx = x(day(r.date));
        const text = `${r.label} (${datePhrase(r)})`;
        const w = text.length * 6.2 + 10;
        let left = Math.min(Math.max(cx - 6, pad), width - w);
        let lane = lanesEnd.findIndex((end) => end < left);
        if (lane < 0) {
          lane = lanesEnd.length;
          lanesEnd.push(0);
        }
        lanesEnd[lane] = left + w;
        return { r, cx, lane, left, text };
      });
      const axisY = 18 + lanesEnd.length * laneHeight + 8;
      const height = axisY + 30;
      const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Timeline of negotiation rounds' });
      svg.append(el('line', { x1: pad, x2: width - pad, y1: axisY, y2: axisY, class: 'axis' }));
      const months = Math.round(span / (30 * DAY));
      const step = months > 48 ? 12 : months > 18 ? 3 : 1;
      const first = new Date(t0);
      for (let d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1)); d.getTime() < t1;
        d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step, 1))) {
        const tx = x(d.getTime());
        svg.append(el('line', { x1: tx, x2: tx, y1: axisY, y2: axisY + 5, class: 'tick' }));
        const label = d.getUTCMonth() === 0 || step >= 12 ? String(d.getUTCFullYear()) : MONTHS[d.getUTCMonth()];
        svg.append(el('text', { x: tx, y: axisY + 17, class: 'tick-label' }, label));
      }
      for (const p of placed) {
        const ly = 14 + p.lane * laneHeight;
        const g = el('g', { class: 'round', 'data-id': p.r.id, tabindex: 0 });
        g.append(el('line', { x1: p.cx, x2: p.cx, y1: ly + 3, y2: axisY, class: 'stem' }));
        g.append(el('path', { d: `M${p.cx} ${axisY - 6} l6 6 l-6 6 l-6 -6 z`, class: `mark ${p.r.status || ''}` }));
        g.append(el('text', { x: p.left, y: ly, class: 'round-label' }, p.text));
        const where = p.r.places.map((pl) => graph.nodes.get(pl)?.label).filter(Boolean);
        g.append(el('title', {}, [p.text, where.length ? `held in ${where.join(', ')}` : '', p.r.outcome ? `outcome: ${p.r.outcome}` : '', p.r.status ? `status: ${p.r.status}` : ''].filter(Boolean).join('\n')));
        g.addEventListener('click', () => select(p.r.id));
        g.addEventListener('keydown', (ev) => {
          if (ev.key === 'Enter') select(p.r.id);
        });
        svg.append(g);
        marks.set(p.r.id, g);
      }
      container.append(svg);
    }
    if (undated.length) {
      const p = document.createElement('p');
      p.className = 'undated';
      p.append('Undated: ');
      undated.forEach((r, i) => {
        const a = document.createElement('a');
        a.href = '#';
        a.className = 'round';
        a.dataset.id = r.id;
        a.textContent = r.label;
        a.addEventListener('click', (ev) => {
          ev.preventDefault();
          select(r.id);
        });
        if (i) p.append(', ');
        p.append(a);
        marks.set(r.id, a);
      });
      container.append(p);
    }
  };
  let current = null;
  const mark = () => {
    const related = current ? relatedRounds(graph, current) : new Set();
    for (const [id, g] of marks) {
      g.classList.toggle('related', related.has(id));
      g.classList.toggle('chosen', id === current);
    }
  };
  draw();
  new ResizeObserver(() => {
    draw();
    mark();
  }).observe(container);
  return {
    select(id) {
      current = id;
      mark();
    },
  };
}
