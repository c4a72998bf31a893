// The browser side of cellscope.Cellscope. anywidget loads this module from a blob: URL, so
// the widget's own files cannot be found beside it: the first widget on a page asks the
// kernel for them once, and every widget after it shares that one engine.
const loadedKey = Symbol.for("cellscope.notebook.widget-module");

function blobUrl(buffer, type) {
  return URL.createObjectURL(new Blob([buffer], { type }));
}

/** Resolves with the kernel's reply to an "assets" request: the element, worker and .wasm. */
function requestAssets(model) {
  return new Promise((resolve) => {
    const onMessage = (message, buffers) => {
      if (message?.type !== "assets") return;
      model.off("msg:custom", onMessage);
      resolve(buffers);
    };
    model.on("msg:custom", onMessage);
    model.send({ type: "assets" });
  });
}

async function importWidget(model) {
  const [script, worker, wasm] = await requestAssets(model);
  const widgetModule = await import(blobUrl(script, "text/javascript"));
  widgetModule.locateEngine({ worker: blobUrl(worker, "text/javascript"), wasm: blobUrl(wasm, "application/wasm") });
  return widgetModule;
}

function widgetModule(model) {
  globalThis[loadedKey] ??= importWidget(model);
  return globalThis[loadedKey];
}

function applyOptions(element, model) {
  const attributes = {
    breakpoints: model.get("breakpoints").join(","),
    height: model.get("height") ?? "",
    controls: model.get("controls"),
  };
  for (const [name, value] of Object.entries(attributes)) {
    if (value === "") element.removeAttribute(name);
    else element.setAttribute(name, value);
  }
}

function createElement(model) {
  const element = document.createElement("cellscope-viz");
  element.setAttribute("step", String(model.get("step")));
  applyOptions(element, model);
  element.textContent = model.get("code");
  // The reader's step goes back to the kernel; a step the kernel set is already there.
  element.addEventListener("cellscope-step", (event) => {
    if (model.get("step") === event.detail.step) return;
    model.set("step", event.detail.step);
    model.save_changes();
  });
  return element;
}

async function render({ model, el }) {
  await widgetModule(model);
  let element = createElement(model);
  el.replaceChildren(element);
  const onStep = () => {
    if (element.step !== model.get("step")) element.goto(model.get("step"));
  };
  const onOptions = () => applyOptions(element, model);
  const onCode = () => {
    element = createElement(model);
    el.replaceChildren(element);
  };
  model.on("change:step", onStep);
  model.on("change:breakpoints change:height change:controls", onOptions);
  model.on("change:code", onCode);
  return () => {
    model.off("change:step", onStep);
    model.off("change:breakpoints change:height change:controls", onOptions);
    model.off("change:code", onCode);
    element.remove();
  };
}

export default { render };
