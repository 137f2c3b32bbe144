// @ts-check
// Plausible company names for ~300 fictitious customers, English and French (with
// accents, ampersands and apostrophes, because real customer names have them).

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
const FR_ROOTS = [
  'Boulangerie Lefèvre',
  'Hôtellerie Côte d’Azur',
  'Cabinet Dupré',
  'Pharmacie Sainte-Hélène',
  'Menuiserie Gauthier',
  'Transports Bézier',
  'Clinique Vétérinaire Mézière',
  'Études Notariales Lambert',
  'Brasserie du Vieux-Port',
  'Fromagerie Bérard',
  'Atelier Mécanique Noël',
  'Société Générale d’Électricité',
  'Crèche Les Écureuils',
  'Château Lévêque',
  'Imprimerie Façonnage',
  'Garage Duchêne',
  'Agence Immobilière Théâtre',
  'Laboratoire Chéreau',
  'Coopérative Agricole de l’Aube',
  'Éditions Pélican',
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
      ? `${prng.pick(FR_ROOTS)} ${prng.pick(FR_SUFFIXES)}`.trim()
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
