// Reusable identifier graph (Cytoscape.js). Mount on an element with data-graph-src pointing at a JSON endpoint
// returning { nodes: [{ id, type, label, href? }], edges: [{ id, source, target, label, reason }] }.
// The element holds a toolbar (.graph-filters, [data-action=fit], [data-action=png]), a .graph-canvas and a
// .graph-status line, and a .graph-nodes panel (the keyboard path, graph-nodes.js); the entity page and the
// network page both use it. Timings of the first draw are left on the element (data-ms-*) for the benchmark.
import { isLarge, layoutFor, rendererOptions } from './graph-layout.js';
import { mountNodeList } from './graph-nodes.js';

// One colour and shape per node type, distinguishable without colour too (shape), AA contrast on white.
const TYPES = {
  ad: { color: '#1f5fa8', shape: 'round-rectangle' },
  phone: { color: '#b42318', shape: 'ellipse' },
  email: { color: '#175cd3', shape: 'diamond' },
  handle: { color: '#6941c6', shape: 'hexagon' },
  crypto: { color: '#8a4b00', shape: 'star' },
  url: { color: '#207a3c', shape: 'triangle' },
  photo: { color: '#3f4750', shape: 'rectangle' },
  // Aggregated graphs: one node per posting city or month standing for its ads.
  city: { color: '#0b6e75', shape: 'round-octagon' },
  month: { color: '#6b5a00', shape: 'round-tag' },
};

export async function mountGraph(root) {
  const started = performance.now();
  const status = root.querySelector('.graph-status');
  let data;
  try {
    const response = await fetch(root.dataset.graphSrc, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(`the server answered ${response.status}`);
    }
    data = await response.json();
  } catch (error) {
    status.textContent = `The graph could not be loaded (${error.message}). Reload the page; if it keeps failing, check the server log.`;
    root.dataset.state = 'error';
    return null;
  }

  if (data.nodes.length === 0) {
    status.textContent = 'Nothing to draw: no identifiers link these ads yet. Run `ariadne analyze` after importing to extract them.';
    root.dataset.state = 'empty';
    return null;
  }

  const loaded = performance.now();
  const count = data.nodes.length;
  // Aggregated nodes carry the number of ads they stand for; their area grows with it (square root), 18 to 64 px.
  const most = Math.max(1, ...data.nodes.map((n) => n.count || 0));
  const sizeOf = (n) => (n.count ? Math.round(18 + 46 * Math.sqrt(n.count / most)) : undefined);
  status.textContent = `Laying out ${count} nodes…`;
  const cy = cytoscape({
    container: root.querySelector('.graph-canvas'),
    elements: [
      ...data.nodes.map((n) => ({ group: 'nodes', data: { ...n, focus: n.focus ? 1 : 0, size: sizeOf(n) } })),
      ...data.edges.map((e) => ({ group: 'edges', data: e })),
    ],
    style: style(isLarge(count)),
    wheelSensitivity: 0.3,
    ...rendererOptions(count),
  });

  // A click selects (details in the panel beside the graph, graph-nodes.js); a double click opens the node's page.
  cy.on('dbltap', 'node', (event) => {
    const href = event.target.data('href');
    if (href) {
      window.location.assign(href);
    }
  });
  // The wheel over the graph zooms it and must not also scroll the page: Cytoscape lets the first few notches
  // through while it tells a mouse wheel from a trackpad, which moved the graph away under the pointer.
  root.querySelector('.graph-canvas').addEventListener('wheel', (event) => event.preventDefault(), { passive: false });
  cy.on('zoom pan', () => {
    root.dataset.zoom = cy.zoom().toFixed(3);
    root.dataset.pan = `${Math.round(cy.pan().x)},${Math.round(cy.pan().y)}`;
  });

  const layout = layoutFor(cy);
  await runLayout(cy, layout);
  const laidOut = performance.now();
  addFilters(root, cy, data.nodes);
  mountNodeList(root, cy);
  root.querySelector('[data-action=fit]')?.addEventListener('click', () => cy.fit(undefined, 24));
  root.querySelector('[data-action=png]')?.addEventListener('click', () => exportPng(cy, root.dataset.graphName || 'graph'));

  // Interactive once the browser has painted the laid-out graph: two animation frames after the layout.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const painted = performance.now();
  status.textContent = `${count} nodes, ${data.edges.length} links${isLarge(count) ? ' (large graph: laid out in rings out from the busiest node; labels show as you zoom in)' : ''}. Click a node for its details, double-click to open it; scroll to zoom, drag to pan; the node list beside the graph works from the keyboard.`;
  root.dataset.nodes = String(cy.nodes().length);
  root.dataset.edges = String(cy.edges().length);
  root.dataset.layout = layout.name;
  root.dataset.msFetch = String(Math.round(loaded - started));
  root.dataset.msLayout = String(Math.round(laidOut - loaded));
  root.dataset.msInteractive = String(Math.round(painted - started));
  root.dataset.msSinceNavigation = String(Math.round(painted));
  root.dataset.zoom = cy.zoom().toFixed(3);
  root.dataset.pan = `${Math.round(cy.pan().x)},${Math.round(cy.pan().y)}`;
  // The Cytoscape instance, for the browser console and the browser tests (which click nodes where they are drawn).
  root.graph = cy;
  root.dataset.state = 'ready';
  return cy;
}

function runLayout(cy, options) {
  return new Promise((resolve) => {
    const layout = cy.layout(options);
    layout.one('layoutstop', resolve);
    layout.run();
  });
}

function style(large) {
  // On large graphs labels are drawn only once zoomed in far enough to read them: thousands of labels at the
  // fitted zoom are unreadable and cost most of each frame.
  const minFont = large ? { 'min-zoomed-font-size': 8 } : {};
  const styles = [
    { selector: 'node', style: { label: 'data(label)', 'font-size': 9, color: '#1b1f24', 'text-valign': 'bottom', 'text-margin-y': 3, width: 18, height: 18, 'border-width': 1, 'border-color': '#ffffff', 'text-wrap': 'ellipsis', 'text-max-width': 120, ...minFont } },
    { selector: 'node[focus = 1]', style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#f2b705', 'font-weight': 'bold' } },
    { selector: 'node[size]', style: { width: 'data(size)', height: 'data(size)' } },
    { selector: 'edge', style: { width: 1.2, 'line-color': '#9aa4ae', 'curve-style': large ? 'haystack' : 'bezier', label: large ? '' : 'data(label)', 'font-size': 7, color: '#4f5863', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f2b705', width: 28, height: 28, 'z-index': 10 } },
    // The node the keyboard is on in the list beside the graph: a dashed ring, distinct from the selection.
    { selector: 'node.keyboard-focus', style: { 'outline-width': 3, 'outline-color': '#1b1f24', 'outline-style': 'dashed', 'outline-offset': 2, 'z-index': 11 } },
  ];
  for (const [type, look] of Object.entries(TYPES)) {
    styles.push({ selector: `node[type = "${type}"]`, style: { 'background-color': look.color, shape: look.shape } });
  }
  return styles;
}

// A checkbox per node type present; unticking hides those nodes and their links.
function addFilters(root, cy, nodes) {
  const fieldset = root.querySelector('.graph-filters');
  if (!fieldset) {
    return;
  }
  const counts = new Map();
  for (const node of nodes) {
    counts.set(node.type, (counts.get(node.type) || 0) + 1);
  }
  for (const [type, count] of counts) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = type;
    box.addEventListener('change', () => {
      cy.nodes(`[type = "${type}"]`).style('display', box.checked ? 'element' : 'none');
    });
    const swatch = document.createElement('span');
    swatch.className = `swatch swatch-${type}`;
    label.append(box, swatch, ` ${type} (${count})`);
    fieldset.append(label);
  }
}

function exportPng(cy, name) {
  const link = document.createElement('a');
  link.href = cy.png({ full: true, scale: 2, bg: '#ffffff' });
  link.download = `${name}.png`;
  document.body.append(link);
  link.click();
  link.remove();
}
