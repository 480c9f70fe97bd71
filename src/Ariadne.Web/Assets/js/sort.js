// Sortable result tables: each column head of a table.results becomes a button that sorts the rows shown (this page
// of the list) by that column, ascending then descending, announced through aria-sort. Cells sort by their
// data-sort value if they have one, else by a <time>'s instant, else by number when every value reads as one, else
// by text. Without script the table keeps the server's order.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function keyOf(cell) {
  if (!cell) return '';
  if (cell.dataset.sort !== undefined) return cell.dataset.sort;
  const time = cell.querySelector('time[datetime]');
  if (time) return time.getAttribute('datetime');
  return cell.textContent.trim();
}

function sortBy(table, index, descending) {
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const keys = rows.map(row => keyOf(row.cells[index]));
  const numbers = keys.map(k => Number(k.replace(/[,\s+%]/g, '')));
  const numeric = keys.every((k, i) => k === '' || !Number.isNaN(numbers[i]));
  const order = rows.map((row, i) => i).sort((a, b) => {
    const c = numeric ? (numbers[a] || 0) - (numbers[b] || 0) : collator.compare(keys[a], keys[b]);
    return (descending ? -c : c) || a - b;
  });
  body.append(...order.map(i => rows[i]));
}

export function makeSortable(root) {
  for (const table of root.querySelectorAll('table.results')) {
    if (!table.tHead || !table.tBodies[0] || table.tBodies[0].rows.length < 2 || table.dataset.unsortable !== undefined) continue;
    const heads = [...table.tHead.rows[0].cells];
    heads.forEach((head, index) => {
      if (head.querySelector('button, a, input') || head.colSpan > 1) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.append(...head.childNodes);
      button.title = 'Sort the rows shown by this column';
      head.append(button);
      button.addEventListener('click', () => {
        const descending = head.getAttribute('aria-sort') === 'ascending';
        heads.forEach(h => h.removeAttribute('aria-sort'));
        head.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        sortBy(table, index, descending);
      });
    });
  }
}
