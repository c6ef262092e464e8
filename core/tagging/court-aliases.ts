import type { Court } from '../model/vocabulary';

// Short forms the press uses for a court, derived from its full name so that a court added
// to the vocabulary is found under the same patterns as the seeded ones.

const PROVINCE = '内蒙古自治区';

/** How a form names its court: by name or alias (exact), by a derived short form, or collectively ("赤峰法院"). */
export type CourtFormKind = 'name' | 'alias' | 'derived' | 'collective';

const ADMINISTRATIVE_SUFFIX = /(市|盟|自治区)$/;

function withoutSuffix(text: string, suffix: string): string | null {
  return text.endsWith(suffix) && text.length > suffix.length ? text.slice(0, -suffix.length) : null;
}

/** "鄂尔多斯市" → "鄂尔多斯", "兴安盟" → "兴安", "内蒙古自治区" → "内蒙古". */
export function regionStem(region: string): string {
  const stem = region.replace(ADMINISTRATIVE_SUFFIX, '');
  return stem.length >= 2 ? stem : region;
}

/** Locality spellings: the official one and the press's abbreviations of development zones and autonomous banners. */
function localityVariants(locality: string): string[] {
  const variants = new Set([locality]);
  variants.add(locality.replace(/高新技术产业开发区$/, '高新区'));
  variants.add(locality.replace(/经济技术开发区$/, '经开区'));
  variants.add(locality.replace(/族?自治旗$/, '旗'));
  return [...variants];
}

/**
 * The locality without its administrative suffix: "康巴什区" → "康巴什", "翁牛特旗" → "翁牛特",
 * "满洲里市" → "满洲里", "林西县" → "林西". A district's two-character stem names districts of other
 * provinces and the provinces themselves ("青山", "新城", "海南"), so only districts of three or more
 * keep one; banner and county names are local, and a two-character stem of theirs is kept. A banner
 * named by its wing or half ("乌拉特中旗", "科尔沁左翼后旗") has no stem: "乌拉特中法院" is not Chinese.
 */
function localityStem(locality: string): string | null {
  if (/(开发区|高新区|经开区)$/.test(locality)) return null;
  const cityStem = withoutSuffix(locality, '市');
  if (cityStem) return cityStem.length >= 2 ? cityStem : null;
  const mining = withoutSuffix(locality, '矿区');
  if (mining) return mining.length >= 2 ? mining : null;
  const district = withoutSuffix(locality, '区');
  if (district) return district.length >= 3 ? district : null;
  const stem = locality.replace(/(联合旗|族?自治旗|旗|县)$/, '');
  if (stem === locality || /[左右前后中]$|左翼|右翼/.test(stem)) return null;
  return stem.length >= 2 ? stem : null;
}

function regionPrefixes(court: Court): string[] {
  if (!court.region) return [];
  return [court.region, regionStem(court.region)];
}

function basicCourtForms(court: Court, base: string): string[] {
  let locality = base;
  let cityPrefixes: string[] = [];
  for (const prefix of regionPrefixes(court)) {
    if (base.startsWith(prefix) && base.length > prefix.length) {
      locality = base.slice(prefix.length);
      cityPrefixes = regionPrefixes(court);
      break;
    }
  }
  const forms: string[] = [];
  for (const prefix of ['', ...cityPrefixes]) {
    for (const variant of localityVariants(locality)) {
      forms.push(`${prefix}${variant}人民法院`, `${prefix}${variant}法院`);
    }
  }
  // The province is only ever prefixed to the formal name, as in a judgment's heading.
  for (const prefix of [PROVINCE, ...(cityPrefixes.length ? [PROVINCE + cityPrefixes[0]] : [])]) forms.push(`${prefix}${locality}人民法院`);
  const stem = localityStem(locality);
  if (stem) {
    for (const prefix of ['', ...cityPrefixes]) forms.push(`${prefix}${stem}人民法院`, `${prefix}${stem}法院`);
  }
  return forms;
}

function intermediateCourtForms(base: string): string[] {
  const stems = [...new Set([base, regionStem(base)])];
  const forms: string[] = [];
  for (const stem of stems) forms.push(`${stem}中级人民法院`, `${stem}中院`, `${stem}中级法院`);
  forms.push(`${PROVINCE}${base}中级人民法院`);
  return forms;
}

function highCourtForms(base: string): string[] {
  const stems = [...new Set([base, regionStem(base), base.endsWith('自治区') ? '自治区' : base])];
  const forms: string[] = [];
  for (const stem of stems) forms.push(`${stem}高级人民法院`, `${stem}高院`, `${stem}高级法院`);
  return forms;
}

function railwayCourtForms(base: string, intermediate: boolean): string[] {
  return intermediate
    ? [`${base}铁路运输中院`, `${base}铁路中院`, `${base}铁路中级法院`, `${base}铁路运输中级人民法院`]
    : [`${base}铁路运输法院`, `${base}铁路法院`, `${base}铁路运输人民法院`];
}

/** The short forms the press uses for a court, derived from its full name (the name itself excluded). */
export function deriveCourtShortForms(court: Court): string[] {
  const name = court.name;
  let forms: string[] = [];
  const railwayIntermediate = withoutSuffix(name, '铁路运输中级法院');
  const railway = withoutSuffix(name, '铁路运输法院');
  const high = withoutSuffix(name, '高级人民法院');
  const intermediate = withoutSuffix(name, '中级人民法院');
  const basic = withoutSuffix(name, '人民法院');
  if (railwayIntermediate) forms = railwayCourtForms(railwayIntermediate, true);
  else if (railway) forms = railwayCourtForms(railway, false);
  else if (high) forms = highCourtForms(high);
  else if (intermediate) forms = intermediateCourtForms(intermediate);
  else if (basic) forms = basicCourtForms(court, basic);
  return [...new Set(forms)].filter((form) => form !== name);
}

/**
 * Forms that name all the courts of a region ("赤峰法院", "内蒙古法院", "全区法院"). Articles written this
 * way come from the court that speaks for the region, so they count for it, but less than its own name.
 */
export function deriveCollectiveForms(court: Court): string[] {
  const high = withoutSuffix(court.name, '高级人民法院');
  if (high && court.level === 'high') {
    return [...new Set([`${high}法院`, `${regionStem(high)}法院`, '全区法院'])];
  }
  const intermediate = withoutSuffix(court.name, '中级人民法院');
  if (intermediate && court.level === 'intermediate') {
    const stem = regionStem(intermediate);
    return [...new Set([`${intermediate}法院`, `${stem}法院`, `${intermediate}两级法院`, `${stem}两级法院`])];
  }
  return [];
}
