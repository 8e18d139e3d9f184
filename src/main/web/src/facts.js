// The facts panel: what the store says about one node, each fact with the articles it comes from
// and the sentences quoted as evidence.
import { loadFacts, loadEvidence, countOf, dateText } from './model.js';
import { localName } from './sparql.js';

const ENTITIES_GRAPH = 'https://w3id.org/parley/id/graph/entities';
let generation = 0;

function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('data-')) e.setAttribute(k, v);
    else e[k] = v;
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function predicateLabel(row) {
  if (row.plabel) return row.plabel;
  return localName(row.p).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function articleLink(a) {
  if (a.g === ENTITIES_GRAPH) return h('span', { class: 'source' }, 'across articles');
  const title = a.headline || a.source || localName(a.g);
  return a.url ? h('a', { class: 'source', href: a.url, target: '_blank', rel: 'noopener', title: a.g }, title)
    : h('span', { class: 'source', title: a.g }, title);
}

/** Where the evidence's words are in its sentence: from the offsets when given, else the first whole-word match. */
function mentionSpan(ev) {
  const from = parseInt(ev.evStart, 10) - parseInt(ev.sentStart, 10);
  const to = parseInt(ev.evEnd, 10) - parseInt(ev.sentStart, 10);
  if (from >= 0 && to > from && to <= ev.text.length && (!ev.mention || ev.text.slice(from, to) === ev.mention)) return [from, to];
  if (!ev.mention) return [-1, -1];
  const escaped = ev.mention.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(^|[^\\p{L}\\p{N}])(${escaped})(?![\\p{L}\\p{N}])`, 'u').exec(ev.text);
  return m ? [m.index + m[1].length, m.index + m[1].length + m[2].length] : [-1, -1];
}

function sentence(ev) {
  const q = h('blockquote', { class: 'evidence' });
  const text = ev.text;
  const [at, end] = mentionSpan(ev);
  if (at >= 0) q.append(text.slice(0, at), h('mark', {}, text.slice(at, end)), text.slice(end));
  else q.append(text);
  const from = ev.url ? h('a', { href: ev.url, target: '_blank', rel: 'noopener' }, ev.headline || ev.source || 'article')
    : (ev.headline || ev.source) ? h('span', {}, ev.headline || ev.source) : null;
  if (from) q.append(h('cite', {}, ' — ', from));
  return q;
}

function roundOf(graph, id) {
  return graph.rounds.find((r) => r.id === id);
}

function nodeType(node) {
  if (node.type === 'NegotiationRound') return 'Negotiation round';
  if (node.type === 'Credit') return 'Credit: named in a byline or photo credit';
  return node.type;
}

function overview(graph, select) {
  const link = (n) => h('a', { href: '#', class: 'node-link', 'data-id': n.id, onclick: (ev) => { ev.preventDefault(); select(n.id); } }, n.label);
  const degree = new Map();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) || 0) + 1);
    degree.set(e.target, (degree.get(e.target) || 0) + 1);
  }
  const counts = new Map();
  for (const n of graph.nodes.values()) counts.set(n.type, (counts.get(n.type) || 0) + 1);
  const people = [...graph.nodes.values()].filter((n) => n.type === 'Person')
    .sort((a, b) => (degree.get(b.id) || 0) - (degree.get(a.id) || 0) || a.label.localeCompare(b.label)).slice(0, 10);
  const credits = [...graph.nodes.values()].filter((n) => n.type === 'Credit').sort((a, b) => a.label.localeCompare(b.label));
  const rounds = [...graph.rounds].sort((a, b) => (a.date || '9999').localeCompare(b.date || '9999') || a.label.localeCompare(b.label));
  const summary = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([t, c]) => countOf(t, c)).join(', ');
  return [
    h('p', { class: 'hint' }, 'Search a name or click a node to see its facts and the sentences they come from.'),
    h('p', { class: 'summary' }, summary),
    h('h3', {}, 'Most connected people'),
    h('ol', { class: 'overview-list people' }, ...people.map((n) => h('li', {}, link(n)))),
    h('h3', {}, 'Rounds'),
    h('ol', { class: 'overview-list rounds' }, ...rounds.map((r) => h('li', { 'data-date': r.date || '' }, link(graph.nodes.get(r.id)),
      r.date ? h('span', { class: 'round-context' }, ` ${dateText(r)}`) : null))),
    credits.length ? h('h3', {}, 'Credits (bylines and photo credits, not actors)') : null,
    credits.length ? h('ul', { class: 'overview-list credits' }, ...credits.map((n) => h('li', {}, link(n)))) : null,
  ].filter(Boolean);
}

export async function showFacts(panel, graph, id, select) {
  const mine = ++generation;
  if (!id) {
    panel.replaceChildren(...overview(graph, select));
    return;
  }
  const node = graph.nodes.get(id);
  panel.replaceChildren(h('p', { class: 'hint' }, 'Loading…'));
  let rows;
  let evidence;
  try {
    [rows, evidence] = await Promise.all([loadFacts(id), loadEvidence(id)]);
  } catch (e) {
    panel.replaceChildren(h('p', { class: 'error' }, e.message));
    return;
  }
  if (mine !== generation) return;
  const seen = new Set();
  evidence = evidence.filter((ev) => {
    const key = `${ev.subject}|${ev.p}|${ev.o}|${ev.text}|${ev.url || ev.article || ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const facts = new Map();
  for (const r of rows) {
    const key = `${r.dir}|${r.p}|${r.o}`;
    if (!facts.has(key)) facts.set(key, { ...r, articles: new Map() });
    const f = facts.get(key);
    if (!f.olabel && r.olabel) f.olabel = r.olabel;
    if (!f.articles.has(r.g)) f.articles.set(r.g, r);
  }
  const used = new Set();
  const evidenceFor = (f) => evidence.filter((ev, i) => {
    const match = f.dir === 'out'
      ? ev.subject === id && ev.p === f.p && ev.o === f.o
      : ev.subject === f.o && ev.p === f.p && ev.o === id;
    if (match) used.add(i);
    return match;
  });

  const names = [...(node?.names || [])].filter((n) => n !== node?.label);
  const header = h('header', {},
    h('h2', { class: 'node-name' }, node?.label || localName(id)),
    h('p', { class: 'node-type' }, node ? nodeType(node) : ''),
    names.length ? h('p', { class: 'aliases' }, `Also written: ${names.join(', ')}`) : null,
    roundOf(graph, id)?.date ? h('p', { class: 'node-date' }, `Date: ${dateText(roundOf(graph, id))}`) : null,
    h('p', { class: 'iri' }, id));
  const list = h('ul', { class: 'fact-list' });
  const skip = new Set(['preferredName', 'name']);
  for (const f of facts.values()) {
    if (f.dir === 'out' && skip.has(localName(f.p))) continue;
    const known = graph.nodes.has(f.o);
    const isIri = /^https?:\/\//.test(f.o);
    const objectLabel = f.olabel || (isIri ? localName(f.o) : f.o);
    const round = graph.rounds.find((r) => r.id === f.o);
    const object = known
      ? h('a', { href: '#', class: round ? 'node-link round-link' : 'node-link', 'data-id': f.o, onclick: (ev) => { ev.preventDefault(); select(f.o); } }, objectLabel)
      : isIri ? h('span', { class: 'value', title: f.o }, objectLabel) : h('span', { class: 'value' }, objectLabel);
    const line = f.dir === 'out'
      ? h('div', { class: 'fact-line' }, h('span', { class: 'pred' }, predicateLabel(f)), ' ', object)
      : h('div', { class: 'fact-line' }, object, ' ', h('span', { class: 'pred' }, predicateLabel(f)), ' ', h('em', {}, 'this'));
    if (round) {
      const where = round.places.map((pl) => graph.nodes.get(pl)?.label).filter(Boolean);
      const context = [dateText(round), ...where].filter(Boolean).join(' · ');
      if (context) line.append(' ', h('span', { class: 'round-context' }, context));
    }
    const sources = h('div', { class: 'sources' }, 'from ');
    [...f.articles.values()].forEach((a, i) => {
      if (i) sources.append(', ');
      sources.append(articleLink(a));
    });
    const li = h('li', { class: `fact ${f.dir}`, 'data-object': f.o }, line, sources);
    for (const ev of evidenceFor(f)) li.append(sentence(ev));
    list.append(li);
  }
  const rest = evidence.filter((_, i) => !used.has(i));
  const parts = [header, h('h3', {}, 'Facts'), list];
  if (rest.length) {
    parts.push(h('h3', {}, 'Other evidence'));
    for (const ev of rest) parts.push(sentence(ev));
  }
  panel.replaceChildren(...parts);
  panel.scrollTop = 0;
}
