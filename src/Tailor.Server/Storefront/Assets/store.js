// The demo storefront's only script: hands the page context to the chat widget and puts the widget's
// "add to cart" into the bag without a reload.
(() => {
  "use strict";
  const settings = JSON.parse(document.getElementById("tailor-settings").textContent);
  // Read by the widget when it loads (the script tag is async and comes last).
  window.tailorSettings = { customerToken: settings.customerToken || undefined, context: settings.context };

  const requestToken = () => document.querySelector('meta[name="request-verification-token"]').content;

  function announce(template, values) {
    const notice = document.getElementById("store-notice");
    if (!notice || !template) return;
    notice.textContent = template.replace(/\{(\w+)\}/g, (_, key) => values[key] ?? "");
    notice.classList.add("visible");
  }

  async function addToBag(detail) {
    const notice = document.getElementById("store-notice");
    const body = new FormData();
    body.set("handle", detail.handle || "");
    if (detail.size) body.set("size", detail.size);
    if (detail.color) body.set("color", detail.color);
    body.set("quantity", "1");
    let response;
    try {
      response = await fetch("/cart?handler=Add", {
        method: "POST",
        body,
        credentials: "same-origin",
        headers: { "Accept": "application/json", "RequestVerificationToken": requestToken() },
      });
    } catch {
      announce(notice?.dataset.failed, { reason: notice?.dataset.failedOffline });
      return;
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      announce(notice?.dataset.failed, { reason: notice?.dataset["failed" + (problem.detail || "")] || "" });
      return;
    }
    const bag = await response.json();
    document.querySelectorAll("[data-testid=cart-count]").forEach(count => { count.textContent = String(bag.count); });
    settings.context.cart = bag.cart;
    announce(notice?.dataset.added, { title: detail.title || detail.handle });
    window.Tailor?.setContext(settings.context);
  }

  document.addEventListener("tailor:add-to-cart", event => { addToBag(event.detail || {}); });
})();
