// @ts-check
// Plausible company names for fictitious customers, English and French (with accents,
// ampersands and apostrophes, because real customer names have them). About 4,000 distinct
// combinations; past that, repeats get a number (`Lakeside Travel 42`), which is enough for
// the large dataset's 20,000 unique names.

const EN_ROOTS = [
  'Northwind',
  'Contoso',
  'Fabrikam',
  'Tailspin',
  'Wingtip',
  'Litware',
  'Adventure',
  'Proseware',
  'Lamna',
  'Woodgrove',
  'Alpine',
  'Blue Yonder',
  'Coho',
  'Fourth Coffee',
  'Graphic Design',
  'Humongous',
  'Lucerne',
  'Margie',
  'Relecloud',
  'Southridge',
  'Trey',
  'VanArsdel',
  'Wide World',
  'Bellows',
  'Consolidated',
  'Datum',
  'Greenfield',
  'Harbor',
  'Ironbridge',
  'Juniper',
  'Keystone',
  'Lakeside',
  'Meridian',
  'Oakwood',
  'Pinnacle',
  'Riverbend',
  'Summit',
  'Thornbury',
  'Westfield',
  'Yellowstone',
];
const EN_SUFFIXES = [
  'Traders',
  'Logistics',
  'Dental Care',
  'Accounting LLP',
  'Architects',
  'Engineering Ltd',
  'Health Partners',
  'Law Group',
  'Manufacturing',
  'Realty',
  'Solutions Inc.',
  'Foods',
  'Veterinary Clinic',
  'Schools Trust',
  '& Sons',
  'Consulting',
  'Builders',
  'Insurance',
  'Travel',
  'Media',
];
const FR_TRADES = [
  'Boulangerie',
  'Cabinet',
  'Pharmacie',
  'Garage',
  'Menuiserie',
  'Transports',
  'Clinique Vétérinaire',
  'Atelier',
  'Brasserie',
  'Hôtellerie',
  'Agence Immobilière',
  'Laboratoire',
  'Imprimerie',
  'Fromagerie',
  'Études Notariales',
  'Crèche',
  'Château',
  'Coopérative',
  'Éditions',
  'Société',
];
const FR_NAMES = [
  'Lefèvre',
  'Dupré',
  'Gauthier',
  'Bézier',
  'Mézière',
  'Lambert',
  'Bérard',
  'Noël',
  'Duchêne',
  'Chéreau',
  'Lévêque',
  'Perrin',
  'Rousseau',
  'Faure',
  'Girard',
  'Mercier',
  'Bonnet',
  'François',
  'Legrand',
  'Garnier',
  'd’Aubigné',
  'du Vieux-Port',
  'Côte d’Azur',
  'Sainte-Hélène',
];
const FR_SUFFIXES = ['SARL', 'SAS', '& Fils', 'et Associés', 'SA', 'EURL', ''];

/**
 * @param {ReturnType<typeof import('./prng.js').createPrng>} prng
 * @param {number} count
 * @returns {string[]} distinct names
 */
export function companyNames(prng, count) {
  const names = new Set();
  while (names.size < count) {
    const french = prng.next() < 0.35;
    const name = french
      ? `${prng.pick(FR_TRADES)} ${prng.pick(FR_NAMES)} ${prng.pick(FR_SUFFIXES)}`.trim()
      : `${prng.pick(EN_ROOTS)} ${prng.pick(EN_SUFFIXES)}`;
    names.add(names.has(name) ? `${name} ${prng.int(2, 99)}` : name);
  }
  return [...names];
}

/**
 * `Boulangerie Lefèvre & Fils` → `boulangerielefevrefils` (ASCII, as onmicrosoft.com requires).
 * @param {string} name
 */
export function domainSlug(name) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .slice(0, 40);
}
