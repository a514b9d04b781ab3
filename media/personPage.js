// The person page's only script (loaded with the page's nonce). Links carry an index; the
// extension decides what each one does. The page re-renders in place when the journal changes,
// keeping focus on the link that had it.
(function () {
  const vscode = acquireVsCodeApi();
  const main = document.getElementById('page');

  function activate(event) {
    const link = event.target.closest('a[data-target]');
    if (!link) return;
    event.preventDefault();
    const drawn = main.querySelector('[data-version]');
    vscode.postMessage({ type: 'target', target: Number(link.dataset.target), version: drawn ? Number(drawn.dataset.version) : undefined });
  }
  main.addEventListener('click', activate);
  main.addEventListener('keydown', (event) => {
    if (event.key === ' ' && event.target.closest('a[data-target]')) activate(event);
  });

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'render') return;
    const focused = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset.target : undefined;
    const scroll = window.scrollY;
    main.innerHTML = message.body;
    document.title = message.title;
    window.scrollTo(0, scroll);
    if (focused !== undefined) {
      const again = main.querySelector('a[data-target="' + focused + '"]');
      if (again) again.focus();
    }
  });
  vscode.postMessage({ type: 'ready' });
})();
