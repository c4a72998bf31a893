// Entry point of the distributable widget: one <script type="module"> tag loading this file
// defines <cellscope-viz> on the page.
import { CellscopeViz } from "./element.js";

if (!customElements.get("cellscope-viz")) customElements.define("cellscope-viz", CellscopeViz);

export { CellscopeViz };
export { locateEngine } from "./engine-hub.js";
