// Share links: the code, the step, the options and the breakpoints, as JSON compressed with deflate-raw and
// encoded in base64url, carried in the URL fragment so they never reach a server.
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
