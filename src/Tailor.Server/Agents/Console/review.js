// The console's review view (admins): the queue of turns the assistant was unsure of, fell back on, found nothing
// for or was rated down on; a label, a missing synonym or a new FAQ passage for one; and retraining with the labels,
// its before/after report per intent, the promoted versions and a rollback.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  let page = 1;
  let selected = null;
  let polling = null;

  async function call(path, options = {}) {
    const response = await fetch(`/agent/api${path}`, {
      ...options, headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin',
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.detail || body.title || Object.values(body.errors || {}).flat().join(' ') || response.statusText);
    return body;
  }

  const post = (path, body) => call(path, { method: 'POST', body: JSON.stringify(body || {}) });
  const failed = (error) => { $('review-status').textContent = `Could not do that: ${error.message}`; };
  const percent = (share) => `${(share * 100).toFixed(1)}%`;

  function cell(text) {
    const td = document.createElement('td');
    td.textContent = text;
    return td;
  }

  async function loadQueue(number) {
    page = number;
    const reason = $('review-filter').elements.reason.value;
    const result = await call(`/review/queue?page=${number}${reason ? `&reason=${reason}` : ''}`);
    $('review-status').textContent = `${result.total} turns to review (low confidence is below ${result.lowConfidenceBelow})`;
    $('review-rows').replaceChildren(...result.turns.map((t) => {
      const row = document.createElement('tr');
      row.dataset.testid = 'review-row';
      const outcome = `${t.outcome}${t.ratedDown ? ' · rated down' : ''}${t.catalogHadMatches ? ' · catalog has matches' : ''}`;
      row.append(cell(new Date(t.at).toLocaleString()), cell(t.text), cell(`${t.intent || '–'} (${t.confidence.toFixed(2)})`), cell(outcome));
      row.addEventListener('click', () => choose(t, row));
      return row;
    }));
    $('review-more').hidden = number * result.pageSize >= result.total;
  }

  function choose(turn, row) {
    selected = turn;
    for (const other of $('review-rows').children) other.classList.remove('current');
    row.classList.add('current');
    $('review-turn').hidden = false;
    $('review-text').textContent = turn.text;
    if ([...$('review-label').elements.intent.options].some((o) => o.value === turn.intent)) $('review-label').elements.intent.value = turn.intent;
    $('review-faq').elements.title.value = '';
    $('review-faq').elements.answer.value = '';
  }

  function entities(text) {
    const result = {};
    for (const pair of text.split(',').map((p) => p.trim()).filter(Boolean)) {
      const [name, ...value] = pair.split('=');
      if (name && value.length) result[name.trim()] = value.join('=').trim();
    }
    return result;
  }

  async function decide(path, body, what) {
    if (!selected) return;
    await post(`/review/turns/${selected.turnId}/${path}`, body);
    $('review-turn').hidden = true;
    selected = null;
    await loadQueue(page);
    $('review-status').textContent += ` · ${what} saved`;
    await loadModels();
  }

  async function loadModels() {
    const models = await call('/models/');
    const last = models.lastRun;
    $('model-status').textContent = `In use: ${models.inUse} · ${models.labels} labels · ${last?.running ? 'retraining…' : 'idle'}`;
    $('model-retrain').disabled = Boolean(last?.running);
    $('model-rollback').disabled = models.promotions.length === 0;
    $('model-report').textContent = last?.error ? `Retraining failed: ${last.error}` : last?.report ? report(last.report) : '';
    $('model-history').replaceChildren(...models.promotions.slice().reverse().map((p) => {
      const li = document.createElement('li');
      li.dataset.testid = 'model-version';
      li.textContent = `${p.version} · ${new Date(p.promotedAt).toLocaleString()} · ${p.labelCount} labels · acted ${percent(p.actedAccuracy)} · wrong ${percent(p.wrongActions)} · ${p.promotedBy}`;
      return li;
    }));
    if (last?.running && !polling) polling = setInterval(() => loadModels().catch(failed), 3000);
    if (!last?.running && polling) { clearInterval(polling); polling = null; }
  }

  function report(r) {
    const lines = [
      `${r.promoted ? 'Promoted' : 'Not promoted'}: ${r.verdict}`,
      `${r.currentVersion} → ${r.candidateVersion} · ${r.trainingExamples} examples, ${r.labelsUsed} labels · labels right ${r.labelsRightBefore} → ${r.labelsRightAfter}`,
      `Held-out ${r.evaluationSet}: acted ${percent(r.before.actedAccuracy)} → ${percent(r.after.actedAccuracy)}, wrong ${percent(r.before.wrongActions)} → ${percent(r.after.wrongActions)}`,
      '', 'intent · n · acted before → after · wrong before → after',
      ...r.perIntent.map((i) => `${i.intent} · ${i.count} · ${percent(i.actedBefore)} → ${percent(i.actedAfter)} · ${percent(i.wrongBefore)} → ${percent(i.wrongAfter)}`),
    ];
    return lines.join('\n');
  }

  async function open() {
    const choices = await call('/review/choices');
    $('review-label').elements.intent.replaceChildren(...choices.intents.map((i) => new Option(i, i)));
    $('review-synonym').elements.group.replaceChildren(...choices.synonymGroups.map((g) => new Option(g, g)));
    await Promise.all([loadQueue(1), loadModels()]);
  }

  for (const tab of document.querySelectorAll('header .views button')) {
    tab.addEventListener('click', () => {
      $('review').hidden = tab.dataset.view !== 'review';
      if (tab.dataset.view === 'review') open().catch(failed);
    });
  }

  $('review-filter').addEventListener('submit', (event) => { event.preventDefault(); loadQueue(1).catch(failed); });
  $('review-more').addEventListener('click', () => loadQueue(page + 1).catch(failed));
  $('review-label').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target.elements;
    decide('label', { intent: form.intent.value, entities: entities(form.entities.value) }, 'label').catch(failed);
  });
  $('review-synonym').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target.elements;
    decide('synonym', { group: form.group.value, phrase: form.phrase.value, canonical: form.canonical.value }, 'synonym').catch(failed);
  });
  $('review-faq').addEventListener('submit', (event) => {
    event.preventDefault();
    const form = event.target.elements;
    decide('faq', { title: form.title.value, answer: form.answer.value }, 'FAQ page').catch(failed);
  });
  $('review-dismiss').addEventListener('click', () => decide('dismiss', {}, 'decision').catch(failed));
  $('model-retrain').addEventListener('click', () => post('/models/retrain').then(loadModels).catch(failed));
  $('model-rollback').addEventListener('click', () => post('/models/rollback').then(loadModels).catch(failed));
})();
