// Loads the entity graph (people, delegations, rounds, places, countries, organizations) from SPARQL.
import { select, iri, localName } from './sparql.js';

/**
 * Node types, most specific first, with their colours and names. Credits are the people named in
 * bylines and photo credits: authors and photographers, not actors, so apart from the people (as
 * people.rq leaves them out).
 */
export const TYPES = [
  { type: 'Credit', color: '#a0a0a0', label: 'Credit', plural: 'credits' },
  { type: 'Person', color: '#1f77b4', label: 'Person', plural: 'people' },
  { type: 'Delegation', color: '#9467bd', label: 'Delegation', plural: 'delegations' },
  { type: 'NegotiationRound', color: '#d62728', label: 'Round', plural: 'rounds' },
  { type: 'Venue', color: '#2ca02c', label: 'Venue', plural: 'venues' },
  { type: 'City', color: '#17becf', label: 'City', plural: 'cities' },
  { type: 'Region', color: '#bcbd22', label: 'Region', plural: 'regions' },
  { type: 'Country', color: '#ff7f0e', label: 'Country', plural: 'countries' },
  { type: 'Organization', color: '#8c564b', label: 'Organization', plural: 'organizations' },
  { type: 'Place', color: '#7f7f7f', label: 'Place', plural: 'places' },
];

/** "1 city", "7 cities": a count of nodes of a type, in words. */
export function countOf(type, n) {
  const t = TYPES.find((x) => x.type === type) || { label: type, plural: `${type.toLowerCase()}s` };
  return `${n} ${n === 1 ? t.label.toLowerCase() : t.plural}`;
}

/**
 * A round's date as the saved queries give it (rounds.rq, timeline.rq: the preferred date), with the
 * other dates sources claim: "2022-02-28 (sources also say 2022-02-27)".
 */
export function dateText(round) {
  if (!round.date) return '';
  return round.otherDates.length ? `${round.date} (sources also say ${round.otherDates.join(', ')})` : round.date;
}

/** The same inside brackets of its own: "2022-02-28; sources also say 2022-02-27". */
export function datePhrase(round) {
  if (!round.date) return '';
  return round.otherDates.length ? `${round.date}; sources also say ${round.otherDates.join(', ')}` : round.date;
}

const RELATIONS = ['affiliatedWith', 'represents', 'headedBy', 'member', 'takesPartIn', 'heldIn', 'party',
  'participant', 'mediator', 'locatedIn'];

/** The most specific of a node's types. */
export function mostSpecific(types) {
  for (const t of TYPES) if (types.has(t.type)) return t.type;
  return 'Place';
}

/** Loads nodes, edges, rounds and coordinates. */
export async function loadGraph() {
  const typeValues = TYPES.map((t) => `parley:${t.type}`).join(' ');
  const [typeRows, nameRows, edgeRows, roundRows, coordRows, creditRows] = await Promise.all([
    select(`SELECT DISTINCT ?s ?type WHERE { VALUES ?type { ${typeValues} } ?s a ?type FILTER(isIRI(?s)) }`),
    select(`SELECT ?s ?p ?name WHERE {
      VALUES ?type { ${typeValues} } ?s a ?type .
      VALUES ?p { parley:preferredName parley:name rdfs:label } ?s ?p ?name }`),
    select(`SELECT DISTINCT ?s ?p ?o WHERE {
      VALUES ?p { ${RELATIONS.map((r) => `parley:${r}`).join(' ')} } ?s ?p ?o FILTER(isIRI(?o)) }`),
    select(`SELECT ?r (SAMPLE(?pd) AS ?preferred) (GROUP_CONCAT(DISTINCT STR(?d); separator=" ") AS ?dates)
      (SAMPLE(?o) AS ?ordinal) (SAMPLE(?st) AS ?status)
      (GROUP_CONCAT(DISTINCT ?out; separator="; ") AS ?outcome) WHERE {
      ?r a parley:NegotiationRound .
      OPTIONAL { ?r parley:preferredDate ?pd } OPTIONAL { ?r parley:date ?d } OPTIONAL { ?r parley:ordinal ?o }
      OPTIONAL { ?r parley:status ?st } OPTIONAL { ?r parley:outcome ?out } } GROUP BY ?r`),
    select(`SELECT ?s (SAMPLE(?la) AS ?lat) (SAMPLE(?lo) AS ?long) WHERE { ?s geo:lat ?la ; geo:long ?lo } GROUP BY ?s`),
    select('SELECT DISTINCT ?s WHERE { ?article parley:author|parley:photographer ?s FILTER(isIRI(?s)) }'),
  ]);
  const nodes = new Map();
  for (const row of typeRows) {
    if (!nodes.has(row.s)) nodes.set(row.s, { id: row.s, types: new Set(), names: new Set(), preferred: null, rdfsLabel: null });
    nodes.get(row.s).types.add(localName(row.type));
  }
  for (const row of nameRows) {
    const n = nodes.get(row.s);
    if (!n) continue;
    const p = localName(row.p);
    if (p === 'preferredName') n.preferred = n.preferred && n.preferred < row.name ? n.preferred : row.name;
    else if (p === 'name') n.names.add(row.name);
    else n.rdfsLabel = n.rdfsLabel && n.rdfsLabel < row.name ? n.rdfsLabel : row.name;
  }
  for (const row of creditRows) nodes.get(row.s)?.types.add('Credit');
  for (const n of nodes.values()) {
    n.type = mostSpecific(n.types);
    n.label = n.preferred || [...n.names].sort()[0] || n.rdfsLabel || localName(n.id);
    n.searchText = [n.label, ...n.names, n.rdfsLabel || ''].join(' ').toLowerCase();
  }
  const edges = edgeRows
    .filter((e) => nodes.has(e.s) && nodes.has(e.o))
    .map((e) => ({ source: e.s, target: e.o, predicate: localName(e.p) }));
  const coords = new Map();
  for (const row of coordRows) {
    const lat = parseFloat(row.lat);
    const lon = parseFloat(row.long);
    if (Number.isFinite(lat) && Number.isFinite(lon)) coords.set(row.s, [lat, lon]);
  }
  const rounds = roundRows.filter((r) => nodes.has(r.r)).map((r) => ({
    id: r.r,
    label: nodes.get(r.r).label,
    ...roundDates(r.preferred, r.dates),
    ordinal: r.ordinal || null,
    status: r.status ? localName(r.status) : null,
    outcome: r.outcome || null,
    places: edges.filter((e) => e.source === r.r && e.predicate === 'heldIn').map((e) => e.target),
  }));
  return { nodes, edges, rounds, coords };
}

/**
 * The date shown for a round: its preferred date (the one rounds.rq shows), else in a store without
 * preferred dates the earliest claimed; and the other dates claimed.
 */
function roundDates(preferred, dates) {
  const claimed = [...new Set((dates || '').split(' ').filter(Boolean))].sort();
  const date = preferred || claimed[0] || null;
  return { date, otherDates: claimed.filter((d) => d !== date) };
}

/**
 * The rounds related to a node: itself if a round, the rounds it is linked to, and the rounds linked
 * through one delegation or place in between (a person heading a delegation at a round, a city whose
 * venue hosted one). Countries and organizations are not walked through: they link everything.
 */
export function relatedRounds(graph, id) {
  const typeOf = (x) => graph.nodes.get(x)?.type;
  const neighbours = (x) => graph.edges.flatMap((e) => (e.source === x ? [e.target] : e.target === x ? [e.source] : []));
  const through = new Set(['Delegation', 'Venue', 'City', 'Region', 'Place']);
  const found = new Set();
  if (typeOf(id) === 'NegotiationRound') return new Set([id]);
  for (const n of neighbours(id)) {
    if (typeOf(n) === 'NegotiationRound') found.add(n);
    else if (through.has(typeOf(n))) {
      for (const m of neighbours(n)) if (typeOf(m) === 'NegotiationRound') found.add(m);
    }
  }
  return found;
}

/** Coordinates of a place, or of the first place it lies in that has some. */
export function placeCoords(graph, place, seen = new Set()) {
  if (graph.coords.has(place)) return { place, at: graph.coords.get(place) };
  seen.add(place);
  for (const e of graph.edges) {
    if (e.source === place && e.predicate === 'locatedIn' && !seen.has(e.target)) {
      const c = placeCoords(graph, e.target, seen);
      if (c) return c;
    }
  }
  return null;
}

/** Facts about one node: its triples in each article graph, with predicate and object labels. */
export async function loadFacts(id) {
  const s = iri(id);
  return select(`SELECT ?dir ?p ?plabel ?o ?olabel ?g ?headline ?url ?source WHERE {
    { GRAPH ?g { ${s} ?p ?o } BIND("out" AS ?dir) FILTER(?p != rdf:type) }
    UNION { GRAPH ?g { ?o ?p ${s} } BIND("in" AS ?dir) FILTER(?p NOT IN (rdf:subject, rdf:object)) }
    OPTIONAL { ?p rdfs:label ?pl FILTER(langMatches(lang(?pl), "en") || lang(?pl) = "") }
    BIND(COALESCE(?pl, "") AS ?plabel)
    OPTIONAL { ?o parley:preferredName ?pn } OPTIONAL { ?o parley:name ?nm } OPTIONAL { ?o rdfs:label ?lb }
    OPTIONAL { ?o parley:quote ?quote }
    BIND(COALESCE(?pn, ?nm, ?lb, ?quote) AS ?olabel)
    OPTIONAL { ?g parley:headline ?headline } OPTIONAL { ?g parley:url ?url } OPTIONAL { ?g parley:sourceFile ?source }
  } ORDER BY ?dir ?p ?o ?g ?olabel`);
}

/** The evidence sentences for facts whose subject or object is the node. */
export async function loadEvidence(id) {
  const s = iri(id);
  return select(`SELECT ?subject ?p ?o ?text ?mention ?evStart ?evEnd ?sentStart ?article ?headline ?url ?source WHERE {
    { ?ev rdf:subject ${s} } UNION { ?ev rdf:object ${s} }
    ?ev rdf:subject ?subject ; rdf:predicate ?p ; rdf:object ?o ; parley:sentence ?sentence .
    ?sentence parley:text ?text .
    OPTIONAL { ?ev parley:mentionText ?mention }
    OPTIONAL { ?ev parley:start ?evStart ; parley:end ?evEnd } OPTIONAL { ?sentence parley:start ?sentStart }
    OPTIONAL { { ?ev parley:inArticle ?article } UNION { ?sentence parley:inArticle ?article } }
    OPTIONAL { ?article parley:headline ?headline } OPTIONAL { ?article parley:url ?url }
    OPTIONAL { ?article parley:sourceFile ?source }
  } ORDER BY ?p ?o ?text`);
}
