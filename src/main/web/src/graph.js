// The graph view: cytoscape with a force-directed layout, nodes coloured by type. Credits (bylines,
// photo credits) are left out: they link to no entity, and as isolated nodes the layout would push
// the connected graph into a corner; the facts panel lists them apart.
import cytoscape from 'cytoscape';
import { TYPES } from './model.js';

const LABELS = {
  affiliatedWith: 'affiliated with', represents: 'represents', headedBy: 'headed by', member: 'member',
  takesPartIn: 'takes part in', heldIn: 'held in', party: 'party', participant: 'participant',
  mediator: 'mediator', locatedIn: 'located in',
};

export function createGraphView(container, graph, select) {
  const elements = [];
  const shown = new Set();
  for (const n of graph.nodes.values()) {
    if (n.type === 'Credit') continue;
    shown.add(n.id);
    elements.push({ data: { id: n.id, label: n.label, type: n.type } });
  }
  graph.edges.forEach((e, i) => {
    if (!shown.has(e.source) || !shown.has(e.target)) return;
    elements.push({ data: { id: `e${i}`, source: e.source, target: e.target, label: LABELS[e.predicate] || e.predicate } });
  });
  const style = [
    {
      selector: 'node',
      style: {
        label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3,
        width: 16, height: 16, 'background-color': '#7f7f7f', color: '#222',
        'text-outline-color': '#fff', 'text-outline-width': 2,
      },
    },
    ...TYPES.map((t) => ({ selector: `node[type = "${t.type}"]`, style: { 'background-color': t.color } })),
    { selector: 'node[type = "NegotiationRound"]', style: { shape: 'diamond', width: 22, height: 22 } },
    { selector: 'node[type = "Delegation"]', style: { shape: 'round-rectangle' } },
    {
      selector: 'edge',
      style: {
        width: 1, 'line-color': '#c8c8c8', 'target-arrow-color': '#c8c8c8', 'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7, 'curve-style': 'bezier', label: '', 'font-size': 8, color: '#666',
        'text-rotation': 'autorotate', 'text-outline-color': '#fff', 'text-outline-width': 2,
      },
    },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: 'edge.near', style: { label: 'data(label)', 'line-color': '#888', 'target-arrow-color': '#888', width: 1.5 } },
    { selector: 'node.chosen', style: { 'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': 2, 'border-width': 4, 'border-color': '#111', width: 26, height: 26, 'z-index': 10 } },
  ];
  const cy = cytoscape({
    container,
    elements,
    style,
    layout: {
      name: 'cose', animate: false, randomize: true, fit: true, padding: 30, nodeRepulsion: () => 80000,
      idealEdgeLength: () => 60, nodeOverlap: 20, gravity: 0.3, componentSpacing: 80, numIter: 2500,
    },
    minZoom: 0.1,
    maxZoom: 4,
  });
  cy.on('tap', 'node', (ev) => select(ev.target.id()));
  cy.on('tap', (ev) => {
    if (ev.target === cy) select(null);
  });
  let chosen = null;
  const refit = () => {
    cy.resize();
    if (chosen) {
      cy.fit(cy.getElementById(chosen).closedNeighborhood(), 50);
      if (cy.zoom() > 1.4) cy.zoom(1.4);
      cy.center(cy.getElementById(chosen).closedNeighborhood());
    }
    else cy.fit(undefined, 30);
  };
  new ResizeObserver(refit).observe(container);
  window.parleyCy = cy;
  return {
    select(id) {
      chosen = id && !cy.getElementById(id).empty() ? id : null;
      cy.elements().removeClass('faded near chosen');
      if (!id) return;
      const node = cy.getElementById(id);
      if (node.empty()) return;
      const hood = node.closedNeighborhood();
      cy.elements().not(hood).addClass('faded');
      hood.edges().addClass('near');
      node.addClass('chosen');
      cy.fit(hood, 50);
      if (cy.zoom() > 1.4) cy.zoom({ level: 1.4, position: node.position() });
      cy.center(hood);
    },
  };
}
