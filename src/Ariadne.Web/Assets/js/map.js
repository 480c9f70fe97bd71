// Reusable movement map: an offline world map (world-atlas via topojson-client, drawn with d3-geo as SVG) with
// the places of a set of posts and arrows between consecutive visits in time order. Mount on an element with
// data-map-src pointing at a JSON endpoint returning
// { places: [{ key, name, country, lat, lon, posts }], visits: [{ place, first, last, posts }], unplaced }.
const SVG = 'http://www.w3.org/2000/svg';
const ATLAS = '/assets/vendor/countries-50m.json';
let atlas;

export async function mountMap(root) {
  const status = root.querySelector('.map-status');
  let data;
  try {
    const [world, movements] = await Promise.all([loadAtlas(), getJson(root.dataset.mapSrc)]);
    data = { world, movements };
  } catch (error) {
    status.textContent = `The map could not be loaded (${error.message}). Reload the page; if it keeps failing, check the server log.`;
    root.dataset.state = 'error';
    return;
  }

  const { places, visits, unplaced } = data.movements;
  if (places.length === 0) {
    status.textContent = unplaced > 0
      ? `None of the ${unplaced} posts has a location the gazetteer knows, so there is nothing to place on the map.`
      : 'These posts carry no location, so there is nothing to place on the map.';
    root.dataset.state = 'empty';
    return;
  }

  const width = Math.max(root.clientWidth, 320);
  const height = Math.round(Math.min(460, width * 0.55));
  const byKey = new Map(places.map((p) => [p.key, p]));
  const projection = d3.geoNaturalEarth1();
  projection.fitExtent([[30, 30], [width - 30, height - 30]], extent(places));

  const svg = element('svg', { viewBox: `0 0 ${width} ${height}`, class: 'map-svg', role: 'img', 'aria-label': describe(places, visits, byKey) });
  svg.append(arrowMarker());
  const path = d3.geoPath(projection);
  const land = element('g', { class: 'map-land' });
  for (const feature of topojson.feature(data.world, data.world.objects.countries).features) {
    const d = path(feature);
    if (d) {
      land.append(element('path', { d }));
    }
  }
  svg.append(element('path', { d: path({ type: 'Sphere' }), class: 'map-sphere' }), land);

  // Arrows between consecutive visits, curved so A→B and B→A stay apart.
  const legs = element('g', { class: 'map-legs' });
  for (let i = 1; i < visits.length; i++) {
    const [x1, y1] = projection([byKey.get(visits[i - 1].place).lon, byKey.get(visits[i - 1].place).lat]);
    const [x2, y2] = projection([byKey.get(visits[i].place).lon, byKey.get(visits[i].place).lat]);
    const mx = (x1 + x2) / 2 - (y2 - y1) * 0.2;
    const my = (y1 + y2) / 2 + (x2 - x1) * 0.2;
    const leg = element('path', { d: `M${x1},${y1} Q${mx},${my} ${x2},${y2}`, class: 'map-leg', 'marker-end': 'url(#map-arrow)' });
    leg.append(title(`${i}. ${byKey.get(visits[i - 1].place).name} → ${byKey.get(visits[i].place).name}`));
    legs.append(leg);
  }
  svg.append(legs);

  const dots = element('g', { class: 'map-places' });
  for (const place of places) {
    const [x, y] = projection([place.lon, place.lat]);
    const dot = element('circle', { cx: x, cy: y, r: 4 + Math.min(8, Math.sqrt(place.posts) * 1.5), class: 'map-place', 'data-place': place.key });
    dot.append(title(`${place.name}, ${place.country}: ${place.posts} post${place.posts === 1 ? '' : 's'}`));
    const label = element('text', { x: x + 8, y: y - 6, class: 'map-label' });
    label.textContent = place.name;
    dots.append(dot, label);
  }
  svg.append(dots);
  root.querySelector('.map-canvas').replaceChildren(svg);

  status.textContent = `${places.length} place${places.length === 1 ? '' : 's'}, ${Math.max(0, visits.length - 1)} move${visits.length === 2 ? '' : 's'} in time order` +
    (unplaced > 0 ? `; ${unplaced} posts without a known location are not shown.` : '.');
  root.dataset.places = String(places.length);
  root.dataset.state = 'ready';
}

async function loadAtlas() {
  atlas ??= getJson(ATLAS);
  return atlas;
}

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error(`the server answered ${response.status}`);
  }
  return response.json();
}

// The area to show: the places plus a margin of a few degrees, so one city is not zoomed to a single point.
function extent(places) {
  const lons = places.map((p) => p.lon);
  const lats = places.map((p) => p.lat);
  const pad = 4;
  const [w, e] = [Math.max(-180, Math.min(...lons) - pad), Math.min(180, Math.max(...lons) + pad)];
  const [s, n] = [Math.max(-85, Math.min(...lats) - pad), Math.min(85, Math.max(...lats) + pad)];
  return { type: 'MultiPoint', coordinates: [[w, s], [e, s], [e, n], [w, n]] };
}

function describe(places, visits, byKey) {
  const route = visits.map((v) => byKey.get(v.place).name).join(' → ');
  return `Movement map: ${route}`;
}

function arrowMarker() {
  const defs = element('defs', {});
  const marker = element('marker', { id: 'map-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
  marker.append(element('path', { d: 'M0,0 L10,5 L0,10 z', class: 'map-arrowhead' }));
  defs.append(marker);
  return defs;
}

function title(text) {
  const t = element('title', {});
  t.textContent = text;
  return t;
}

function element(name, attributes) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) {
    node.setAttribute(key, String(value));
  }
  return node;
}
