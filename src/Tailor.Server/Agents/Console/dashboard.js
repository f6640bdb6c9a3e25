// The console's admin views: the analytics dashboard (figures, Chart.js charts, CSV export) and the conversation
// explorer (masked transcripts with each turn's intent, confidence, latency and outcome). Opens for the admin role.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const OUTCOMES = ['AnsweredWithProducts', 'AnsweredPolicy', 'Answered', 'OrderTracked', 'OrderActionDone', 'Clarified',
    'Fallback', 'NoResults', 'Handoff', 'Ticket', 'Rejected'];
  const charts = {};
  let explorerPage = 1;
  let searches = 0; // only the latest search may fill the table: an older answer arriving late is dropped

  async function get(path) {
    const response = await fetch(`/agent/api${path}`, { credentials: 'same-origin' });
    if (!response.ok) throw new Error((await response.json().catch(() => ({}))).detail || response.statusText);
    return response.json();
  }

  const percent = (share) => `${(share * 100).toFixed(1)}%`;
  const isoDay = (date) => date.toISOString().slice(0, 10);

  function query(form) {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value) params.set(name, value);
    return params.toString();
  }

  function item(text, testid) {
    const li = document.createElement('li');
    li.textContent = text;
    if (testid) li.dataset.testid = testid;
    return li;
  }

  function show(view) {
    $('console').dataset.view = view;
    $('analytics').hidden = view !== 'analytics';
    $('explorer').hidden = view !== 'explorer';
    for (const tab of document.querySelectorAll('header .views button')) tab.setAttribute('aria-selected', String(tab.dataset.view === view));
    if (view === 'analytics') loadAnalytics().catch(failed('analytics-status'));
    if (view === 'explorer') search(1).catch(failed('explorer-status'));
  }

  const failed = (statusId) => (error) => { $(statusId).textContent = `Could not load: ${error.message}`; };

  function draw(id, config) {
    if (charts[id]) charts[id].destroy();
    charts[id] = new Chart($(id), { ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options } });
  }

  async function loadAnalytics() {
    const form = $('analytics-filter');
    const params = query(form);
    $('analytics-status').textContent = 'Loading…';
    const { report, unanswered } = await get(`/analytics/?${params}`);
    $('analytics-export').href = `/agent/api/analytics/export.csv?${params}`;
    $('analytics-status').textContent = `${report.filter.from} to ${report.filter.to} · ${report.turns} turns`;
    $('kpi-conversations').textContent = report.conversations;
    $('kpi-containment').textContent = percent(report.containment);
    $('kpi-resolution').textContent = percent(report.resolution);
    $('kpi-escalation').textContent = percent(report.escalationRate);
    $('kpi-fallback').textContent = percent(report.fallbackRate);
    $('kpi-noresult').textContent = percent(report.noResultRate);
    const s = report.satisfaction;
    $('kpi-csat').textContent = s.csatAverage === null ? '–' : `${s.csatAverage} (${s.csatResponses})`;
    $('kpi-thumbs').textContent = `${s.thumbsUp} / ${s.thumbsDown}`;
    $('kpi-cart').textContent = `${report.cart.addedToCart} · ${report.cart.revenue.toFixed(2)}`;

    draw('chart-daily', {
      type: 'bar',
      data: { labels: report.conversationsPerDay.map((d) => d.day), datasets: [{ label: 'Conversations', data: report.conversationsPerDay.map((d) => d.count), backgroundColor: '#1f5f8b' }] },
    });
    draw('chart-latency', {
      type: 'bar',
      data: {
        labels: report.latency.map((l) => l.stage),
        datasets: [
          { label: 'p50', data: report.latency.map((l) => l.p50), backgroundColor: '#7fb3d5' },
          { label: 'p95', data: report.latency.map((l) => l.p95), backgroundColor: '#1f5f8b' },
        ],
      },
    });
    draw('chart-sentiment', {
      type: 'line',
      data: { labels: report.sentimentTrend.map((d) => d.day), datasets: [{ label: 'Average sentiment', data: report.sentimentTrend.map((d) => d.value), borderColor: '#b9770e', pointRadius: 0 }] },
      options: { scales: { y: { min: -1, max: 1 } } },
    });
    draw('chart-outcomes', {
      type: 'doughnut',
      data: { labels: report.outcomes.map((o) => o.name), datasets: [{ data: report.outcomes.map((o) => o.count) }] },
      options: { plugins: { legend: { position: 'right' } } },
    });

    $('top-intents').replaceChildren(...report.topIntents.map((i) => item(`${i.name} · ${i.count}`, 'top-intent')));
    $('escalation-reasons').replaceChildren(...report.escalationReasons.map((r) => item(`${r.name} · ${r.count}`)));
    $('zero-results').replaceChildren(...report.topZeroResultSearches.map((z) =>
      item(`"${z.text}" · ${z.count}${z.catalogHadMatches ? ' · the catalog has matches: a missing synonym?' : ''}`, 'zero-result')));
    $('unanswered').replaceChildren(...unanswered.map((g) =>
      item(`"${g.example}" · ${g.count} (${g.outcome})${g.variants.length ? `\nalso: ${g.variants.map((v) => `"${v}"`).join(', ')}` : ''}`, 'unanswered-group')));
  }

  async function search(page) {
    explorerPage = page;
    const mine = ++searches;
    const table = document.querySelector('[data-testid=explorer-results]');
    table.setAttribute('aria-busy', 'true');
    const result = await get(`/explorer/conversations?${query($('explorer-filter'))}&page=${page}`);
    if (mine !== searches) return;
    table.setAttribute('aria-busy', 'false');
    $('explorer-status').textContent = `${result.total} conversations`;
    $('explorer-rows').replaceChildren(...result.conversations.map((c) => {
      const row = document.createElement('tr');
      row.dataset.testid = 'explorer-row';
      for (const text of [new Date(c.createdAt).toLocaleString(), c.turns, c.firstMessage, c.lastOutcome, c.sentiment, c.csat ?? '']) {
        const cell = document.createElement('td');
        cell.textContent = text;
        row.append(cell);
      }
      row.addEventListener('click', () => {
        for (const other of $('explorer-rows').children) other.classList.remove('current');
        row.classList.add('current');
        transcript(c.id).catch(failed('explorer-status'));
      });
      return row;
    }));
    $('explorer-more').hidden = page * result.pageSize >= result.total;
  }

  async function transcript(id) {
    const conversation = await get(`/explorer/conversations/${encodeURIComponent(id)}`);
    $('explorer-transcript').replaceChildren(...conversation.messages.map((m) => {
      const li = item(`${m.role}: ${m.text}${m.thumb ? (m.thumb > 0 ? '  👍' : '  👎') : ''}`, 'explorer-message');
      li.classList.add(m.role);
      if (m.turn) {
        const t = m.turn;
        const detail = document.createElement('span');
        detail.className = 'turn';
        detail.dataset.testid = 'explorer-turn';
        detail.textContent = `${t.intent} (${t.confidence}) · ${t.command} · ${t.outcome}${t.catalogHadMatches === null ? '' : t.catalogHadMatches ? ' (catalog has matches)' : ' (catalog lacks them)'} · ${t.milliseconds} ms`;
        li.append(detail);
      }
      return li;
    }));
  }

  document.addEventListener('tailor:signed-in', (event) => {
    const admin = event.detail.roles.includes('admin');
    for (const tab of document.querySelectorAll('header .views .admin-only')) tab.hidden = !admin;
    if (!admin) return;
    const today = new Date();
    const weekAgo = new Date(today.getTime() - 6 * 86400000);
    for (const form of [$('analytics-filter'), $('explorer-filter')]) {
      form.elements.from.value = isoDay(weekAgo);
      form.elements.to.value = isoDay(today);
    }
  });

  for (const tab of document.querySelectorAll('header .views button')) tab.addEventListener('click', () => show(tab.dataset.view));
  $('explorer-filter').elements.outcome.append(...OUTCOMES.map((o) => new Option(o, o)));
  $('analytics-filter').addEventListener('submit', (event) => { event.preventDefault(); loadAnalytics().catch(failed('analytics-status')); });
  $('explorer-filter').addEventListener('submit', (event) => { event.preventDefault(); search(1).catch(failed('explorer-status')); });
  $('explorer-more').addEventListener('click', () => search(explorerPage + 1).catch(failed('explorer-status')));
})();
