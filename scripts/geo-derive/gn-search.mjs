// Look names up in the bundled GeoNames cities500 dump (name, ascii name, or
// an alternate name in TJ/AF/UZ/TM/KZ/KG). Usage: node gn-search.mjs '^(Khorugh|Vanj)$'
import { loadGeoNames } from './lib.mjs';
const re = new RegExp(process.argv[2] ?? '^Dushanbe$', 'i');
for (const r of loadGeoNames().values()) {
  const alt = ['TJ', 'AF', 'UZ', 'TM', 'KZ', 'KG'].includes(r.countryCode) && r.alternatenames.split(',').some((a) => re.test(a));
  if (re.test(r.name) || re.test(r.asciiname) || alt) {
    console.log(
      [
        r.geonameid,
        r.name,
        r.countryCode,
        `adm1=${r.admin1}`,
        `adm2=${r.admin2}`,
        r.featureCode,
        r.longitude,
        r.latitude,
        `pop=${r.population}`,
        `mod=${r.modified}`,
      ].join(' | '),
    );
  }
}
