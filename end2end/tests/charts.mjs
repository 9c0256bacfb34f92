// The charts a pre-rendered page holds, read from its HTML (each visual is a `figure` with the
// chart's id): what the host and image tests iterate over, for any content file.
export function chartIds(html) {
  return [...html.matchAll(/<figure id="([^"]+)"[^>]* class="ex-visual[ "]/g)].map((match) => match[1]);
}
