// Share links: the code, the step, the options and the breakpoints, as JSON compressed with deflate-raw and
// encoded in base64url, carried in the URL fragment so they never reach a server.
// Links written by hand use plain query parameters instead (see readLinkParameters).
const prefix = "#code=";

async function transform(bytes, stream) {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = "";
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const base64 = text.replaceAll("-", "+").replaceAll("_", "/");
  const binary = atob(base64 + "=".repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

/** The URL fragment that restores `state` ({code, step, options, breakpoints}). */
export async function encodeShareFragment(state) {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return prefix + toBase64Url(await transform(json, new CompressionStream("deflate-raw")));
}

/** The state carried by a URL fragment, or null when it holds none or is damaged. */
export async function decodeShareFragment(hash) {
  if (!hash.startsWith(prefix)) return null;
  try {
    const bytes = await transform(fromBase64Url(hash.slice(prefix.length)), new DecompressionStream("deflate-raw"));
    const state = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof state?.code !== "string") return null;
    return {
      code: state.code,
      step: Number.isInteger(state.step) ? state.step : 0,
      options: state.options ?? {},
      breakpoints: Array.isArray(state.breakpoints) ? state.breakpoints : [],
    };
  } catch {
    return null;
  }
}

/** The program of a hand-written link, `?code=…&step=…&breakpoints=…&play`, or null:
 * `code` is the program's text (URL-encoded), `step` the step to open as the stepper counts
 * (1 is the first), `breakpoints` line numbers separated by commas, and `play` (present, or
 * any value but 0 or false) starts playing from that step. */
export function readLinkParameters(search) {
  const parameters = new URLSearchParams(search);
  const code = parameters.get("code");
  if (code === null) return null;
  const step = Number.parseInt(parameters.get("step") ?? "1", 10);
  const breakpoints = (parameters.get("breakpoints") ?? "")
    .split(",")
    .map((line) => Number.parseInt(line, 10))
    .filter((line) => Number.isInteger(line) && line > 0);
  const play = parameters.has("play") && !["0", "false"].includes(parameters.get("play"));
  return { code, step: Number.isInteger(step) && step > 0 ? step - 1 : 0, options: {}, breakpoints, play };
}

/** Whether the address carries a program, shared or hand-written. */
export function addressHoldsProgram(location) {
  return location.hash.startsWith(prefix) || new URLSearchParams(location.search).has("code");
}
