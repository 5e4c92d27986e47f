(function () {
  'use strict';
  var STANCE_CLASS = { 'pro-Guaidó': 's-g', 'pro-Maduro': 's-m', 'neutral-procedural': 's-n' };
  var QUOTE = 1, CUE = 2;
  var source = document.getElementById('q-data');
  var body = document.getElementById('q-body');
  var count = document.getElementById('q-count');
  var form = document.getElementById('filters');
  if (!source || !body || !count || !form) { return; }
  var quotes = JSON.parse(source.textContent);

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function context(q) {
    var cell = el('td', 'ctx');
    var p = el('span', 'ctx-text');
    q.x.forEach(function (seg) {
      var text = seg[0], flags = seg[1], note = seg[2];
      var node = document.createTextNode(text);
      if (flags & CUE) {
        var cue = el('span', 'cue');
        if (note) { cue.title = note; }
        cue.appendChild(node);
        node = cue;
      }
      if (flags & QUOTE) {
        var mark = el('mark', 'q');
        mark.appendChild(node);
        node = mark;
      }
      p.appendChild(node);
    });
    cell.appendChild(p);
    var src = el('span', 'src', (q.t ? q.t + ' · ' : '') + q.a + ' · ' + q.qid);
    cell.appendChild(src);
    return cell;
  }

  function row(q) {
    var tr = document.createElement('tr');
    tr.appendChild(el('td', null, q.o));
    tr.appendChild(el('td', 'num', q.d || '—'));
    var speaker = el('td', null, q.s);
    if (q.r) { speaker.appendChild(el('span', 'role', q.r)); }
    tr.appendChild(speaker);
    tr.appendChild(el('td', null, q.c));
    tr.appendChild(el('td', 'nw', q.k));
    var stance = el('td');
    stance.appendChild(el('span', 'chip ' + (STANCE_CLASS[q.l] || ''), q.l));
    tr.appendChild(stance);
    tr.appendChild(el('td', 'num', Number(q.p).toFixed(2)));
    tr.appendChild(el('td', null, q.f.join(', ')));
    tr.appendChild(context(q));
    return tr;
  }

  quotes.forEach(function (q, i) {
    q.i = i;
    q.tr = row(q);
    q.hay = [q.o, q.s, q.r, q.c, q.t, q.x.map(function (s) { return s[0]; }).join('')]
      .join('\n').toLowerCase();
  });

  function value(id) { return document.getElementById(id).value; }

  function filter() {
    var outlet = value('f-outlet'), speaker = value('f-speaker'), camp = value('f-camp');
    var stance = value('f-stance'), kind = value('f-kind');
    var min = parseFloat(value('f-conf'));
    if (isNaN(min)) { min = 0; }
    var words = value('f-text').toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    quotes.forEach(function (q) {
      var ok = (!outlet || q.o === outlet) && (!speaker || q.s === speaker) && (!camp || q.c === camp)
        && (!stance || q.l === stance) && (!kind || q.k === kind) && q.p >= min - 1e-9
        && words.every(function (w) { return q.hay.indexOf(w) >= 0; });
      q.tr.hidden = !ok;
      if (ok) { shown++; }
    });
    count.textContent = shown + ' of ' + quotes.length + ' quotes shown';
  }

  var sortKey = null, ascending = true;
  function sort(key) {
    ascending = sortKey === key ? !ascending : key !== 'p';
    sortKey = key;
    var sign = ascending ? 1 : -1;
    var ordered = quotes.slice().sort(function (a, b) {
      var x = a[key], y = b[key];
      var c = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
      return c !== 0 ? sign * c : a.i - b.i;
    });
    var fragment = document.createDocumentFragment();
    ordered.forEach(function (q) { fragment.appendChild(q.tr); });
    body.appendChild(fragment);
    document.querySelectorAll('#q-table th[aria-sort]').forEach(function (th) {
      var b = th.querySelector('button');
      th.setAttribute('aria-sort', b && b.getAttribute('data-sort') === key
        ? (ascending ? 'ascending' : 'descending') : 'none');
    });
  }

  var fragment = document.createDocumentFragment();
  quotes.forEach(function (q) { fragment.appendChild(q.tr); });
  body.appendChild(fragment);

  form.addEventListener('input', filter);
  form.addEventListener('change', filter);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(filter, 0); });
  document.querySelectorAll('#q-table button[data-sort]').forEach(function (b) {
    b.addEventListener('click', function () { sort(b.getAttribute('data-sort')); });
  });
  filter();
}());
