/*
 * Tailor chat widget. One tag on any page of the store:
 *   <script src="https://SHOP/widget.js" data-site-key="demo" async></script>
 * Optional: data-customer-token, data-page, data-product-handle, data-theme ("light" | "dark" | "auto").
 * Plain ES2020 without a build step: this file is what the server serves. The UI lives in an open shadow root, every
 * text comes from `strings`, and nothing the shopper or the server wrote is ever parsed as HTML.
 */
(() => {
  "use strict";

  // Every text the shopper sees or hears, in one place.
  const strings = {
    lang: "en",
    title: "Shopping assistant",
    launcher: "Chat with our shopping assistant",
    close: "Close chat",
    disclosure: "You're chatting with an AI assistant, not a person. Ask for a person at any time.",
    human: "Talk to a person",
    humanRequest: "I'd like to talk to a person",
    // While a person from the team is asked for or chatting: {position}, {minutes} and {name} come from the server.
    handoff: {
      queued: "You're number {position} in the queue for a person (about {minutes} min). Keep browsing: we'll show their reply here.",
      withAgent: "You're chatting with {name} from our team.",
      typing: "{name} is typing",
      cancel: "Back to the assistant",
      ticketEmail: "Your e-mail",
      ticketMessage: "How can we help?",
      ticketSend: "Send to the team",
      ticketSent: "Thanks, we've got your message and will reply by e-mail.",
    },
    conversation: "Conversation",
    inputLabel: "Your message",
    placeholder: "Ask about a product or an order",
    send: "Send",
    typing: "The assistant is typing",
    said: { user: "You said:", assistant: "Assistant said:", agent: "Agent said:", system: "Notice:" },
    offline: "You're offline. Check your connection, then retry.",
    sendFailed: "Your message couldn't be sent.",
    unavailable: "The chat isn't available right now.",
    slowDown: "You're sending messages a little fast for me. Please wait {seconds} seconds, then retry.",
    retry: "Retry",
    dismiss: "Dismiss",
    helpful: "Helpful answer",
    notHelpful: "Not helpful",
    feedbackThanks: "Thanks for your feedback.",
    feedbackFailed: "Your rating couldn't be saved.",
    csatQuestion: "How would you rate this chat?",
    csatScores: ["Very poor", "Poor", "Okay", "Good", "Excellent"],
    csatThanks: "Thanks for rating the chat!",
    addToCart: "Add to cart",
    // The fitting room: the fit preview and the photo try-on, both drawn in the browser.
    seeFit: "See the fit",
    fitTitle: "How it fits you",
    fitFigure: "Figure in size {size}, each zone marked tight, right or loose",
    fitSizes: "Compare sizes",
    fitAdvised: "From your measurements I'd pick size {size}.",
    fitFailed: "The fit preview isn't available for this product.",
    zones: { chest: "Bust/chest", waist: "Waist", hips: "Hips", length: "Length" },
    fits: { tight: "tight", right: "right", loose: "loose", short: "short on you", long: "long on you" },
    tryOn: "Try on",
    tryOnTitle: "Try it on a photo",
    tryOnPrivacy: "Your photo stays on this device: it is never uploaded.",
    tryOnPick: "Choose or take a photo",
    tryOnCanvas: "Your photo with the garment on top",
    tryOnMoves: { left: "Move left", right: "Move right", up: "Move up", down: "Move down", bigger: "Bigger", smaller: "Smaller",
      turnLeft: "Rotate left", turnRight: "Rotate right" },
    closeSheet: "Close",
    // "My preferences": what the assistant remembers about the shopper in this chat, each part forgettable.
    preferences: "My preferences",
    preferencesEmpty: "Nothing yet. Tell the assistant your size, fit, colours you like or avoid, or a budget, and it will use them.",
    preferencesSaved: "Saved in your account; forgetting here forgets there too.",
    forget: "Forget",
    forgetAll: "Forget everything",
    profileParts: { sizes: "Sizes", fit: "Fit", colors: "Colours", budget: "Budget", department: "Department", measurements: "Measurements" },
    added: "Added to cart",
    colours: "Colours",
    sizes: "Sizes in stock",
    was: "was",
    source: "Source",
    order: "Order",
    placed: "Placed",
    quantity: "Qty",
    total: "Total",
    carrier: "Carrier",
    eta: "Estimated delivery",
    updates: "Latest updates",
    status: {
      pending: "Pending", processing: "Processing", shipped: "Shipped", intransit: "In transit", outfordelivery: "Out for delivery",
      delivered: "Delivered", cancelled: "Cancelled", returned: "Returned", refunded: "Refunded", partiallyreturned: "Partly returned",
    },
    // A message that ends the chat: after its answer the widget asks for a rating once.
    farewell: /\b(bye|goodbye|thanks|thank you|thx|cheers|that's all)\b/i,
  };

  if (window.Tailor && window.Tailor.version) return;
  const script = document.currentScript || document.querySelector('script[src*="widget.js"][data-site-key]');
  if (!script) return;

  const api = new URL(script.src, location.href).origin;
  const settings = window.tailorSettings || {};
  const siteKey = script.dataset.siteKey || "";
  const customerToken = script.dataset.customerToken || settings.customerToken || null;
  const keyOf = (name) => `tailor:${siteKey}:${name}`;
  const customer = subjectOf(customerToken);
  let context = compact({ page: script.dataset.page, productHandle: script.dataset.productHandle, ...(settings.context || {}) });

  // A conversation belongs to whoever started it: signing in or out starts a new one, so order help follows the customer
  // and a signed-out shopper never sees the signed-in customer's chat.
  if (stored("localStorage", keyOf("customer")) !== customer) stored("localStorage", keyOf("conversation"), null);

  const state = {
    conversationId: stored("localStorage", keyOf("conversation")),
    config: null,
    open: false,
    starting: null,
    pending: null,
    failed: null,
    retry: null,
    turns: 0,
    nudged: false,
    idle: 0,
  };

  // ---- DOM helpers: elements and text nodes only ----

  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(props || {})) {
      if (value == null || value === false) continue;
      if (name === "text") el.textContent = value;
      else if (name === "testid") el.dataset.testid = value;
      else if (name.startsWith("on")) el.addEventListener(name.slice(2), value);
      else el.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children.flat(3)) if (child || child === 0) el.append(child);
    return el;
  }

  function svg(paths, transform) {
    const ns = "http://www.w3.org/2000/svg";
    const icon = document.createElementNS(ns, "svg");
    icon.setAttribute("viewBox", "0 0 24 24");
    icon.setAttribute("aria-hidden", "true");
    icon.setAttribute("focusable", "false");
    for (const d of paths) {
      const path = document.createElementNS(ns, "path");
      path.setAttribute("d", d);
      if (transform) path.setAttribute("transform", transform);
      icon.append(path);
    }
    return icon;
  }

  const icons = {
    chat: ["M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"],
    thumb: ["M2 10h4v11H2z", "M8 21h9.3a2 2 0 0 0 2-1.6l1.4-7A2 2 0 0 0 18.7 10H14l.9-4.4a1.8 1.8 0 0 0-3.1-1.5L8 10z"],
    close: ["M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z"],
  };

  function compact(object) {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value != null && value !== ""));
  }

  // Only to tell customers apart on this device: the server is what checks the token.
  function subjectOf(token) {
    try {
      const payload = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
      return String(JSON.parse(atob(payload.padEnd(payload.length + ((4 - (payload.length % 4)) % 4), "="))).sub || "guest");
    } catch {
      return "guest";
    }
  }

  function stored(kind, key, value) {
    try {
      // Reading window.localStorage itself throws where storage is blocked, so only inside the try.
      const storage = window[kind];
      if (value === undefined) return storage.getItem(key);
      if (value === null) storage.removeItem(key);
      else storage.setItem(key, value);
    } catch {
      // Storage can be blocked (private mode, sandboxed frames): the chat still works for this page view.
    }
    return null;
  }

  // Links may only lead to http(s) pages; a relative link stays relative to the shop's page.
  function safeUrl(value) {
    if (typeof value !== "string" || !value) return null;
    try {
      const url = new URL(value, document.baseURI);
      return url.protocol === "http:" || url.protocol === "https:" ? value : null;
    } catch {
      return null;
    }
  }

  // Pictures are served by the Tailor server (the script's origin) unless the catalog gives a full URL.
  function imageUrl(value) {
    if (typeof value !== "string" || !value) return null;
    try {
      const url = new URL(value, api);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch {
      return null;
    }
  }

  function newId() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  const locale = () => (state.config && state.config.locale) || document.documentElement.lang || navigator.language || "en";

  function money(amount, currency) {
    if (typeof amount !== "number") return "";
    try {
      return new Intl.NumberFormat(locale(), { style: "currency", currency: currency || (state.config && state.config.currency) || "GBP" }).format(amount);
    } catch {
      return amount.toFixed(2);
    }
  }

  function date(value, withTime) {
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const parsed = new Date(value);
    if (Number.isNaN(parsed.getTime())) return String(value);
    const options = withTime ? { dateStyle: "medium", timeStyle: "short" } : { dateStyle: "medium" };
    return new Intl.DateTimeFormat(locale(), dateOnly ? { ...options, timeZone: "UTC" } : options).format(parsed);
  }

  // ---- Markdown: bold, italics, http(s) links, lists and line breaks, built as DOM nodes ----

  function markdown(text) {
    const out = document.createDocumentFragment();
    for (const block of text.replace(/\r\n?/g, "\n").split(/\n{2,}/)) {
      let list = null;
      let paragraph = null;
      for (const line of block.split("\n")) {
        const item = /^\s*(?:[-*•]|(\d+)[.)])\s+(.*)$/.exec(line);
        if (item) {
          const ordered = item[1] !== undefined;
          if (!list || (list.tagName === "OL") !== ordered) out.append((list = h(ordered ? "ol" : "ul")));
          list.append(h("li", null, inline(item[2])));
          paragraph = null;
        } else if (line.trim()) {
          list = null;
          if (paragraph) paragraph.append(h("br"));
          else out.append((paragraph = h("p")));
          paragraph.append(inline(line));
        }
      }
    }
    return out;
  }

  function inline(text) {
    const out = document.createDocumentFragment();
    // Markers must hug their words: masked data ("***, N16 9**", "j***@mail.com") stays as it is.
    const pattern = /(?<![\w*])\*\*(?![\s*])(.+?)(?<![\s*])\*\*(?![\w*])|(?<!\w)__(?!\s)(.+?)(?<!\s)__(?!\w)|(?<![\w*])\*(?![\s*])(.+?)(?<![\s*])\*(?![\w*])|(?<!\w)_(?![\s_])(.+?)(?<![\s_])_(?!\w)|\[([^\]]+)\]\(([^)\s]+)\)/g;
    let last = 0;
    for (let match; (match = pattern.exec(text)); last = pattern.lastIndex) {
      out.append(text.slice(last, match.index));
      if (match[1] || match[2]) out.append(h("strong", null, inline(match[1] || match[2])));
      else if (match[3] || match[4]) out.append(h("em", null, inline(match[3] || match[4])));
      else {
        const href = safeUrl(match[6]);
        out.append(href ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, match[5]) : match[0]);
      }
    }
    out.append(text.slice(last));
    return out;
  }

  // ---- Message parts ----

  function productCards(part) {
    return h("div", { class: "cards" }, (part.items || []).map(productCard));
  }

  function productCard(product) {
    const url = safeUrl(product.url);
    const image = imageUrl(product.imageUrl);
    const discounted = typeof product.compareAtPrice === "number" && product.compareAtPrice > product.price;
    const colours = product.colors || [];
    const sizes = product.sizesInStock || [];
    return h("article", { class: "card", testid: "product-card", "data-handle": product.handle },
      image && h("img", { src: image, alt: "", loading: "lazy", width: 160, height: 200 }),
      h("h3", { class: "card-title", testid: "product-title" },
        url ? h("a", { href: url, testid: "product-link" }, product.title) : product.title),
      h("p", { class: "price" },
        h("span", { class: discounted ? "sale" : null, testid: "product-price" }, money(product.price, product.currency)),
        discounted && [" ", h("span", { class: "sr" }, strings.was + " "),
          h("s", { testid: "product-compare-at" }, money(product.compareAtPrice, product.currency))]),
      colours.length > 0 && h("p", { class: "meta", testid: "product-colors" }, `${strings.colours}: ${colours.join(", ")}`),
      sizes.length > 0 && h("p", { class: "meta", testid: "product-sizes" }, `${strings.sizes}: ${sizes.join(", ")}`),
      product.reason && h("p", { class: "reason" }, product.reason),
      image && h("button", { type: "button", class: "try", testid: "try-on", onclick: () => showTryOn(image) }, strings.tryOn),
      h("button", { type: "button", class: "add", testid: "add-to-cart", onclick: (event) => addToCart(product, event.currentTarget) },
        strings.addToCart));
  }

  function addToCart(product, button) {
    const sizes = product.sizesInStock || [];
    const colours = product.colors || [];
    document.dispatchEvent(new CustomEvent("tailor:add-to-cart", {
      bubbles: true,
      composed: true,
      detail: {
        handle: product.handle, title: product.title, price: product.price, currency: product.currency,
        size: sizes.length === 1 ? sizes[0] : null, color: colours.length === 1 ? colours[0] : null, url: product.url,
      },
    }));
    button.textContent = strings.added;
    setTimeout(() => (button.textContent = strings.addToCart), 2500);
    // Counted as a chat-assisted add to the bag; the server prices it from the catalog. A failure here never bothers the shopper.
    if (state.conversationId)
      call("POST", `/api/chat/conversations/${encodeURIComponent(state.conversationId)}/cart`, { handle: product.handle }).catch(() => {});
  }

  function quickReplies(part) {
    return h("div", { class: "quick" }, (part.options || []).map((option) =>
      h("button", { type: "button", testid: "quick-reply", onclick: () => send(option) }, option)));
  }

  function citation(part) {
    const url = safeUrl(part.url);
    return h("figure", { class: "cite" },
      part.quote && h("blockquote", null, part.quote),
      h("figcaption", null, `${strings.source}: `,
        url ? h("a", { href: url, target: "_blank", rel: "noopener noreferrer", testid: "citation" }, part.title)
          : h("span", { testid: "citation" }, part.title)));
  }

  function orderCard(order) {
    const status = String(order.status || "");
    const key = status.toLowerCase().replace(/[^a-z]/g, "");
    const tracking = safeUrl(order.trackingUrl);
    const events = (order.events || []).slice().sort((a, b) => String(b.at).localeCompare(String(a.at))).slice(0, 3);
    return h("article", { class: "order", testid: "order-card", "data-number": order.number },
      h("div", { class: "order-head" },
        h("h3", null, `${strings.order} ${order.number}`),
        h("span", { class: `badge badge-${key}`, testid: "order-status" }, strings.status[key] || status)),
      order.placedAt && h("p", { class: "meta" }, `${strings.placed} ${date(order.placedAt)}`),
      (order.items || []).length > 0 && h("ul", { class: "items" }, order.items.map((item) => {
        const link = safeUrl(item.url);
        const image = imageUrl(item.imageUrl);
        return h("li", null,
          image && h("img", { src: image, alt: "", width: 40, height: 50, loading: "lazy" }),
          h("span", null, link ? h("a", { href: link }, item.title) : item.title,
            h("span", { class: "meta" }, [item.variant, `${strings.quantity} ${item.quantity}`, money(item.price, order.currency)].filter(Boolean).join(" · "))));
      })),
      typeof order.total === "number" && h("p", { class: "total" }, `${strings.total}: ${money(order.total, order.currency)}`),
      (order.carrier || order.trackingNumber) && h("p", { class: "meta" }, order.carrier ? `${strings.carrier}: ${order.carrier}` : "",
        order.trackingNumber && [order.carrier ? " · " : "",
          tracking ? h("a", { href: tracking, target: "_blank", rel: "noopener noreferrer" }, order.trackingNumber) : order.trackingNumber]),
      order.eta && h("p", { class: "eta" }, `${strings.eta}: ${date(order.eta)}`),
      events.length > 0 && h("div", null, h("h4", null, strings.updates), h("ol", { class: "events" }, events.map((event) =>
        h("li", null, h("time", { datetime: event.at }, date(event.at, true)), " ", event.description, event.location ? ` (${event.location})` : "")))));
  }

  // ---- The fitting room: a sheet over the conversation for the fit preview and the photo try-on ----

  function openSheet(heading, ...content) {
    stopTryOn();
    sheet.replaceChildren(h("div", { class: "sheet-head" }, h("h3", null, heading),
      h("button", { type: "button", class: "icon", testid: "sheet-close", "aria-label": strings.closeSheet, onclick: closeSheet }, svg(icons.close))),
      ...content);
    sheet.hidden = false;
    sheet.querySelector("button")?.focus();
  }

  function closeSheet() {
    stopTryOn();
    sheet.hidden = true;
    sheet.replaceChildren();
    input.focus();
  }

  function fitPreviewButton(part) {
    return h("button", { type: "button", class: "action", testid: "see-fit", onclick: () => showFit(part, part.size) }, strings.seeFit);
  }

  // The server marks each zone from the size chart; only the drawing happens here.
  async function showFit(part, size) {
    const query = new URLSearchParams(compact({ size, chest: part.chestCm, waist: part.waistCm, hips: part.hipCm, height: part.heightCm, unit: "cm" }));
    let preview;
    try {
      preview = await call("GET", `/api/chat/fit-preview/${encodeURIComponent(part.handle)}?${query}`);
    } catch (error) {
      openSheet(strings.fitTitle, h("p", { class: "reason", testid: "fit-error" }, reason(error, strings.fitFailed)));
      return;
    }
    openSheet(strings.fitTitle, fitView(preview, (next) => showFit(part, next)));
  }

  function fitView(preview, compare) {
    return h("div", { class: "fit", testid: "fit-preview", "data-size": preview.size },
      fitFigure(preview),
      h("div", { class: "fit-sizes", role: "group", "aria-label": strings.fitSizes }, (preview.sizes || []).map((size) =>
        h("button", { type: "button", testid: "fit-size", "aria-pressed": String(size === preview.size), onclick: () => compare(size) }, size))),
      h("ul", { class: "zones", testid: "fit-zones" }, (preview.zones || []).map((zone) =>
        h("li", { "data-zone": zone.zone, "data-fit": zone.fit }, `${strings.zones[zone.zone] || zone.zone}: ${strings.fits[zone.fit] || zone.fit}`))),
      preview.advised && h("p", { class: "reason" }, strings.fitAdvised.replace("{size}", preview.advised)));
  }

  const fitColours = { tight: "#b3261e", right: "#2e7d32", loose: "#1f5f8b", short: "#8a5a00", long: "#8a5a00" };
  const zoneBands = { chest: [52, 20], waist: [84, 14], hips: [106, 22], length: [44, 150] };

  // A plain figure with a band per zone, coloured by how it sits; presentation attributes, no inline style (strict CSP).
  function fitFigure(preview) {
    const ns = "http://www.w3.org/2000/svg";
    const node = (tag, attributes) => {
      const element = document.createElementNS(ns, tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
      return element;
    };
    const figure = node("svg", { viewBox: "0 0 120 240", width: 120, height: 240, role: "img", "data-testid": "fit-figure",
      "aria-label": strings.fitFigure.replace("{size}", preview.size) });
    figure.append(node("circle", { cx: 60, cy: 22, r: 14, fill: "#c9ced4" }),
      node("path", { d: "M40 42 Q60 36 80 42 L86 96 Q84 110 90 130 L80 232 H66 L60 150 L54 232 H40 L30 130 Q36 110 34 96 Z", fill: "#c9ced4" }));
    for (const zone of preview.zones || []) {
      const band = zoneBands[zone.zone];
      if (!band) continue;
      const length = zone.zone === "length";
      const rect = node("rect", { x: length ? 100 : 22, y: band[0], width: length ? 8 : 76, height: band[1], rx: 4,
        fill: fitColours[zone.fit] || "#666", "fill-opacity": length ? 1 : 0.6, "data-zone": zone.zone, "data-fit": zone.fit });
      const label = node("title", {});
      label.textContent = `${strings.zones[zone.zone] || zone.zone}: ${strings.fits[zone.fit] || zone.fit}`;
      rect.append(label);
      figure.append(rect);
    }
    return figure;
  }

  // The photo is decoded into memory with createImageBitmap and drawn on a canvas: it never becomes a URL, a request
  // or storage, so it cannot leave the device.
  const tryOn = { canvas: null, photo: null, garment: null, x: 0.5, y: 0.42, scale: 0.55, angle: 0, drag: null };

  function showTryOn(garmentUrl) {
    const canvas = h("canvas", { width: 300, height: 380, class: "tryon", testid: "tryon-canvas", role: "img", "aria-label": strings.tryOnCanvas });
    const file = h("input", { type: "file", accept: "image/*", capture: "user", testid: "tryon-photo",
      onchange: (event) => loadPhoto(event.currentTarget.files && event.currentTarget.files[0]) });
    const move = (label, testid, change) => h("button", { type: "button", testid, "aria-label": label, title: label,
      onclick: () => { change(); drawTryOn(); } }, label);
    const labels = strings.tryOnMoves;
    openSheet(strings.tryOnTitle,
      h("p", { class: "reason" }, strings.tryOnPrivacy),
      h("label", { class: "pick" }, strings.tryOnPick, file),
      canvas,
      h("div", { class: "moves", role: "group" },
        move(labels.left, "tryon-left", () => (tryOn.x -= 0.04)), move(labels.right, "tryon-right", () => (tryOn.x += 0.04)),
        move(labels.up, "tryon-up", () => (tryOn.y -= 0.04)), move(labels.down, "tryon-down", () => (tryOn.y += 0.04)),
        move(labels.bigger, "tryon-bigger", () => (tryOn.scale = Math.min(2, tryOn.scale * 1.1))),
        move(labels.smaller, "tryon-smaller", () => (tryOn.scale = Math.max(0.1, tryOn.scale / 1.1))),
        move(labels.turnLeft, "tryon-rotate-left", () => (tryOn.angle -= Math.PI / 36)),
        move(labels.turnRight, "tryon-rotate-right", () => (tryOn.angle += Math.PI / 36))));
    Object.assign(tryOn, { canvas, photo: null, garment: null, x: 0.5, y: 0.42, scale: 0.55, angle: 0, drag: null });
    const garment = new Image();
    garment.addEventListener("load", () => { if (tryOn.canvas === canvas) { tryOn.garment = garment; drawTryOn(); } });
    garment.src = garmentUrl;
    canvas.addEventListener("pointerdown", (event) => {
      canvas.setPointerCapture(event.pointerId);
      tryOn.drag = { x: event.clientX, y: event.clientY };
    });
    canvas.addEventListener("pointermove", (event) => {
      if (!tryOn.drag) return;
      const box = canvas.getBoundingClientRect();
      tryOn.x += (event.clientX - tryOn.drag.x) / box.width;
      tryOn.y += (event.clientY - tryOn.drag.y) / box.height;
      tryOn.drag = { x: event.clientX, y: event.clientY };
      drawTryOn();
    });
    const drop = () => (tryOn.drag = null);
    canvas.addEventListener("pointerup", drop);
    canvas.addEventListener("pointercancel", drop);
    drawTryOn();
  }

  async function loadPhoto(file) {
    if (!file || !tryOn.canvas) return;
    const canvas = tryOn.canvas;
    const photo = await createImageBitmap(file).catch(() => null);
    if (tryOn.canvas !== canvas) return photo?.close();
    tryOn.photo?.close();
    tryOn.photo = photo;
    drawTryOn();
  }

  function drawTryOn() {
    const { canvas, photo, garment } = tryOn;
    if (!canvas) return;
    const context = canvas.getContext("2d");
    const width = canvas.width;
    const height = canvas.height;
    context.fillStyle = "#eef1f4";
    context.fillRect(0, 0, width, height);
    if (photo) {
      const cover = Math.max(width / photo.width, height / photo.height);
      context.drawImage(photo, (width - photo.width * cover) / 2, (height - photo.height * cover) / 2, photo.width * cover, photo.height * cover);
    }
    if (garment && garment.naturalWidth > 0) {
      const w = width * tryOn.scale;
      const hgt = w * garment.naturalHeight / garment.naturalWidth;
      context.save();
      context.translate(tryOn.x * width, tryOn.y * height);
      context.rotate(tryOn.angle);
      context.globalAlpha = 0.92;
      context.drawImage(garment, -w / 2, -hgt / 2, w, hgt);
      context.restore();
    }
    // Where the garment sits, for assistive tech and tests: position in % of the photo, size and angle.
    canvas.dataset.garment = [tryOn.x, tryOn.y, tryOn.scale, tryOn.angle].map((n) => n.toFixed(3)).join(",");
    canvas.dataset.photo = photo ? "loaded" : "none";
  }

  function stopTryOn() {
    tryOn.photo?.close();
    Object.assign(tryOn, { canvas: null, photo: null, garment: null, drag: null });
  }

  function tryOnButton(part) {
    const image = imageUrl(part.imageUrl);
    return image && h("button", { type: "button", class: "action", testid: "try-on", onclick: () => showTryOn(image) }, strings.tryOn);
  }

  async function showPreferences() {
    if (!state.conversationId) {
      openSheet(strings.preferences, h("p", { testid: "preferences-empty" }, strings.preferencesEmpty));
      return;
    }
    let profile;
    try {
      profile = await call("GET", `/api/chat/conversations/${encodeURIComponent(state.conversationId)}/profile`);
    } catch (error) {
      openSheet(strings.preferences, h("p", { class: "reason" }, reason(error, strings.preferencesEmpty)));
      return;
    }
    const m = profile.measurements || {};
    const rows = [
      ["sizes", (profile.sizes || []).join(", ")],
      ["fit", profile.fit || ""],
      ["colors", [...(profile.likedColors || []), ...(profile.dislikedColors || []).map((c) => `not ${c}`)].join(", ")],
      ["budget", typeof profile.budget === "number" ? `≤ ${profile.budget}` : ""],
      ["department", profile.department || ""],
      ["measurements", ["chest", "waist", "hips", "height"].filter((k) => m[k] != null).map((k) => `${k} ${m[k]} cm`).join(", ")],
    ].filter(([, value]) => value);
    openSheet(strings.preferences,
      rows.length === 0 ? h("p", { testid: "preferences-empty" }, strings.preferencesEmpty)
        : h("dl", { class: "prefs", testid: "preferences" }, rows.map(([part, value]) => [
          h("dt", null, strings.profileParts[part]),
          h("dd", { "data-part": part }, value, " ",
            h("button", { type: "button", class: "action", testid: "forget-part", "data-part": part, onclick: () => forgetPreference(part) }, strings.forget))])),
      rows.length > 0 && h("button", { type: "button", class: "action", testid: "forget-all", onclick: () => forgetPreference("all") }, strings.forgetAll),
      profile.saved && h("p", { class: "reason" }, strings.preferencesSaved));
  }

  async function forgetPreference(part) {
    try {
      await call("DELETE", `/api/chat/conversations/${encodeURIComponent(state.conversationId)}/profile?part=${encodeURIComponent(part)}`);
    } catch (error) {
      showError(reason(error, strings.preferencesEmpty));
    }
    showPreferences();
  }

  const renderers = { products: productCards, quickReplies, citation, order: orderCard, fitPreview: fitPreviewButton, tryOn: tryOnButton };

  // ---- The panel ----

  const host = document.createElement("tailor-chat");
  const root = host.attachShadow({ mode: "open" });
  const title = h("h2", { id: "tailor-title", class: "title" }, strings.title);
  const launcher = h("button", { type: "button", class: "launcher", testid: "launcher", "aria-label": strings.launcher,
    "aria-expanded": "false", "aria-controls": "tailor-panel", onclick: () => (state.open ? close() : open()) }, svg(icons.chat));
  const errorText = h("span");
  const retryButton = h("button", { type: "button", testid: "retry" }, strings.retry);
  const errorBar = h("div", { class: "error", testid: "error", role: "alert", hidden: true }, errorText, retryButton);
  const log = h("div", { class: "log", testid: "messages", role: "log", "aria-live": "polite", "aria-label": strings.conversation, tabindex: "0" });
  const input = h("textarea", { testid: "input", rows: 1, maxlength: 2000, placeholder: strings.placeholder, "aria-label": strings.inputLabel });
  const sendButton = h("button", { type: "submit", class: "send", testid: "send" }, strings.send);
  const sheet = h("div", { class: "sheet", testid: "fitting-sheet", role: "region", "aria-label": strings.fitTitle, hidden: true });
  const panel = h("section", { id: "tailor-panel", class: "panel", testid: "panel", role: "dialog", "aria-label": strings.title, lang: strings.lang, hidden: true },
    h("header", null, title,
      h("button", { type: "button", class: "human", testid: "preferences-open", onclick: showPreferences }, strings.preferences),
      h("button", { type: "button", class: "human", testid: "human", onclick: () => send(strings.humanRequest) }, strings.human),
      h("button", { type: "button", class: "icon", testid: "close", "aria-label": strings.close, onclick: () => close() }, svg(icons.close))),
    h("p", { class: "disclosure", testid: "disclosure" }, strings.disclosure),
    errorBar,
    log,
    sheet,
    h("form", { class: "composer", onsubmit: (event) => { event.preventDefault(); submit(); } }, input, sendButton));
  const nudgeText = h("button", { type: "button", class: "nudge-text", onclick: () => open() });
  const nudge = h("div", { class: "nudge", testid: "nudge", role: "status", hidden: true }, nudgeText,
    h("button", { type: "button", class: "icon", "aria-label": strings.dismiss, onclick: hideNudge }, svg(icons.close)));
  const shell = h("div", { class: "shell", lang: strings.lang }, nudge, panel, launcher);

  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      close();
    }
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  input.addEventListener("input", () => {
    input.style.height = "auto";
    input.style.height = `${Math.min(input.scrollHeight, 120)}px`;
  });

  function open() {
    hideNudge();
    if (state.open) return;
    state.open = true;
    panel.hidden = false;
    shell.classList.add("open");
    launcher.setAttribute("aria-expanded", "true");
    stored("sessionStorage", keyOf("open"), "1");
    input.focus();
    scrollDown(true);
    startIfNeeded();
  }

  function startIfNeeded() {
    if (!state.conversationId) ensureConversation().catch((error) => showError(reason(error, strings.unavailable), startIfNeeded));
  }

  function close() {
    if (!state.open) return;
    state.open = false;
    panel.hidden = true;
    shell.classList.remove("open");
    launcher.setAttribute("aria-expanded", "false");
    stored("sessionStorage", keyOf("open"), null);
    launcher.focus();
    if (state.turns >= 2) askRating();
  }

  function scrollDown(always) {
    if (always || log.scrollHeight - log.scrollTop - log.clientHeight < 120) log.scrollTop = log.scrollHeight;
  }

  function showError(message, retry) {
    errorText.textContent = message;
    state.retry = retry;
    errorBar.hidden = false;
  }

  function hideError() {
    errorBar.hidden = true;
    state.retry = null;
  }

  retryButton.addEventListener("click", () => {
    const retry = state.retry;
    hideError();
    if (retry) retry();
  });

  function reason(error, fallback) {
    if (!navigator.onLine) return strings.offline;
    if (error && error.status === 429) return strings.slowDown.replace("{seconds}", String(error.retryAfter || 30));
    return error && error.status >= 500 ? strings.unavailable : fallback;
  }

  function offline() {
    showError(strings.offline, state.failed ? () => deliver(state.failed) : () => navigator.onLine || offline());
  }

  // ---- Messages in the log ----

  // A bubble gathers a message's text blocks and parts as they stream in.
  function bubble(role, anchor) {
    const body = h("div", { class: `msg ${role}`, testid: "message", "data-role": role });
    const row = h("div", { class: `row ${role}` }, h("span", { class: "sr" }, strings.said[role] || ""), body);
    log.insertBefore(row, anchor || log.querySelector(".typing"));
    let text = null;
    let source = "";
    return {
      row,
      body,
      text(delta) {
        if (role === "user" || role === "system") {
          body.append(delta);
        } else {
          if (!text || body.lastChild !== text) {
            text = body.appendChild(h("div", { class: "text" }));
            source = "";
          }
          source += delta;
          text.replaceChildren(markdown(source));
        }
        scrollDown();
      },
      part(part) {
        const render = renderers[part.type];
        if (part.type === "text") this.text(part.text);
        else if (render) body.append(render(part));
        scrollDown();
      },
      done(messageId, rateable) {
        body.dataset.messageId = messageId;
        if (rateable && messageId) row.append(rating(messageId));
      },
    };
  }

  function showMessage(message, rateable, anchor) {
    const shown = bubble(message.role, anchor);
    for (const part of message.parts || [{ type: "text", text: message.text }]) shown.part(part);
    shown.done(message.id, rateable);
    return shown;
  }

  // Earlier messages go above anything the shopper already wrote while they loaded.
  function renderTranscript(transcript) {
    const anchor = log.firstChild;
    let previous = null;
    for (const message of transcript.messages || []) {
      if (message.role === "user") state.turns++;
      showMessage(message, message.role === "assistant" && previous === "user", anchor);
      previous = message.role;
    }
    dropOldQuickReplies(true);
    scrollDown(true);
  }

  // Only the latest answer's quick replies stay: older ones would answer a question no longer asked.
  function dropOldQuickReplies(keepLast) {
    const groups = [...log.querySelectorAll(".quick")];
    for (const group of keepLast ? groups.slice(0, -1) : groups) group.remove();
  }

  function showTyping() {
    if (log.querySelector(".typing")) return;
    log.append(h("div", { class: "typing", testid: "typing", role: "status", "aria-label": strings.typing }, h("span"), h("span"), h("span")));
    scrollDown(true);
  }

  function hideTyping() {
    const typing = log.querySelector(".typing");
    if (typing) typing.remove();
  }

  function rating(messageId) {
    const note = h("span", { class: "sr", role: "status" });
    const thumbs = [1, -1].map((score) => h("button", {
      type: "button", class: "thumb", testid: score > 0 ? "thumb-up" : "thumb-down", "aria-pressed": "false",
      "aria-label": score > 0 ? strings.helpful : strings.notHelpful,
      onclick: async () => {
        thumbs.forEach((thumb, i) => thumb.setAttribute("aria-pressed", String(i === (score > 0 ? 0 : 1))));
        try {
          await call("POST", `/api/chat/conversations/${encodeURIComponent(state.conversationId)}/messages/${messageId}/feedback`, { score });
          note.textContent = strings.feedbackThanks;
        } catch {
          thumbs.forEach((thumb) => thumb.setAttribute("aria-pressed", "false"));
          note.textContent = strings.feedbackFailed;
        }
      },
    }, svg(icons.thumb, score > 0 ? null : "rotate(180 12 12)")));
    return h("div", { class: "rating" }, thumbs, note);
  }

  function askRating() {
    const asked = keyOf(`csat:${state.conversationId}`);
    if (!state.conversationId || stored("localStorage", asked)) return;
    stored("localStorage", asked, "1");
    const note = h("p", { class: "meta", role: "status" });
    const scale = h("div", { class: "scale" }, strings.csatScores.map((label, i) => h("button", {
      type: "button", testid: `csat-${i + 1}`, "aria-label": `${i + 1} of 5, ${label}`, title: label,
      onclick: async () => {
        try {
          await call("POST", `/api/chat/conversations/${encodeURIComponent(state.conversationId)}/csat`, { score: i + 1 });
          // The pressed button goes away: keep keyboard focus in the panel rather than losing it to the page.
          if (state.open) input.focus();
          scale.remove();
          note.textContent = strings.csatThanks;
        } catch {
          note.textContent = strings.feedbackFailed;
        }
      },
    }, String(i + 1))));
    log.append(h("div", { class: "csat", testid: "csat", role: "group", "aria-labelledby": "tailor-csat" },
      h("p", { id: "tailor-csat" }, strings.csatQuestion), scale, note));
    scrollDown(true);
  }

  // ---- Talking to the server ----

  async function call(method, path, body) {
    let response;
    try {
      response = await fetch(api + path, {
        method,
        headers: { "X-Tailor-Site-Key": siteKey, ...(body ? { "Content-Type": "application/json" } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch {
      throw problem(0, null);
    }
    if (!response.ok) throw waited(problem(response.status, await response.json().catch(() => null)), response);
    return response.json();
  }

  // A 429 says how long to wait (Retry-After, in seconds), so the shopper is told when to try again.
  function waited(error, response) {
    error.retryAfter = Number(response.headers.get("Retry-After")) || null;
    return error;
  }

  function problem(status, details) {
    const error = new Error((details && (details.detail || details.title)) || `HTTP ${status}`);
    error.status = status;
    error.details = details;
    return error;
  }

  function remember(id) {
    state.conversationId = id;
    stored("localStorage", keyOf("conversation"), id);
    stored("localStorage", keyOf("customer"), id && customer);
    follow();
  }

  function ensureConversation() {
    if (state.conversationId) return Promise.resolve(state.conversationId);
    state.starting = state.starting || call("POST", "/api/chat/conversations", compact({ customerToken, context }))
      .then((transcript) => {
        remember(transcript.id);
        renderTranscript(transcript);
        return transcript.id;
      })
      .finally(() => (state.starting = null));
    return state.starting;
  }

  async function restore() {
    try {
      renderTranscript(await call("GET", `/api/chat/conversations/${encodeURIComponent(state.conversationId)}`));
    } catch (error) {
      if (error.status === 404) remember(null);
      else showError(reason(error, strings.unavailable), restore);
    }
  }

  function submit() {
    const text = input.value.trim();
    if (!text || state.pending) return;
    input.value = "";
    input.style.height = "auto";
    send(text);
  }

  function send(text) {
    if (state.pending) return;
    open();
    hideError();
    state.failed = null;
    dropOldQuickReplies(false);
    state.turns++;
    const mine = bubble("user");
    mine.text(text);
    const message = { text, clientMessageId: newId(), lastEventId: null, shown: new Map(), queue: [], reconnects: 0, mine };
    deliver(message);
  }

  // Sends (or resends: same clientMessageId, Last-Event-ID of the last event seen) and reads the answer's events.
  async function deliver(message) {
    state.pending = message;
    state.failed = null;
    sendButton.setAttribute("aria-disabled", "true");
    log.setAttribute("aria-busy", "true");
    message.mine.body.removeAttribute("data-state");
    showTyping();
    let response;
    try {
      const id = await ensureConversation();
      response = await fetch(`${api}/api/chat/conversations/${encodeURIComponent(id)}/messages/stream`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json", Accept: "text/event-stream", "X-Tailor-Site-Key": siteKey,
          ...(message.lastEventId ? { "Last-Event-ID": message.lastEventId } : {}),
        },
        body: JSON.stringify({ text: message.text, clientMessageId: message.clientMessageId, context }),
      });
    } catch (error) {
      return dropped(message, error);
    }
    if (!response.ok) {
      const details = await response.json().catch(() => null);
      if (response.status === 404 && !message.restarted) {
        // The conversation is gone (expired or deleted): start a new one and send the message there.
        remember(null);
        message.restarted = true;
        message.lastEventId = null;
        return deliver(message);
      }
      if (response.status === 400) {
        const said = details && details.errors && Object.values(details.errors)[0];
        settle(message);
        showMessage({ role: "system", parts: [{ type: "text", text: (said && said[0]) || (details && details.detail) || strings.sendFailed }] });
        return;
      }
      return fail(message, waited(problem(response.status, details), response));
    }
    try {
      await readEvents(response.body, (event) => onEvent(message, event));
    } catch {
      // The connection dropped mid-answer: reconnect below with the last event id.
    }
    await shownAll(message);
    if (message.failure) return fail(message, problem(500, message.failure));
    if (!message.ended) return dropped(message);
    settle(message);
    if (strings.farewell.test(message.text)) askRating();
  }

  function onEvent(message, event) {
    if (event.id) message.lastEventId = event.id;
    if (event.type === "error") message.failure = event.data || {};
    else if (event.type !== "message.start") {
      if (event.type === "message.end") message.ended = true;
      message.queue.push(event);
      reveal(message);
    }
  }

  // The server sends a whole answer in a burst; the shopper sees it word by word at reading pace, within about a second.
  function reveal(message) {
    if (message.revealing) return;
    message.revealing = true;
    const step = () => {
      const words = Math.ceil(message.queue.length / 25);
      for (let i = 0; i < words; i++) show(message, message.queue.shift());
      if (message.queue.length) return setTimeout(step, 25);
      message.revealing = false;
      if (message.revealed) message.revealed();
    };
    // Not at once: the rest of a burst is still being read, and it should queue up behind the first word.
    setTimeout(step, 0);
  }

  function shownAll(message) {
    if (!message.revealing) return Promise.resolve();
    return new Promise((resolve) => (message.revealed = () => {
      message.revealed = null;
      resolve();
    }));
  }

  function show(message, event) {
    const data = event.data || {};
    if (event.type === "text.delta" || event.type === "part") {
      hideTyping();
      let shown = message.shown.get(data.messageId);
      if (!shown) message.shown.set(data.messageId, (shown = bubble(data.role || "assistant")));
      if (event.type === "text.delta") shown.text(data.text || "");
      else shown.part(data.part || {});
    } else if (event.type === "message.end") {
      hideTyping();
      for (const id of data.messageIds || []) {
        const shown = message.shown.get(id);
        if (shown) shown.done(id, true);
      }
    }
  }

  async function readEvents(body, dispatch) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    let event = { data: [] };
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      const lines = buffer.split("\n");
      buffer = lines.pop();
      for (const raw of lines) {
        const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
        if (!line) {
          if (event.data.length) {
            try {
              dispatch({ id: event.id, type: event.type || "message", data: JSON.parse(event.data.join("\n")) });
            } catch {
              // An event that isn't JSON is not one of ours.
            }
          }
          event = { data: [] };
          continue;
        }
        const colon = line.indexOf(":");
        if (colon === 0) continue;
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "data") event.data.push(value);
        else if (field === "event") event.type = value;
        else if (field === "id") event.id = value;
      }
    }
  }

  function dropped(message, error) {
    if (navigator.onLine && message.reconnects < 3) {
      message.reconnects++;
      setTimeout(() => deliver(message), 400 * 2 ** message.reconnects);
      return;
    }
    fail(message, error);
  }

  function fail(message, error) {
    settle(message);
    message.reconnects = 0;
    message.failure = null;
    message.mine.body.dataset.state = "failed";
    state.failed = message;
    showError(reason(error, strings.sendFailed), () => deliver(message));
  }

  function settle(message) {
    if (state.pending === message) state.pending = null;
    hideTyping();
    sendButton.removeAttribute("aria-disabled");
    log.removeAttribute("aria-busy");
  }

  // ---- Page context and proactive prompts ----

  function setContext(next) {
    const previous = context.page;
    context = compact({ ...context, ...(next || {}) });
    if (context.page !== previous) {
      state.nudged = false;
      scheduleNudge();
    }
  }

  function scheduleNudge() {
    clearTimeout(state.idle);
    const prompt = state.config && state.config.proactive && state.config.proactive[context.page];
    if (!prompt || state.nudged || state.open) return;
    state.idle = setTimeout(() => {
      if (state.open || state.nudged) return;
      state.nudged = true;
      nudgeText.textContent = prompt.text;
      nudge.hidden = false;
    }, prompt.idleSeconds * 1000);
  }

  function hideNudge() {
    clearTimeout(state.idle);
    nudge.hidden = true;
  }

  async function configure() {
    try {
      state.config = await call("GET", `/api/chat/config?siteKey=${encodeURIComponent(siteKey)}`);
    } catch (error) {
      applyTheme(script.dataset.theme || "light");
      showError(reason(error, strings.unavailable), configure);
      return;
    }
    const ui = state.config.ui || {};
    title.textContent = state.config.title || strings.title;
    panel.setAttribute("aria-label", title.textContent);
    shell.dataset.position = ui.position === "left" ? "left" : "right";
    if (ui.accent) host.style.setProperty("--tailor-config-accent", ui.accent);
    applyTheme(script.dataset.theme || ui.theme || "light");
    scheduleNudge();
  }

  function applyTheme(theme) {
    const dark = matchMedia("(prefers-color-scheme: dark)");
    const apply = () => (host.dataset.theme = theme === "dark" || (theme === "auto" && dark.matches) ? "dark" : "light");
    apply();
    if (theme === "auto") dark.addEventListener("change", apply);
    // Text on the accent colour is black or white, whichever reads better on it.
    const accent = getComputedStyle(host).getPropertyValue("--tailor-accent").trim() || (state.config && state.config.ui.accent) || "";
    const rgb = /^#([0-9a-f]{6})$/i.exec(accent);
    if (rgb) {
      const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb[1].slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      host.style.setProperty("--tailor-config-accent-text", (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? "#111" : "#fff");
    }
  }

  // ---- A person from the team ----

  const handoffText = h("span");
  const handoffCancel = h("button", { type: "button", testid: "handoff-cancel", hidden: true, onclick: () => cancelHandoff() }, strings.handoff.cancel);
  const handoffBar = h("div", { class: "handoff", testid: "handoff-status", role: "status", hidden: true }, handoffText, handoffCancel);
  panel.insertBefore(handoffBar, log);
  const fill = (text, values) => text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));

  // The conversation's live events (queue place, the agent joining, writing and typing, the end of the handoff). The
  // browser reconnects by itself and sends Last-Event-ID, so nothing said meanwhile is lost.
  function follow() {
    const id = state.conversationId;
    if (state.events && state.events.id === id) return;
    if (state.events) state.events.source.close();
    state.events = null;
    if (!id || typeof EventSource !== "function") return;
    const source = new EventSource(`${api}/api/chat/conversations/${encodeURIComponent(id)}/events?siteKey=${encodeURIComponent(siteKey)}`);
    state.events = { id, source };
    const on = (type, handle) => source.addEventListener(type, (event) => handle(JSON.parse(event.data || "{}")));
    on("handoff.queued", (place) => showHandoff(fill(strings.handoff.queued, { position: place.position, minutes: place.estimatedWaitMinutes }), true));
    on("handoff.claimed", (agent) => showHandoff(fill(strings.handoff.withAgent, { name: agent.agentName }), false));
    on("agent.typing", (typing) => (typing.typing ? showAgentTyping(typing.agentName) : hideAgentTyping()));
    on("agent.message", (said) => {
      hideAgentTyping();
      showOnce(said.message);
    });
    on("handoff.unavailable", () => offerTicket());
    on("handoff.ended", (ended) => {
      hideAgentTyping();
      handoffBar.hidden = true;
      showOnce(ended.message);
      if (ended.outcome === "Resolved") askRating();
    });
  }

  // No one can take the chat now: the shopper leaves an e-mail and a message for the team instead.
  function offerTicket() {
    if (log.querySelector(".ticket")) return;
    const email = h("input", { type: "email", testid: "ticket-email", required: true, autocomplete: "email", "aria-label": strings.handoff.ticketEmail, placeholder: strings.handoff.ticketEmail });
    const message = h("textarea", { testid: "ticket-message", rows: 3, maxlength: 2000, required: true, "aria-label": strings.handoff.ticketMessage, placeholder: strings.handoff.ticketMessage });
    const note = h("p", { class: "meta", role: "status", testid: "ticket-note" });
    const form = h("form", { class: "ticket", testid: "ticket-form", onsubmit: async (event) => {
      event.preventDefault();
      const response = await fetch(`${api}/api/chat/conversations/${encodeURIComponent(state.conversationId)}/tickets`, {
        method: "POST", headers: { "Content-Type": "application/json", "X-Tailor-Site-Key": siteKey },
        body: JSON.stringify({ email: email.value, message: message.value }),
      }).catch(() => null);
      if (response && response.ok) {
        form.replaceChildren(note);
        note.textContent = strings.handoff.ticketSent;
      } else {
        const details = response && (await response.json().catch(() => null));
        const said = details && details.errors && Object.values(details.errors)[0];
        note.textContent = (said && said[0]) || strings.offline;
      }
    } }, email, message, h("button", { type: "submit", testid: "ticket-submit" }, strings.handoff.ticketSend), note);
    log.append(form);
    scrollDown(true);
  }

  function showHandoff(text, cancellable) {
    handoffText.textContent = text;
    handoffCancel.hidden = !cancellable;
    handoffBar.hidden = false;
  }

  // A message restored with the transcript may come again as a live event after a reconnect.
  function showOnce(message) {
    if (!message || log.querySelector(`[data-message-id="${Number(message.id)}"]`)) return;
    showMessage(message, false);
    scrollDown(true);
  }

  function showAgentTyping(name) {
    hideAgentTyping();
    log.append(h("div", { class: "typing agent-typing", testid: "agent-typing", role: "status", "aria-label": fill(strings.handoff.typing, { name }) },
      h("span"), h("span"), h("span")));
    scrollDown(true);
  }

  function hideAgentTyping() {
    const typing = log.querySelector(".agent-typing");
    if (typing) typing.remove();
  }

  async function cancelHandoff() {
    handoffCancel.setAttribute("aria-disabled", "true");
    try {
      const response = await fetch(`${api}/api/chat/conversations/${encodeURIComponent(state.conversationId)}/handoff/cancel`, {
        method: "POST", headers: { "X-Tailor-Site-Key": siteKey },
      });
      // 409: an agent took the chat meanwhile; their arrival comes as an event.
      if (response.ok) handoffBar.hidden = true;
    } catch {
      showError(strings.offline, cancelHandoff);
    } finally {
      handoffCancel.removeAttribute("aria-disabled");
    }
  }

  // ---- Start ----

  // A constructed style sheet is not an inline <style>: it keeps working on a shop whose Content-Security-Policy forbids
  // inline styles. Browsers without constructable sheets get the <style> element.
  function styleSheet() {
    if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css());
      root.adoptedStyleSheets = [sheet];
      return null;
    }
    return h("style", null, css());
  }

  function mount() {
    const style = styleSheet();
    if (style) root.append(style);
    root.append(shell);
    document.body.append(host);
    document.addEventListener("keydown", scheduleNudge, true);
    window.addEventListener("offline", offline);
    window.addEventListener("online", () => {
      if (!state.failed && errorText.textContent === strings.offline) hideError();
    });
    configure();
    if (state.conversationId) restore();
    follow();
    if (stored("sessionStorage", keyOf("open"))) open();
    window.Tailor = Object.freeze({ version: "1", open, close, setContext, fitView });
    window.dispatchEvent(new Event("tailor:ready"));
  }

  function css() {
    return `
:host{all:initial;
--accent:var(--tailor-accent,var(--tailor-config-accent,#1f5f8b));--accent-text:var(--tailor-accent-text,var(--tailor-config-accent-text,#fff));
--bg:var(--tailor-bg,#fff);--fg:var(--tailor-fg,#1b1b1f);--muted:var(--tailor-muted,#51565d);--surface:var(--tailor-surface,#eef1f4);
--border:var(--tailor-border,#8a9099);--link:var(--tailor-link,#0b57d0);--focus:var(--tailor-focus,#0b57d0);--sale:#a8231b;
--error-bg:#fdecea;--error-fg:#7d1a14;--radius:var(--tailor-radius,14px);font:15px/1.45 var(--tailor-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);color:var(--fg)}
:host([data-theme=dark]){--bg:var(--tailor-bg,#1d1f23);--fg:var(--tailor-fg,#f1f2f4);--muted:var(--tailor-muted,#c0c5cc);--surface:var(--tailor-surface,#2b2f36);
--border:var(--tailor-border,#7c828b);--link:var(--tailor-link,#9cc0ff);--focus:var(--tailor-focus,#9cc0ff);--sale:#ffb4ab;--error-bg:#5c1a16;--error-fg:#ffdad6}
*{box-sizing:border-box}
[hidden]{display:none!important}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
button{font:inherit;cursor:pointer}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
svg{width:22px;height:22px;fill:currentColor}
.shell{position:fixed;z-index:2147483000;bottom:20px;right:20px;display:flex;flex-direction:column;align-items:flex-end;gap:12px}
.shell[data-position=left]{right:auto;left:20px;align-items:flex-start}
.launcher{width:58px;height:58px;border-radius:50%;border:0;background:var(--accent);color:var(--accent-text);box-shadow:0 4px 14px rgba(0,0,0,.3);display:grid;place-items:center}
.launcher svg{width:28px;height:28px}
.nudge{display:flex;align-items:center;gap:4px;max-width:260px;padding:6px 6px 6px 14px;background:var(--bg);color:var(--fg);border:1px solid var(--border);border-radius:var(--radius);box-shadow:0 4px 14px rgba(0,0,0,.2)}
.nudge-text{border:0;background:none;color:inherit;text-align:left;padding:4px 0}
.icon{border:0;background:none;color:inherit;padding:6px;border-radius:8px;display:grid;place-items:center}
.icon svg{width:18px;height:18px}
.panel{width:380px;height:min(640px,calc(100vh - 110px));display:flex;flex-direction:column;background:var(--bg);color:var(--fg);border:1px solid var(--border);border-radius:var(--radius);box-shadow:0 10px 40px rgba(0,0,0,.28);overflow:hidden}
header{display:flex;align-items:center;gap:8px;padding:10px 10px 10px 16px;background:var(--accent);color:var(--accent-text)}
.title{flex:1;margin:0;font-size:16px;font-weight:600}
.human{border:1px solid currentColor;background:none;color:inherit;border-radius:999px;padding:4px 10px;font-size:13px}
.handoff{display:flex;align-items:center;gap:10px;justify-content:space-between;padding:8px 12px 8px 16px;background:var(--surface);font-size:13.5px}
.ticket{display:flex;flex-direction:column;gap:6px;padding:10px;border:1px solid var(--border);border-radius:12px}
.ticket input,.ticket textarea{font:inherit;padding:6px 8px;border:1px solid var(--border);border-radius:8px;background:var(--bg);color:var(--fg)}
.ticket button{align-self:flex-start;border:0;border-radius:8px;padding:6px 12px;background:var(--accent);color:var(--accent-text)}
.handoff button{border:1px solid var(--accent);background:var(--bg);color:var(--fg);border-radius:999px;padding:4px 10px;font-size:13px;white-space:nowrap}
.disclosure{margin:0;padding:6px 16px;font-size:12.5px;color:var(--muted);border-bottom:1px solid var(--surface)}
.error{display:flex;align-items:center;gap:10px;justify-content:space-between;padding:8px 12px 8px 16px;background:var(--error-bg);color:var(--error-fg);font-size:14px}
.error button{border:1px solid currentColor;background:none;color:inherit;border-radius:8px;padding:4px 12px}
.panel{position:relative}
.sheet{position:absolute;inset:56px 0 0 0;overflow-y:auto;padding:12px 14px;background:var(--bg);border-top:1px solid var(--border);display:flex;flex-direction:column;gap:8px;z-index:2}
.sheet[hidden]{display:none}
.sheet-head{display:flex;align-items:center;justify-content:space-between}
.sheet-head h3{margin:0;font-size:16px}
.fit{display:flex;flex-direction:column;align-items:center;gap:8px}
.fit-sizes,.moves{display:flex;flex-wrap:wrap;gap:6px;justify-content:center}
.fit-sizes button,.moves button,.action,.try{border:1px solid var(--accent);border-radius:8px;padding:5px 9px;background:var(--bg);color:var(--accent);font-size:13.5px;cursor:pointer}
.fit-sizes button[aria-pressed=true]{background:var(--accent);color:var(--accent-text)}
.zones{margin:0;padding-left:18px}
.prefs{margin:0;display:grid;grid-template-columns:auto 1fr;gap:6px 10px;align-items:center}
.prefs dt{font-weight:600}
.prefs dd{margin:0}
.tryon{width:100%;max-width:300px;height:auto;align-self:center;border-radius:10px;touch-action:none;background:var(--surface)}
.pick{display:flex;flex-direction:column;gap:4px;font-size:13.5px}
.log{flex:1;overflow-y:auto;padding:14px;display:flex;flex-direction:column;gap:10px}
.row{display:flex;flex-direction:column;align-items:flex-start;gap:4px}
.row.user{align-items:flex-end}
.msg{max-width:88%;padding:9px 13px;border-radius:16px;background:var(--surface);overflow-wrap:anywhere}
.msg.user{background:var(--accent);color:var(--accent-text);white-space:pre-wrap;border-bottom-right-radius:4px}
.msg.assistant,.msg.agent{border-bottom-left-radius:4px}
.msg.system{background:var(--error-bg);color:var(--error-fg);font-size:14px}
.msg[data-state=failed]{opacity:.75;outline:2px dashed var(--error-fg)}
.msg p{margin:0 0 6px}.msg p:last-child{margin:0}.msg ul,.msg ol{margin:4px 0;padding-left:20px}
.msg a{color:var(--link)}.msg.user a{color:inherit}
.text+.text,.text+*,*+.text{margin-top:8px}
.cards{display:flex;gap:10px;overflow-x:auto;padding:2px 2px 6px;max-width:100%}
.card{flex:0 0 170px;display:flex;flex-direction:column;gap:3px;padding:8px;border:1px solid var(--border);border-radius:12px;background:var(--bg)}
.card img{width:100%;height:auto;aspect-ratio:4/5;object-fit:cover;border-radius:8px;background:var(--surface)}
.card h3,.order h3{margin:2px 0;font-size:14px;line-height:1.3}
.card h3 a{color:var(--fg)}
.price{margin:0;font-weight:600}.price .sale{color:var(--sale)}.price s{color:var(--muted);font-weight:400}
.meta{margin:0;font-size:12.5px;color:var(--muted)}
.reason{margin:0;font-size:12.5px}
.add{margin-top:auto;border:0;border-radius:8px;padding:7px;background:var(--accent);color:var(--accent-text);font-size:13.5px}
.quick{display:flex;flex-wrap:wrap;gap:6px;margin-top:8px}
.quick button{border:1px solid var(--accent);background:var(--bg);color:var(--fg);border-radius:999px;padding:5px 12px;font-size:13.5px}
.cite{margin:8px 0 0;padding:8px 10px;border-left:3px solid var(--accent);background:var(--bg);border-radius:0 8px 8px 0;font-size:13.5px}
.cite blockquote{margin:0 0 4px;font-style:italic}
.order{margin-top:8px;padding:10px;border:1px solid var(--border);border-radius:12px;background:var(--bg);display:flex;flex-direction:column;gap:4px}
.order-head{display:flex;justify-content:space-between;align-items:center;gap:8px}
.order h4{margin:4px 0 2px;font-size:13px}
.badge{font-size:12px;font-weight:600;padding:2px 8px;border-radius:999px;background:var(--surface);color:var(--fg)}
.badge-shipped,.badge-intransit,.badge-outfordelivery{background:#dbe7f5;color:#123e6b}.badge-delivered{background:#dcefdc;color:#1b5e20}
.badge-cancelled,.badge-returned,.badge-refunded{background:#f6dedc;color:#7d1a14}
.items,.events{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:4px;font-size:13.5px}
.items li{display:flex;gap:8px;align-items:center}.items li>span{display:flex;flex-direction:column}
.items img{border-radius:4px;object-fit:cover;background:var(--surface)}
.events time{color:var(--muted);margin-right:4px}
.total,.eta{margin:0;font-weight:600;font-size:13.5px}
.rating{display:flex;gap:2px}
.thumb{border:0;background:none;color:var(--muted);padding:4px;border-radius:6px}
.thumb svg{width:16px;height:16px}.thumb[aria-pressed=true]{color:var(--accent)}
:host([data-theme=dark]) .thumb[aria-pressed=true]{color:var(--fg)}
.typing{display:flex;gap:4px;padding:12px 14px;background:var(--surface);border-radius:16px;align-self:flex-start}
.typing span{width:7px;height:7px;border-radius:50%;background:var(--muted);animation:blink 1.2s infinite}
.typing span:nth-child(2){animation-delay:.2s}.typing span:nth-child(3){animation-delay:.4s}
@keyframes blink{0%,80%,100%{opacity:.3}40%{opacity:1}}
@media (prefers-reduced-motion:reduce){.typing span{animation:none}}
.csat{padding:10px 12px;border:1px solid var(--border);border-radius:12px}
.csat p{margin:0 0 6px}.scale{display:flex;gap:6px}
.scale button{width:36px;height:36px;border:1px solid var(--accent);background:var(--bg);color:var(--fg);border-radius:8px}
.composer{display:flex;gap:8px;padding:10px;border-top:1px solid var(--surface)}
textarea{flex:1;resize:none;font:inherit;color:var(--fg);background:var(--bg);border:1px solid var(--border);border-radius:10px;padding:8px 10px;max-height:120px}
.send{border:0;border-radius:10px;padding:0 16px;background:var(--accent);color:var(--accent-text);font-weight:600}
.send[aria-disabled=true]{opacity:.6;cursor:progress}
@media (max-width:480px){
.shell{bottom:14px;right:14px}.shell[data-position=left]{left:14px}
.panel{position:fixed;inset:0;width:100%;height:100%;border:0;border-radius:0}
.shell.open .launcher,.shell.open .nudge{display:none}
}`;
  }

  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount, { once: true });
})();
