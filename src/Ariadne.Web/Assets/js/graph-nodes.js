// The keyboard path into the graph: a list of its nodes beside the canvas (one tab stop, arrow keys inside), a type
// filter, and a details panel. Enter selects the focused node: the graph centres on it and the panel shows its type,
// its page and its neighbours. With a node selected, Left and Right walk through that node's neighbours (the
// graph marks the one in focus), and Enter selects it in turn. Up/Down/Home/End move through the list.
// Clicking a node in the graph selects it the same way and moves the list's focus point to it.

export function mountNodeList(root, cy) {
  const panel = root.querySelector('.graph-nodes');
  if (!panel) {
    return;
  }
  const list = panel.querySelector('[role=listbox]');
  const filter = panel.querySelector('select.graph-node-type');
  const details = panel.querySelector('.graph-node-details');
  const items = new Map();
  let selected = null; // the node whose neighbours Left/Right walk
  let neighbourIndex = -1;

  const nodes = cy.nodes().sort((a, b) => a.data('type').localeCompare(b.data('type')) || b.degree() - a.degree() || a.data('label').localeCompare(b.data('label')));
  const types = [...new Set(nodes.map((n) => n.data('type')))];
  for (const type of types) {
    const option = document.createElement('option');
    option.value = type;
    option.textContent = `${type} (${nodes.filter((n) => n.data('type') === type).length})`;
    filter.append(option);
  }

  const fragment = document.createDocumentFragment();
  for (const node of nodes) {
    const item = document.createElement('li');
    item.setAttribute('role', 'option');
    item.id = `${list.id}-${items.size}`;
    item.tabIndex = -1;
    item.dataset.nodeId = node.id();
    item.dataset.type = node.data('type');
    item.setAttribute('aria-selected', 'false');
    const tag = document.createElement('span');
    tag.className = `swatch swatch-${node.data('type')}`;
    item.append(tag, ` ${node.data('type')}: ${node.data('label')}`);
    item.title = `${node.degree()} links`;
    fragment.append(item);
    items.set(node.id(), item);
  }
  list.append(fragment);
  let current = list.querySelector('[role=option]');
  if (current) {
    current.tabIndex = 0;
  }

  const visible = () => [...list.querySelectorAll('[role=option]:not([hidden])')];

  function focusItem(item) {
    if (!item) {
      return;
    }
    if (current) {
      current.tabIndex = -1;
    }
    current = item;
    item.tabIndex = 0;
    item.focus();
    item.scrollIntoView({ block: 'nearest' });
    cy.nodes('.keyboard-focus').removeClass('keyboard-focus');
    cy.getElementById(item.dataset.nodeId).addClass('keyboard-focus');
  }

  function select(node, { fromGraph = false } = {}) {
    cy.elements(':selected').unselect();
    node.select();
    selected = node;
    neighbourIndex = -1;
    for (const item of list.querySelectorAll('[aria-selected=true]')) {
      item.setAttribute('aria-selected', 'false');
    }
    const item = items.get(node.id());
    item.setAttribute('aria-selected', 'true');
    if (!fromGraph) {
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 150 });
    } else if (current !== item) {
      if (current) {
        current.tabIndex = -1;
      }
      current = item;
      item.tabIndex = 0;
      item.scrollIntoView({ block: 'nearest' });
    }
    showDetails(node);
    root.dataset.selected = node.id();
  }

  function showDetails(node) {
    details.replaceChildren();
    const heading = document.createElement('h3');
    heading.textContent = `${node.data('type')}: ${node.data('label')}`;
    const about = document.createElement('p');
    const neighbours = node.neighborhood('node');
    about.textContent = `${neighbours.length} linked ${neighbours.length === 1 ? 'node' : 'nodes'}. Left and Right arrows in the list walk through them.`;
    details.append(heading, about);
    const href = node.data('href');
    if (href) {
      const link = document.createElement('a');
      link.href = href;
      link.textContent = `Open the ${node.data('type')} page`;
      details.append(link);
    }
    const reasons = node.connectedEdges().map((e) => e.data('reason')).filter(Boolean);
    if (reasons.length > 0) {
      const ul = document.createElement('ul');
      for (const reason of [...new Set(reasons)].slice(0, 12)) {
        const li = document.createElement('li');
        li.textContent = reason;
        ul.append(li);
      }
      details.append(ul);
    }
  }

  function walkNeighbours(step) {
    if (!selected) {
      return;
    }
    const neighbours = selected.neighborhood('node').sort((a, b) => a.data('label').localeCompare(b.data('label')));
    if (neighbours.length === 0) {
      return;
    }
    neighbourIndex = (neighbourIndex + step + neighbours.length) % neighbours.length;
    const target = items.get(neighbours[neighbourIndex].id());
    if (target.hidden) {
      // The type filter hides it: show every type again rather than lose the walk.
      filter.value = '';
      applyFilter();
    }
    focusItem(target);
  }

  function applyFilter() {
    const type = filter.value;
    for (const item of items.values()) {
      item.hidden = type !== '' && item.dataset.type !== type;
    }
    if (current?.hidden) {
      const first = visible()[0];
      if (first) {
        current.tabIndex = -1;
        current = first;
        first.tabIndex = 0;
      }
    }
  }

  filter.addEventListener('change', applyFilter);
  list.addEventListener('keydown', (event) => {
    const shown = visible();
    const at = shown.indexOf(document.activeElement);
    switch (event.key) {
      case 'ArrowDown': focusItem(shown[Math.min(at + 1, shown.length - 1)]); break;
      case 'ArrowUp': focusItem(shown[Math.max(at - 1, 0)]); break;
      case 'Home': focusItem(shown[0]); break;
      case 'End': focusItem(shown[shown.length - 1]); break;
      case 'ArrowRight': walkNeighbours(1); break;
      case 'ArrowLeft': walkNeighbours(-1); break;
      case 'Enter':
      case ' ':
        if (document.activeElement?.dataset.nodeId) {
          select(cy.getElementById(document.activeElement.dataset.nodeId));
        }
        break;
      default: return;
    }
    event.preventDefault();
  });
  list.addEventListener('click', (event) => {
    const item = event.target.closest('[role=option]');
    if (item) {
      focusItem(item);
      select(cy.getElementById(item.dataset.nodeId));
    }
  });
  cy.on('tap', 'node', (event) => select(event.target, { fromGraph: true }));
}
