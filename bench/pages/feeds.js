// Synthetic feeds for the benchmark: `count` networks made from the bundled Heidelberg feed's
// five, in turn, so that every text has a real length and mix (long German compounds, role
// lists, localized links). Only the ids and names are numbered, so ids stay unique and every
// heading differs; links and figures are the bundled feed's own, none is made up. The result
// passes the library's validation (the harness checks that the element renders every network).

/** @param {any} base the bundled feed; @param {number} count networks wanted */
export function syntheticFeed(base, count) {
  const networks = [];
  for (let i = 0; i < count; i++) {
    const n = structuredClone(base.networks[i % base.networks.length]);
    const k = i + 1;
    n.id = `${n.id}-${k}`;
    for (const lang of Object.keys(n.name)) n.name[lang] = `${n.name[lang]} ${k}`;
    networks.push(n);
  }
  return { ...structuredClone(base), networks };
}
