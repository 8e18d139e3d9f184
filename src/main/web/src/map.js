// Map of the places where rounds were held, over country outlines bundled from world-atlas
// (Natural Earth, 1:50m): no tile server, so it works offline.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import countries from 'world-atlas/countries-50m.json';
import { relatedRounds, placeCoords } from './model.js';

export function createMap(container, graph, select) {
  const map = L.map(container, { attributionControl: true, zoomSnap: 0.25, worldCopyJump: true, preferCanvas: false });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Borders: Natural Earth');

  const byPlace = new Map();
  for (const r of graph.rounds) {
    for (const place of r.places) {
      const c = placeCoords(graph, place);
      if (!c) continue;
      const key = c.at.join(',');
      if (!byPlace.has(key)) byPlace.set(key, { at: c.at, places: new Set(), rounds: [] });
      byPlace.get(key).places.add(place);
      byPlace.get(key).rounds.push(r);
    }
  }
  const points = [...byPlace.values()].map((spot) => spot.at).concat([...graph.coords.values()]);
  if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.35), { maxZoom: 6 });
  else map.setView([30, 10], 1.5);
  L.geoJSON(feature(countries, countries.objects.countries), {
    style: { color: '#9aa5b1', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1 },
    interactive: false,
  }).addTo(map);
  const markers = [];
  for (const spot of byPlace.values()) {
    const names = [...spot.places].map((p) => graph.nodes.get(p)?.label || p);
    const marker = L.circleMarker(spot.at, { radius: 7, color: '#7a1010', weight: 1.5, fillColor: '#d62728', fillOpacity: 0.85, className: 'venue' });
    const roundNames = spot.rounds.map((r) => `${r.label}${r.date ? ` (${r.date})` : ''}`);
    marker.bindTooltip(`<b>${escape(names.join(' / '))}</b><br>${roundNames.map(escape).join('<br>')}`,
      { permanent: true, direction: 'right', className: 'venue-tip', offset: [8, 0] });
    marker.on('click', () => select(spot.rounds.length === 1 ? spot.rounds[0].id : [...spot.places][0]));
    marker.addTo(map);
    markers.push({ marker, spot });
  }
  for (const [id, at] of graph.coords) {
    if ([...byPlace.values()].some((s) => s.places.has(id))) continue;
    const n = graph.nodes.get(id);
    if (!n) continue;
    L.circleMarker(at, { radius: 3, color: '#555', weight: 1, fillColor: '#999', fillOpacity: 0.9 })
      .bindTooltip(escape(n.label), { direction: 'top' })
      .on('click', () => select(id))
      .addTo(map);
  }
  new ResizeObserver(() => map.invalidateSize()).observe(container);
  window.parleyMap = map;

  return {
    select(id) {
      const related = id ? relatedRounds(graph, id) : new Set();
      const hot = [];
      for (const { marker, spot } of markers) {
        const on = spot.rounds.some((r) => related.has(r.id)) || spot.places.has(id);
        marker.setStyle(on ? { radius: 10, fillColor: '#ffbf00', color: '#7a4b00', weight: 2.5 } : { radius: 7, fillColor: '#d62728', color: '#7a1010', weight: 1.5 });
        marker.getTooltip()?.getElement()?.classList.toggle('related', on);
        if (on) {
          marker.bringToFront();
          hot.push(spot.at);
        }
      }
      if (hot.length) map.flyToBounds(L.latLngBounds(hot).pad(0.6), { maxZoom: 5, duration: 0.4 });
    },
  };
}

function escape(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
