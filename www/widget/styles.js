// One constructed stylesheet shared by every widget's shadow root. Its text is the
// playground's stylesheet with its palette moved from :root to :host, followed by the
// widget's own rules; the build assembles it (scripts/build-widget.mjs). Constructed
// sheets are not inline styles, so a strict `style-src 'self'` allows them.
import shadowCss from "cellscope-viz:shadow-css";

let sheet = null;

/** The stylesheet every widget adopts, created on first use. */
export function widgetStyleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(shadowCss);
  }
  return sheet;
}
