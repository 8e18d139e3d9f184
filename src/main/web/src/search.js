// Search box: matches node names and spellings as one types; Enter opens the best match.
export function createSearch(form, graph, select) {
  const input = form.querySelector('#q');
  const list = form.querySelector('#hits');
  let hits = [];
  let active = 0;

  const rank = (n, q) => {
    const label = n.label.toLowerCase();
    if (label === q) return 0;
    if (label.startsWith(q)) return 1;
    if (label.split(/\s+/).some((w) => w.startsWith(q))) return 2;
    return 3;
  };

  const render = () => {
    list.replaceChildren();
    hits.forEach((n, i) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.dataset.id = n.id;
      li.className = i === active ? 'active' : '';
      const type = document.createElement('small');
      type.textContent = n.type === 'NegotiationRound' ? 'round' : n.type.toLowerCase();
      li.append(n.label, ' ', type);
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        choose(n);
      });
      list.append(li);
    });
    list.hidden = hits.length === 0;
  };

  const choose = (n) => {
    input.value = n.label;
    hits = [];
    render();
    select(n.id);
  };

  input.addEventListener('input', () => {
    const q = input.value.trim().toLowerCase();
    active = 0;
    hits = q.length === 0 ? [] : [...graph.nodes.values()]
      .filter((n) => n.searchText.includes(q))
      .sort((a, b) => rank(a, q) - rank(b, q) || a.label.localeCompare(b.label))
      .slice(0, 12);
    render();
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (hits.length) active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (ev.key === 'Escape') {
      hits = [];
      render();
    }
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (hits.length) choose(hits[active]);
  });
  input.addEventListener('blur', () => {
    list.hidden = true;
  });
  input.addEventListener('focus', () => {
    list.hidden = hits.length === 0;
  });
}
