// Reusable identifier graph (Cytoscape.js). Mount on an element with data-graph-src pointing at a JSON endpoint
// returning { nodes: [{ id, type, label, href? }], edges: [{ id, source, target, label, reason }] }.
// The element holds a toolbar (.graph-filters, [data-action=fit], [data-action=png]), a .graph-canvas and a
// .graph-status line; the entity page and the network page both use it.

// One colour and shape per node type, distinguishable without colour too (shape), AA contrast on white.
const TYPES = {
  ad: { color: '#1f5fa8', shape: 'round-rectangle' },
  phone: { color: '#b42318', shape: 'ellipse' },
  email: { color: '#175cd3', shape: 'diamond' },
  handle: { color: '#6941c6', shape: 'hexagon' },
  crypto: { color: '#8a4b00', shape: 'star' },
  url: { color: '#207a3c', shape: 'triangle' },
  photo: { color: '#3f4750', shape: 'rectangle' },
};

export async function mountGraph(root) {
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

  const cy = cytoscape({
    container: root.querySelector('.graph-canvas'),
    elements: [
      ...data.nodes.map((n) => ({ group: 'nodes', data: { ...n, focus: n.focus ? 1 : 0 } })),
      ...data.edges.map((e) => ({ group: 'edges', data: e })),
    ],
    style: style(),
    layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70, padding: 24 },
    wheelSensitivity: 0.3,
  });

  cy.on('tap', 'node', (event) => {
    const href = event.target.data('href');
    if (href) {
      window.location.assign(href);
    }
  });

  addFilters(root, cy, data.nodes);
  root.querySelector('[data-action=fit]')?.addEventListener('click', () => cy.fit(undefined, 24));
  root.querySelector('[data-action=png]')?.addEventListener('click', () => exportPng(cy, root.dataset.graphName || 'graph'));

  status.textContent = `${data.nodes.length} nodes, ${data.edges.length} links. Click a node to open it; scroll to zoom, drag to pan.`;
  root.dataset.nodes = String(cy.nodes().length);
  root.dataset.edges = String(cy.edges().length);
  root.dataset.state = 'ready';
  return cy;
}

function style() {
  const styles = [
    { selector: 'node', style: { label: 'data(label)', 'font-size': 9, color: '#1b1f24', 'text-valign': 'bottom', 'text-margin-y': 3, width: 18, height: 18, 'border-width': 1, 'border-color': '#ffffff', 'text-wrap': 'ellipsis', 'text-max-width': 120 } },
    { selector: 'node[focus = 1]', style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#f2b705', 'font-weight': 'bold' } },
    { selector: 'edge', style: { width: 1.2, 'line-color': '#9aa4ae', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 7, color: '#4f5863', 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8 } },
    { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#f2b705' } },
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
