// Keyboard path through the review queue. The page works without it (each item is a plain POST form); this only
// adds keys: j/k or Down/Up move between items, 1/2/3 choose confirm/dismiss/escalate, r goes to the reason, Enter
// records the decision. Nothing is chosen for the reviewer: Enter with no decision shows the browser's "required".
const verdicts = { '1': 'confirm', '2': 'dismiss', '3': 'escalate' };

function items(queue) {
  return [...queue.querySelectorAll('article[data-queue-item]')];
}

function current(queue) {
  const all = items(queue);
  return all.find(item => item.contains(document.activeElement)) ?? null;
}

function focusItem(item) {
  if (item) {
    item.focus();
    item.scrollIntoView({ block: 'nearest' });
  }
}

function record(form) {
  // requestSubmit runs the form's own validation, so a missing decision or reason is reported, not posted.
  if (form.reportValidity()) {
    form.requestSubmit();
  }
}

export function mountReviewKeys(queue) {
  document.addEventListener('keydown', event => {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const target = event.target;
    const inReason = target instanceof HTMLTextAreaElement && target.name === 'reason';
    const inField = target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;
    const item = current(queue);
    if (inReason) {
      // Enter in the reason records; Shift+Enter still starts a new line; Escape goes back to the item.
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        record(target.form);
      } else if (event.key === 'Escape' && item) {
        event.preventDefault();
        focusItem(item);
      }
      return;
    }
    if (inField) {
      return;
    }
    const all = items(queue);
    const index = item ? all.indexOf(item) : -1;
    switch (event.key) {
      case 'j':
      case 'ArrowDown':
        event.preventDefault();
        focusItem(all[Math.min(all.length - 1, index + 1)]);
        break;
      case 'k':
      case 'ArrowUp':
        event.preventDefault();
        focusItem(all[Math.max(0, index - 1)]);
        break;
      case '1':
      case '2':
      case '3':
        if (item) {
          event.preventDefault();
          item.querySelector('select[name=verdict]').value = verdicts[event.key];
        }
        break;
      case 'r':
        if (item) {
          event.preventDefault();
          item.querySelector('textarea[name=reason]').focus();
        }
        break;
      case 'Enter':
        // Only on the item itself: Enter on a link or button keeps its own meaning.
        if (item && target === item) {
          event.preventDefault();
          record(item.querySelector('form.decide'));
        }
        break;
      default:
        break;
    }
  });
}
