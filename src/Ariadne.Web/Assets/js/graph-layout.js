// Which layout to run, by graph size. cose (force-directed) shows structure best but its repulsion step is O(n²)
// per iteration: a few hundred nodes lay out in well under a second, 2,000 take tens of seconds and freeze the tab.
// Above LARGE_GRAPH nodes the graph is laid out as a disc of rings instead (Cytoscape's concentric layout with ring
// numbers computed here, O(n + e)): the busiest node in the middle, then the rest in breadth-first order from it,
// so a node's neighbours sit in the next rings out. Each ring holds as many nodes as fit around it, so the disc
// stays compact (about 45 rings for 2,000 nodes) instead of one huge circle when every node has the same degree.
export const LARGE_GRAPH = 300;

export function isLarge(nodeCount) {
  return nodeCount > LARGE_GRAPH;
}

export function layoutFor(cy) {
  const count = cy.nodes().length;
  if (!isLarge(count)) {
    return { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70, padding: 24 };
  }
  const ring = ringsByBreadthFirst(cy);
  return {
    name: 'concentric',
    animate: false,
    // Higher values go inside; one ring per value.
    concentric: (node) => count - ring.get(node.id()),
    levelWidth: () => 1,
    minNodeSpacing: 4,
    avoidOverlap: true,
    padding: 24,
  };
}

function ringsByBreadthFirst(cy) {
  const order = [];
  const seen = new Set();
  const byDegree = cy.nodes().sort((a, b) => b.degree() - a.degree());
  for (const start of byDegree) {
    if (seen.has(start.id())) {
      continue;
    }
    // One component at a time, from its busiest node.
    seen.add(start.id());
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      order.push(node.id());
      const next = node.neighborhood('node').sort((a, b) => b.degree() - a.degree());
      for (const neighbour of next) {
        if (!seen.has(neighbour.id())) {
          seen.add(neighbour.id());
          queue.push(neighbour);
        }
      }
    }
  }
  // Ring r holds 6·(r + 1) nodes (a circle's circumference grows with its radius), ring 0 the first six.
  const ring = new Map();
  let r = 0;
  let left = 6;
  for (const id of order) {
    ring.set(id, r);
    if (--left === 0) {
      r++;
      left = 6 * (r + 1);
    }
  }
  return ring;
}

// Options that keep pan and zoom smooth on large graphs: while the viewport moves, Cytoscape shows a cached bitmap
// and skips edges, and it renders at 1× pixels instead of the screen's ratio.
export function rendererOptions(nodeCount) {
  const large = isLarge(nodeCount);
  return { textureOnViewport: large, hideEdgesOnViewport: large, motionBlur: false, pixelRatio: large ? 1 : 'auto' };
}
