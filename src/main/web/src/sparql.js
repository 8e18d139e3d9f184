// Talks to Parley's same-origin SPARQL endpoint.
export const ENDPOINT = '/parley/sparql';

export const PREFIXES = `PREFIX parley: <https://w3id.org/parley/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX geo: <http://www.w3.org/2003/01/geo/wgs84_pos#>
`;

/** Runs a SELECT query and returns its rows as objects of plain strings. */
export async function select(query) {
  const response = await fetch(ENDPOINT, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/sparql-query',
      Accept: 'application/sparql-results+json',
    },
    body: PREFIXES + query,
  });
  if (!response.ok) {
    throw new Error(`SPARQL endpoint ${ENDPOINT}: HTTP ${response.status} ${await response.text()}`);
  }
  const json = await response.json();
  return json.results.bindings.map((b) => {
    const row = {};
    for (const [k, v] of Object.entries(b)) row[k] = v.value;
    return row;
  });
}

/** An IRI as a SPARQL term, refusing characters an IRI cannot hold. */
export function iri(value) {
  if (/[<>"{}|^`\\\s]/.test(value)) throw new Error(`not an IRI: ${value}`);
  return `<${value}>`;
}

/** The part of an IRI after its last # or /. */
export function localName(value) {
  return value.substring(Math.max(value.lastIndexOf('#'), value.lastIndexOf('/')) + 1);
}
