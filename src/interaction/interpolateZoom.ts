/**
 * Stands in for d3-interpolate (see vite.config.ts), whose one module brings d3-color and every
 * colour interpolator (~4 kB gzip) into each page, though d3-zoom imports only this function.
 * d3-zoom calls it only inside a transition, which the map never runs (withoutTransitions.ts);
 * it is kept, as van Wijk and Nuij's smooth zoom with d3's rho of √2, so that `zoom.interpolate()`
 * still hands out the real thing.
 */
type View = [x: number, y: number, width: number];

const RHO = Math.SQRT2;
const RHO2 = 2;
const RHO4 = 4;

export function interpolateZoom([ux0, uy0, w0]: View, [ux1, uy1, w1]: View): ((t: number) => View) & { duration: number } {
  const dx = ux1 - ux0;
  const dy = uy1 - uy0;
  const d2 = dx * dx + dy * dy;
  let S: number;
  let at: (t: number) => View;
  if (d2 < 1e-12) {
    // Start and end are (almost) the same point: zoom in place.
    S = Math.log(w1 / w0) / RHO;
    at = (t) => [ux0 + t * dx, uy0 + t * dy, w0 * Math.exp(RHO * t * S)];
  } else {
    const d1 = Math.sqrt(d2);
    const b0 = (w1 * w1 - w0 * w0 + RHO4 * d2) / (2 * w0 * RHO2 * d1);
    const b1 = (w1 * w1 - w0 * w0 - RHO4 * d2) / (2 * w1 * RHO2 * d1);
    const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
    const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
    S = (r1 - r0) / RHO;
    at = (t) => {
      const s = t * S;
      const u = (w0 / (RHO2 * d1)) * (Math.cosh(r0) * Math.tanh(RHO * s + r0) - Math.sinh(r0));
      return [ux0 + u * dx, uy0 + u * dy, (w0 * Math.cosh(r0)) / Math.cosh(RHO * s + r0)];
    };
  }
  return Object.assign(at, { duration: (Math.abs(S) * 1000 * RHO) / Math.SQRT2 });
}
