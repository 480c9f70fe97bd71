// Entry module of every page: local times, then any graph or map the page declares with data attributes.
// No inline script anywhere: pages only carry data-* attributes that these modules read.
import { localiseTimes } from './time.js';
import { mountGraph } from './graph.js';
import { mountMap } from './map.js';
import { enhanceDownloads } from './download.js';
import { makeSortable } from './sort.js';
import { mountReviewKeys } from './review-keys.js';

localiseTimes(document);
enhanceDownloads(document);
makeSortable(document);
for (const element of document.querySelectorAll('[data-graph-src]')) {
  mountGraph(element);
}
for (const element of document.querySelectorAll('[data-map-src]')) {
  mountMap(element);
}
for (const element of document.querySelectorAll('[data-review-queue]')) {
  mountReviewKeys(element);
}
