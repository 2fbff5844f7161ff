// Runs first in <head>, before the first paint, put there inline by the build (vite.config.ts),
// which allows it by its hash in the page's Content-Security-Policy. It changes nothing but the
// <html> element and one performance mark, and starts the download of a dataset named by ?data=
// (with the code that reads it).
(function () {
  const root = document.documentElement;
  function stored(key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null; // storage blocked (private mode)
    }
  }
  // The theme chosen on this device (src/components/ThemeToggle.tsx), so the page never flashes
  // the other one.
  const theme = stored('article-timeline-theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  // The view below positions its marks with style attributes, which the policy allows by hash; a
  // browser that refuses them anyway gets the page drawn afresh, not hydrated (src/firstView.ts).
  document.addEventListener('securitypolicyviolation', (e) => {
    if (e.violatedDirective.startsWith('style-src')) root.setAttribute('data-style-blocked', '');
  });
  // The first view in the page is the bundled article's, rendered at build time. Any address with
  // a query (another dataset, a linked view, an embed) or a timeline being authored shows
  // something else: hide it until the script draws that (src/firstView.ts decides alike).
  if (location.search !== '' || stored('article-timeline:open-work')) {
    root.classList.add('no-prerender');
    fetchEarly();
    return;
  }
  // A dataset named by ?data= starts downloading now, not once the app's script has loaded and
  // rendered; the app takes this request over (takeEarlyFetch in src/data/loadDataset.ts, which
  // says why the address rule is written there too) and aborts it when another load replaces it.
  function fetchEarly() {
    const param = new URLSearchParams(location.search).get('data');
    if (param === null || param.trim() === '') return;
    let url;
    try {
      url = new URL(param.trim(), location.href);
    } catch {
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    const controller = new AbortController();
    const response = fetch(url.href, {
      signal: controller.signal,
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    response.catch(function () {}); // the app reads the failure, if it takes the request
    window.__articleTimelineEarlyFetch = { href: url.href, response: response, controller: controller };
    // The code that reads a dataset as it arrives (src/data/streamRead.ts and what it imports),
    // which the app would otherwise ask for only once its own script has run: loaded beside that
    // script, so the app can start reading the moment it starts. The build fills in the list.
    const readingCode = [];
    readingCode.forEach(function (href) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      document.head.appendChild(link);
    });
  }
  // Otherwise that view is the timeline's first draw: mark it in the frame after it is painted,
  // as the app marks its own draws (benchmarks and tests read the mark).
  document.addEventListener('readystatechange', function parsed() {
    document.removeEventListener('readystatechange', parsed);
    const view = document.getElementById('root');
    if (!view || !view.hasAttribute('data-prerendered')) return;
    requestAnimationFrame(function () {
      requestAnimationFrame(function () {
        if (performance.getEntriesByName('timeline-ready').length === 0) performance.mark('timeline-ready');
      });
    });
  });
})();
