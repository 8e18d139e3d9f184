// Parley explorer: graph, facts with their sentences, timeline of rounds and map of venues.
import './style.css';
import { loadGraph } from './model.js';
import { createGraphView } from './graph.js';
import { createTimeline } from './timeline.js';
import { createMap } from './map.js';
import { showFacts } from './facts.js';
import { createSearch } from './search.js';
import { TYPES } from './model.js';

const status = document.getElementById('status');

function legend() {
  const box = document.getElementById('legend');
  for (const t of TYPES.filter((x) => x.type !== 'Place' && x.type !== 'Credit')) {
    const item = document.createElement('span');
    item.className = 'legend-item';
    const dot = document.createElement('i');
    dot.style.background = t.color;
    item.append(dot, t.label);
    box.append(item);
  }
}

async function start() {
  legend();
  let graph;
  try {
    graph = await loadGraph();
  } catch (e) {
    status.textContent = `Could not load the graph: ${e.message}`;
    status.classList.add('error');
    return;
  }
  if (graph.nodes.size === 0) {
    status.textContent = 'The store holds no people, rounds or places yet: run parley build first.';
    return;
  }
  status.textContent = `${graph.nodes.size} nodes, ${graph.edges.length} links, ${graph.rounds.length} rounds`;
  const views = [];
  const select = (id) => {
    for (const v of views) v.select(id);
    showFacts(document.getElementById('facts'), graph, id, select);
    if (id) history.replaceState(null, '', `#${encodeURIComponent(id)}`);
  };
  views.push(createGraphView(document.getElementById('graph'), graph, select));
  views.push(createTimeline(document.getElementById('timeline'), graph, select));
  views.push(createMap(document.getElementById('map'), graph, select));
  createSearch(document.getElementById('search'), graph, select);
  showFacts(document.getElementById('facts'), graph, null, select);
  const fromHash = decodeURIComponent(location.hash.slice(1));
  if (fromHash && graph.nodes.has(fromHash)) select(fromHash);
  document.body.dataset.ready = 'true';
}

start();
