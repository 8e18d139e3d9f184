// Map of the places where rounds were held, over country outlines bundled from world-atlas
// (Natural Earth, 1:50m): no tile server, so it works offline. Venue labels never cover each other
// or a venue: after each zoom or move they are placed in order of priority (highlighted, then most
// rounds), each moved up or down by a line or two when its place is taken, and hidden (shown on
// hover) when no place is free.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import countries from 'world-atlas/countries-50m.json';
import { relatedRounds, placeCoords, datePhrase } from './model.js';

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
    const roundNames = spot.rounds.map((r) => `${r.label}${r.date ? ` (${datePhrase(r)})` : ''}`);
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
  const declutter = () => placeLabels(markers);
  for (const { marker } of markers) {
    marker.on('mouseover', () => marker.getTooltip()?.getElement()?.classList.remove('crowded'));
    marker.on('mouseout', declutter);
  }
  map.on('zoomend moveend', declutter);
  new ResizeObserver(() => {
    map.invalidateSize();
    declutter();
  }).observe(container);
  declutter();
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
      declutter();
    },
  };
}

const SHIFTS = [0, 1, -1, 2, -2];

function overlaps(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Places the permanent venue labels so that none covers another label or a venue marker:
 * highlighted labels first, then those of places with more rounds; each takes its own place if
 * free, else the first free one a line or two above or below (SHIFTS), else it is hidden
 * ("crowded") until its marker is hovered.
 */
function placeLabels(markers) {
  const labels = markers.map(({ marker, spot }) => ({ el: marker.getTooltip()?.getElement(), spot }))
    .filter((l) => l.el);
  for (const l of labels) {
    l.el.style.marginTop = '0px';
    l.el.classList.remove('crowded');
  }
  labels.sort((a, b) => Number(b.el.classList.contains('related')) - Number(a.el.classList.contains('related'))
    || b.spot.rounds.length - a.spot.rounds.length || a.el.textContent.localeCompare(b.el.textContent));
  const taken = markers.map(({ marker }) => marker.getElement()?.getBoundingClientRect()).filter(Boolean);
  for (const l of labels) {
    const r = l.el.getBoundingClientRect();
    const step = r.height + 2;
    const shift = SHIFTS.find((k) => !taken.some((t) => overlaps(t, moved(r, k * step))));
    if (shift === undefined) {
      l.el.classList.add('crowded');
    } else {
      l.el.style.marginTop = `${shift * step}px`;
      taken.push(moved(r, shift * step));
    }
  }
}

function moved(r, dy) {
  return { left: r.left, right: r.right, top: r.top + dy, bottom: r.bottom + dy };
}

function escape(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}
