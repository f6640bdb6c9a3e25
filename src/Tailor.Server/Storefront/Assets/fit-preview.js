// The product page's fit preview: the measurements typed here go to the fit-preview API (which stores nothing) and the
// chat widget draws the answer, so the page and the chat show the same figure, zones and size buttons.
(() => {
  "use strict";
  const section = document.querySelector("[data-testid=fit-preview-section]");
  if (!section) return;
  const form = section.querySelector("form");
  const result = section.querySelector("[data-testid=fit-result]");

  async function show(size) {
    if (size) form.elements.size.value = size;
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (value !== "") query.set(name, value);
    let response;
    try {
      response = await fetch(`/api/products/${encodeURIComponent(section.dataset.handle)}/fit-preview?${query}`, { headers: { Accept: "application/json" } });
    } catch {
      response = null;
    }
    const body = response ? await response.json().catch(() => ({})) : {};
    if (!response || !response.ok) {
      const said = body.errors ? Object.values(body.errors).flat().join(" ") : body.detail || body.title || "";
      const message = document.createElement("p");
      message.className = "fit-problem";
      message.dataset.testid = "fit-problem";
      message.textContent = said;
      result.replaceChildren(message);
      return;
    }
    const draw = () => result.replaceChildren(window.Tailor.fitView(body, show));
    if (window.Tailor?.fitView) draw();
    else window.addEventListener("tailor:ready", draw, { once: true });
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    show();
  });
})();
