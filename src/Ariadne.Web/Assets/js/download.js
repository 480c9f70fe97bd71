// Downloads that take the server a few seconds (the PDF court report prints through chromium): the link is fetched
// here so the reader sees that work is under way, how long it has taken, and any error the server gives. Without
// script the link is a plain download link.
const seconds = since => Math.round((performance.now() - since) / 1000);

function fileNameOf(response, fallback) {
  const header = response.headers.get('Content-Disposition') || '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1] : fallback;
}

async function download(link, status) {
  const started = performance.now();
  link.setAttribute('aria-disabled', 'true');
  link.classList.add('busy');
  status.textContent = `${link.dataset.fetchDownload}… 0 s`;
  const timer = setInterval(() => { status.textContent = `${link.dataset.fetchDownload}… ${seconds(started)} s`; }, 1000);
  try {
    const response = await fetch(link.href, { credentials: 'same-origin' });
    if (!response.ok) {
      const text = (await response.text()).replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
      status.textContent = `Failed (HTTP ${response.status})${text ? ': ' + text.slice(0, 200) : ''}`;
      return;
    }
    const blob = await response.blob();
    const url = URL.createObjectURL(blob);
    const save = document.createElement('a');
    save.href = url;
    save.download = fileNameOf(response, link.getAttribute('download') || 'download');
    document.body.append(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    status.textContent = `Ready in ${seconds(started)} s (${(blob.size / 1024).toFixed(0)} KiB).`;
  } catch (error) {
    status.textContent = `Failed: ${error.message}`;
  } finally {
    clearInterval(timer);
    link.removeAttribute('aria-disabled');
    link.classList.remove('busy');
  }
}

export function enhanceDownloads(root) {
  for (const link of root.querySelectorAll('a[data-fetch-download]')) {
    const status = document.getElementById(link.getAttribute('aria-describedby')) ?? link.insertAdjacentElement('afterend', document.createElement('span'));
    link.addEventListener('click', event => {
      event.preventDefault();
      if (link.getAttribute('aria-disabled') !== 'true') download(link, status);
    });
  }
}
