// The placeholder dashboard at `/` (the real one is a later issue): a server-rendered page, no build
// step, in English and 中文. Without keys it shows the default account's fact counts; when keys are
// required it asks for one, keeps it in sessionStorage and fetches /api/v1/facts with it.
// Everything that comes from data is escaped (server side) or set as textContent (browser side).
import type { FastifyPluginAsync } from 'fastify';
import { FACT_KINDS } from '../core/catalog/facts.js';
import { tBoth } from '../core/messages/messages.js';
import { factCounts, type FactCountsDocument } from '../app/accounts.js';
import { keysRequired, type AuthOptions } from './auth.js';
import { API_MESSAGES, kindLabelCode } from './messages.js';

export type DashboardView =
  { readonly keysRequired: true } | { readonly keysRequired: false; readonly facts: FactCountsDocument };

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** JSON safe inside a <script> element: no `<`, `>`, `&` or line separators left as such. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** "English · 中文" for a catalogue code, escaped. */
function both(code: string): string {
  const { en, zh } = tBoth(code);
  return en === zh
    ? escapeHtml(en)
    : `<span lang="en">${escapeHtml(en)}</span> · <span lang="zh-CN">${escapeHtml(zh)}</span>`;
}

function countsTable(facts: FactCountsDocument): string {
  const rows = FACT_KINDS.map(
    (kind) =>
      `<tr data-kind="${escapeHtml(kind)}"><td>${both(kindLabelCode(kind))} <code>${escapeHtml(kind)}</code></td>` +
      `<td class="n">${escapeHtml(String(facts.counts[kind]))}</td></tr>`,
  ).join('\n');
  const total = FACT_KINDS.reduce((sum, kind) => sum + facts.counts[kind], 0);
  return `<p>${both(API_MESSAGES.DASHBOARD_ACCOUNT)}: <strong id="account">${escapeHtml(facts.account)}</strong></p>
<table id="counts">
<thead><tr><th>${both(API_MESSAGES.DASHBOARD_KIND)}</th><th>${both(API_MESSAGES.DASHBOARD_COUNT)}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th>${both(API_MESSAGES.DASHBOARD_TOTAL)}</th><td class="n">${escapeHtml(String(total))}</td></tr></tfoot>
</table>`;
}

const KEY_SCRIPT = `
(function () {
  var labels = JSON.parse(document.getElementById('labels').textContent);
  var STORE = 'clearway.apiKey';
  var out = document.getElementById('result');
  var form = document.getElementById('key-form');
  var input = document.getElementById('key');
  function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) e.textContent = String(text); return e; }
  function both(pair) { return pair.en === pair.zh ? pair.en : pair.en + ' \\u00b7 ' + pair.zh; }
  function show(doc) {
    out.textContent = '';
    var p = el('p', both(labels.account) + ': '); p.appendChild(el('strong', doc.account)); out.appendChild(p);
    var table = el('table'); table.id = 'counts';
    var head = el('tr'); head.appendChild(el('th', both(labels.kind))); head.appendChild(el('th', both(labels.count)));
    table.appendChild(head);
    var total = 0;
    labels.kinds.forEach(function (k) {
      var n = Number(doc.counts[k.kind] || 0); total += n;
      var tr = el('tr'); tr.appendChild(el('td', both(k.label) + ' (' + k.kind + ')'));
      var td = el('td', n); td.className = 'n'; tr.appendChild(td); table.appendChild(tr);
    });
    var foot = el('tr'); foot.appendChild(el('th', both(labels.total)));
    var tt = el('td', total); tt.className = 'n'; foot.appendChild(tt); table.appendChild(foot);
    out.appendChild(table);
  }
  function load(key) {
    out.textContent = both(labels.loading);
    fetch('/api/v1/facts', { headers: { Authorization: 'Bearer ' + key } })
      .then(function (res) { return res.json().then(function (body) { return { ok: res.ok, body: body }; }); })
      .then(function (r) {
        if (r.ok) { show(r.body); return; }
        var e = (r.body && r.body.error) || {};
        out.textContent = '';
        out.appendChild(el('p', (e.message || '') + ' ' + (e.messageZh || ''))).className = 'error';
      })
      .catch(function (err) { out.textContent = String(err); });
  }
  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    var key = input.value.trim();
    if (!key) return;
    sessionStorage.setItem(STORE, key);
    input.value = '';
    load(key);
  });
  document.getElementById('forget').addEventListener('click', function () {
    sessionStorage.removeItem(STORE);
    out.textContent = '';
  });
  var saved = sessionStorage.getItem(STORE);
  if (saved) load(saved);
})();
`;

function keyForm(): string {
  const labels = {
    account: tBoth(API_MESSAGES.DASHBOARD_ACCOUNT),
    kind: tBoth(API_MESSAGES.DASHBOARD_KIND),
    count: tBoth(API_MESSAGES.DASHBOARD_COUNT),
    total: tBoth(API_MESSAGES.DASHBOARD_TOTAL),
    loading: tBoth(API_MESSAGES.DASHBOARD_LOADING),
    kinds: FACT_KINDS.map((kind) => ({ kind, label: tBoth(kindLabelCode(kind)) })),
  };
  return `<p>${both(API_MESSAGES.DASHBOARD_KEY_NEEDED)}</p>
<form id="key-form" autocomplete="off">
<label for="key">${both(API_MESSAGES.DASHBOARD_KEY_LABEL)}</label>
<input id="key" name="key" type="password" autocomplete="off" required>
<button type="submit">${both(API_MESSAGES.DASHBOARD_KEY_SUBMIT)}</button>
<button type="button" id="forget">${both(API_MESSAGES.DASHBOARD_KEY_FORGET)}</button>
</form>
<div id="result" aria-live="polite"></div>
<script type="application/json" id="labels">${scriptJson(labels)}</script>
<script>${KEY_SCRIPT}</script>`;
}

/** The whole page for a view. */
export function renderDashboard(view: DashboardView): string {
  const body = view.keysRequired ? keyForm() : countsTable(view.facts);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(tBoth(API_MESSAGES.DASHBOARD_TITLE).en)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 46rem; padding: 0 1rem; color: #222; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border-bottom: 1px solid #ddd; padding: .35rem .5rem; text-align: left; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.error { color: #a00; }
nav a { margin-right: 1rem; }
</style>
</head>
<body>
<h1>${both(API_MESSAGES.DASHBOARD_TITLE)}</h1>
<h2>${both(API_MESSAGES.DASHBOARD_FACTS)}</h2>
${body}
<nav><a href="/api/docs/">${both(API_MESSAGES.DASHBOARD_API_DOCS)}</a><a href="/api/v1/openapi.json">${both(API_MESSAGES.DASHBOARD_OPENAPI)}</a></nav>
<p><small>${both(API_MESSAGES.DASHBOARD_PLACEHOLDER)}</small></p>
</body>
</html>
`;
}

/** GET / (not part of the API document). */
export function dashboardRoutes(auth: AuthOptions): FastifyPluginAsync {
  return async (app) => {
    app.get('/', { schema: { hide: true } }, async (_request, reply) => {
      const view: DashboardView = (await keysRequired(auth))
        ? { keysRequired: true }
        : { keysRequired: false, facts: await factCounts(auth.store, auth.defaultAccount) };
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(renderDashboard(view));
    });
  };
}
