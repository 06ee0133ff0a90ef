import { installEmbedHost } from './embedHost';

// embed.js may be included once per embed; one listener serves them all.
const marker = window as Window & { stancemapEmbedHost?: boolean };
if (!marker.stancemapEmbedHost) {
  marker.stancemapEmbedHost = true;
  installEmbedHost(window);
}
