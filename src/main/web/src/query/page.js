// Parley query page: YASGUI (editor with completion and error markers, result table, tabs) against
// the server's SPARQL endpoint, with the saved queries listed beside it. The page's HTML is
// rendered by the server (org.parley.serve.QueryPage): the endpoint is in body[data-endpoint] and
// each saved query is a button[data-query] holding its question; the query texts come from
// /queries.json. Nothing is loaded from other servers.
import Yasgui from '@zazuko/yasgui';
import '@zazuko/yasgui/build/yasgui.min.css';
import './page.css';

// Completers that stay on this machine (the others ask a vocabulary service on the internet).
const LOCAL_COMPLETERS = ['prefixes', 'variables'];
const FALLBACK_QUERY = 'SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } }\n'
  + 'GROUP BY ?g ORDER BY DESC(?triples) LIMIT 25';

function createYasgui(root, endpoint, firstQuery) {
  Yasgui.Yasqe.defaults.autocompleters = [...LOCAL_COMPLETERS];
  root.replaceChildren();
  return new Yasgui(root, {
    requestConfig: { endpoint, method: 'POST' },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint }], keys: [] },
    persistenceId: 'parley-query-page',
    yasqe: { autocompleters: [...LOCAL_COMPLETERS], value: firstQuery },
  });
}

function findTab(yasgui, name) {
  for (const id of yasgui.persistentConfig.getTabs()) {
    const tab = yasgui.getTab(id);
    if (tab && tab.getName() === name) return tab;
  }
  return null;
}

// Opens a saved query in its own tab (named after the query, re-used when open) and runs it.
function openSaved(yasgui, endpoint, saved) {
  let tab = findTab(yasgui, saved.name);
  if (tab) {
    yasgui.selectTabId(tab.getId());
    tab.setQuery(saved.text);
  } else {
    tab = yasgui.addTab(true, {
      ...Yasgui.Tab.getDefaults(),
      name: saved.name,
      requestConfig: { ...yasgui.config.requestConfig, endpoint },
      yasqe: { value: saved.text },
    });
  }
  tab.query();
}

async function savedQueries() {
  const response = await fetch('queries.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`saved queries: HTTP ${response.status}`);
  return response.json();
}

async function main() {
  const endpoint = new URL(document.body.dataset.endpoint, window.location.href).href;
  let saved = [];
  try {
    saved = await savedQueries();
  } catch (e) {
    document.getElementById('saved-status').textContent = `Saved queries could not be loaded (${e.message}).`;
  }
  const yasgui = createYasgui(document.getElementById('yasgui'), endpoint,
    saved.length ? saved[0].text : FALLBACK_QUERY);
  const byName = new Map(saved.map((q) => [q.name, q]));
  for (const button of document.querySelectorAll('button[data-query]')) {
    const query = byName.get(button.dataset.query);
    if (!query) continue;
    button.disabled = false;
    button.addEventListener('click', () => openSaved(yasgui, endpoint, query));
  }
  window.parleyYasgui = yasgui;
  document.body.dataset.ready = 'true';
}

main();
