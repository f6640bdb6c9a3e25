// The agent console: signs in with the console cookie, keeps the queue live over SignalR (/agent/hub) and lets the
// agent claim a chat, read its summary and transcript, write to the shopper, and hand it back, close or transfer it.
(() => {
  'use strict';
  const $ = (id) => document.getElementById(id);
  let me = null;
  let hub = null;
  let current = null; // the handoff open in the chat panel
  let typingTimer = null;

  async function api(path, options = {}) {
    const response = await fetch(`/agent/api${path}`, {
      ...options, headers: { 'Content-Type': 'application/json', ...(options.headers || {}) }, credentials: 'same-origin',
    });
    if (response.status === 401) { showSignIn(); throw new Error('signed out'); }
    if (!response.ok) throw new Error((await response.json().catch(() => ({}))).detail || response.statusText);
    return response.status === 204 ? null : response.json();
  }

  function showSignIn() {
    $('console').hidden = true;
    $('signin').hidden = false;
  }

  $('signin-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const response = await fetch('/agent/api/login', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin',
      body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
    });
    if (!response.ok) {
      $('signin-error').textContent = (await response.json().catch(() => ({}))).detail || 'Sign-in failed.';
      return;
    }
    await start();
  });

  $('signout').addEventListener('click', async () => {
    await api('/logout', { method: 'POST' });
    if (hub) await hub.stop();
    showSignIn();
  });

  async function start() {
    me = await api('/me');
    $('signin').hidden = true;
    $('console').hidden = false;
    $('me').textContent = `${me.displayName} (${me.roles.join(', ')})`;
    // The analytics and explorer views (dashboard.js) open for admins.
    document.dispatchEvent(new CustomEvent('tailor:signed-in', { detail: me }));
    hub = new signalR.HubConnectionBuilder().withUrl('/agent/hub').withAutomaticReconnect().build();
    hub.on('queueChanged', () => loadQueue());
    hub.on('conversationEvent', onConversationEvent);
    hub.onreconnecting(() => { $('connection').textContent = 'reconnecting'; });
    hub.onreconnected(async () => {
      $('connection').textContent = 'online';
      await loadQueue();
      if (current) { await hub.invoke('Watch', current.handoff.id); await open(current.handoff.id); }
    });
    await hub.start();
    $('connection').textContent = 'online';
    const agents = await api('/agents');
    $('transfer-to').replaceChildren(...agents.filter((a) => a.email !== me.email).map((a) => new Option(a.displayName, a.email)));
    const canned = await api('/canned');
    $('canned').append(...Object.entries(canned).map(([title, text]) => new Option(title, text)));
    await loadQueue();
  }

  async function loadQueue() {
    const queue = await api('/queue');
    $('waiting').replaceChildren(...queue.waiting.map((h) => row(h, `${h.reason}${h.intent ? ` · ${h.intent}` : ''} · waiting since ${time(h.requestedAt)}`)));
    $('held').replaceChildren(...queue.withAgents.map((h) => row(h, `${h.agentName} · ${h.reason}`)));
    const tickets = await api('/tickets');
    $('tickets').replaceChildren(...tickets.map((t) => {
      const item = document.createElement('li');
      item.dataset.testid = 'agent-ticket';
      const close = document.createElement('button');
      close.type = 'button';
      close.dataset.testid = 'agent-ticket-close';
      close.textContent = 'Close';
      close.addEventListener('click', async () => { await hub.invoke('CloseTicket', t.id); await loadQueue(); });
      item.append(line(`${t.email} · ${time(t.createdAt)}${t.outsideOpeningHours ? ' · out of hours' : ''}`), line(t.message), close);
      return item;
    }));
  }

  function row(handoff, text) {
    const item = document.createElement('li');
    item.dataset.testid = 'agent-queue-item';
    item.dataset.handoffId = handoff.id;
    item.textContent = text;
    if (current && current.handoff.id === handoff.id) item.classList.add('current');
    item.addEventListener('click', () => open(handoff.id));
    return item;
  }

  async function open(handoffId) {
    current = await api(`/handoffs/${handoffId}`);
    await hub.invoke('Watch', handoffId);
    const s = current.summary || {};
    $('summary').replaceChildren(
      line(`Why: ${current.handoff.reason}${current.handoff.reasonDetail ? ` (${current.handoff.reasonDetail})` : ''}`),
      line(`Wanted: ${s.intent || 'unknown'} · Sentiment: ${s.sentiment || 'unknown'}`),
      line(`Products: ${(s.products || []).join(', ') || 'none'} · Order: ${s.order || 'none'}`),
      line(`Assistant tried: ${(s.tried || []).join(', ') || 'nothing yet'}`));
    $('customer').replaceChildren(current.customer
      ? line(`${current.customer.name} <${current.customer.email}> · recent orders: ${current.orders.map((o) => `${o.number} ${o.status} ${o.total} ${o.currency}`).join('; ') || 'none'}`)
      : line('Guest (not signed in on the store)'));
    $('transcript').replaceChildren(...current.transcript.messages.map(bubble));
    $('notes').replaceChildren(...current.notes.map((n) => line(`${n.agentName} (${time(n.createdAt)}): ${n.text}`)));
    $('chat').hidden = false;
    showState();
    await loadQueue();
  }

  function showState() {
    const h = current.handoff;
    const mine = h.status === 'WithAgent' && h.agentName === me.displayName;
    $('shopper-state').textContent = h.status === 'Queued' ? 'Waiting for an agent' : h.status === 'WithAgent' ? `With ${h.agentName}` : h.status;
    $('claim').hidden = h.status !== 'Queued';
    for (const id of ['handback', 'resolve', 'transfer', 'send-products']) $(id).disabled = !mine;
    $('reply').querySelector('button').disabled = !mine;
  }

  function line(text) {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  }

  function bubble(message) {
    const item = document.createElement('li');
    item.className = message.role;
    item.dataset.testid = `agent-transcript-${message.role}`;
    const products = (message.parts || []).filter((p) => p.type === 'products').flatMap((p) => p.items.map((i) => i.title));
    item.textContent = message.text + (products.length ? `\n[${products.join(', ')}]` : '');
    return item;
  }

  function onConversationEvent(event) {
    if (!current || event.conversationId !== current.handoff.conversationId) return;
    const data = event.data;
    if (event.type === 'shopper.message' || event.type === 'agent.message') {
      if (![...$('transcript').children].some((li) => li.dataset.messageId === String(data.message.id))) {
        const item = bubble(data.message);
        item.dataset.messageId = data.message.id;
        $('transcript').append(item);
      }
    } else if (event.type === 'agent.note') {
      $('notes').append(line(`${data.agentName} (${time(data.createdAt)}): ${data.text}`));
    } else if (event.type === 'handoff.claimed' || event.type === 'handoff.ended') {
      open(current.handoff.id);
    }
  }

  async function act(method, ...args) {
    const outcome = await hub.invoke(method, current.handoff.id, ...args);
    $('notice').textContent = outcome === 'conflict' ? 'Someone else changed this chat first; it has been reloaded.' : '';
    await open(current.handoff.id);
  }

  $('claim').addEventListener('click', () => act('Claim'));
  $('handback').addEventListener('click', () => act('HandBack'));
  $('resolve').addEventListener('click', () => act('Resolve'));
  $('transfer').addEventListener('click', () => act('Transfer', $('transfer-to').value));

  $('reply').addEventListener('submit', async (event) => {
    event.preventDefault();
    const box = event.target.elements.text;
    if (!box.value.trim()) return;
    const sent = await hub.invoke('Send', current.handoff.id, box.value);
    if (!sent) { $('notice').textContent = 'This chat is not yours any more.'; return; }
    box.value = '';
    clearTimeout(typingTimer);
    typingTimer = null;
    await hub.invoke('Typing', current.handoff.id, false);
  });

  $('note-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const box = event.target.elements.text;
    if (!box.value.trim()) return;
    await hub.invoke('Note', current.handoff.id, box.value);
    box.value = '';
  });

  $('canned').addEventListener('change', (event) => {
    if (!event.target.value) return;
    const box = $('reply').elements.text;
    box.value = box.value ? `${box.value} ${event.target.value}` : event.target.value;
    event.target.value = '';
    box.focus();
  });

  $('send-products').addEventListener('click', async () => {
    try {
      const sent = await hub.invoke('SendProducts', current.handoff.id, $('product-query').value);
      $('notice').textContent = sent ? '' : 'This chat is not yours any more.';
      if (sent) $('product-query').value = '';
    } catch (error) {
      $('notice').textContent = error.message.replace(/^.*HubException: /, '');
    }
  });

  $('reply').elements.text.addEventListener('input', () => {
    if (!current) return;
    if (!typingTimer) hub.invoke('Typing', current.handoff.id, true);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => { typingTimer = null; hub.invoke('Typing', current.handoff.id, false); }, 3000);
  });

  function time(value) { return new Date(value).toLocaleTimeString(); }

  fetch('/agent/api/me', { credentials: 'same-origin' }).then((r) => (r.ok ? start() : showSignIn()));
})();
