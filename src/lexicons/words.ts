/**
 * Hand-written word lists for entity extraction, written for this project
 * (public-domain facts: country, region and city names, common titles, legal
 * forms). Lower-case unless a list says otherwise.
 */

/** ISO code → English short name, for names i18n-iso-countries spells formally. */
export const COUNTRY_NAMES: Record<string, string> = {
  US: 'United States', GB: 'United Kingdom', RU: 'Russia', KR: 'South Korea', KP: 'North Korea', IR: 'Iran', SY: 'Syria',
  VN: 'Vietnam', BO: 'Bolivia', VE: 'Venezuela', TZ: 'Tanzania', MD: 'Moldova', TW: 'Taiwan', LA: 'Laos', CZ: 'Czech Republic',
  NL: 'Netherlands', CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo', MK: 'North Macedonia', PS: 'Palestine',
  VA: 'Vatican City', FM: 'Micronesia', BN: 'Brunei', CV: 'Cape Verde', CI: 'Ivory Coast', SZ: 'Eswatini', TR: 'Turkey',
};

export const COUNTRY_ALIASES: Record<string, string> = {
  'u.s.': 'US', 'u.s.a.': 'US', usa: 'US', 'united states of america': 'US', america: 'US', 'the us': 'US', 'u.k.': 'GB', uk: 'GB',
  britain: 'GB', 'great britain': 'GB', holland: 'NL', 'the netherlands': 'NL',
  czechia: 'CZ', 'south korea': 'KR', korea: 'KR', 'north korea': 'KP', 'russian federation': 'RU', 'people\'s republic of china': 'CN',
  prc: 'CN', 'ivory coast': 'CI', "côte d'ivoire": 'CI', burma: 'MM', 'east timor': 'TL', 'the gambia': 'GM', 'the bahamas': 'BS',
  bosnia: 'BA', vatican: 'VA', 'the vatican': 'VA', 'holy see': 'VA', trinidad: 'TT', antigua: 'AG', 'st. kitts': 'KN', 'st kitts': 'KN',
  'saint kitts': 'KN', 'st. lucia': 'LC', 'st lucia': 'LC', 'st. vincent': 'VC', drc: 'CD', 'd.r.c.': 'CD', 'dr congo': 'CD', swaziland: 'SZ',
  // The United States as French, Spanish and German write it short ("aux États-Unis", "en los EE. UU.", "in den
  // Vereinigten Staaten").
  'états-unis': 'US', 'etats-unis': 'US', 'ee. uu.': 'US', 'vereinigten staaten': 'US',
  'vereinigten königreich': 'GB',
  macedonia: 'MK', 'uae': 'AE', 'u.a.e.': 'AE', 'emirates': 'AE', 'türkiye': 'TR', 'kosovo': 'XK',
  'lettland': 'LV', 'lettonie': 'LV', 'letonia': 'LV', 'latvijā': 'LV', 'latvijas': 'LV', 'latviju': 'LV', 'lietuva': 'LT', 'igaunija': 'EE',
  // The United States by its initials in other languages: ASV (Latvian), JAV (Lithuanian), EEUU (Spanish), EUA (Portuguese).
  asv: 'US', jav: 'US', eeuu: 'US', 'ee.uu.': 'US', eua: 'US',
};

/** US state and district codes, read as places after "City, ": "FORT WORTH, TX". */
export const US_STATE_CODES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi',
  MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont',
  VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', DC: 'District of Columbia',
  'D.C.': 'District of Columbia', 'Calif.': 'California', 'Mass.': 'Massachusetts', 'Fla.': 'Florida', 'Ill.': 'Illinois',
};

/** Degrees and fellowships written after a name ("Jacinthe Leclerc, R.N., Ph.D., FAHA"), in capitals. */
export const CREDENTIALS = [
  'MD', 'APRN', 'CRNA', 'FNP', 'DPT', 'PHARMD', 'MPA', 'MSW', 'BSN', 'LCSW', 'FAHA', 'FACC', 'FACP', 'FACS', 'FRCP', 'MBBS', 'PHD',
  'R.N.', 'M.D.', 'PH.D.', 'J.D.', 'D.O.', 'M.P.H.', 'M.B.A.', 'B.S.', 'B.A.', 'M.S.', 'M.A.', 'D.D.S.', 'PHARM.D.', 'D.B.A.', 'ED.D.',
  'PSY.D.', 'D.N.P.', 'M.S.N.', 'M.ED.', 'D.V.M.', 'D.M.D.', 'LL.M.', 'D.PHIL.', 'M.B.B.S.', 'M.P.H', 'M.D', 'PH.D', 'M.B.B.S',
  'BA', 'BSC', 'MSC', 'MBA', 'MFA', 'RN', 'LPN', 'CPA', 'CFA', 'CFP', 'PMP', 'DDS', 'DMD', 'DVM', 'EDD', 'DNP', 'MSN', 'JD', 'LLM',
];

/** Upper-case abbreviations that are not organizations: currencies, time zones, common terms. */
export const NOT_ACRONYMS = new Set([
  'ISBN', 'ISSN', 'DOI',
  ...CREDENTIALS,
  // Market and measurement terms.
  'ATH', 'ATL', 'NIR',
  'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'NOK', 'SEK', 'DKK', 'PLN', 'CAD', 'AUD', 'CNY', 'INR', 'RUB', 'CET', 'CEST', 'EET', 'EEST',
  'GMT', 'UTC', 'BST', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'IT', 'AI', 'CEO', 'CFO', 'COO', 'CTO', 'CIO', 'CMO',
  'PR', 'HR', 'TV', 'PDF', 'USB', 'GDP', 'VAT', 'ID', 'OK', 'FAQ', 'API', 'SAAS', 'B2B', 'B2C', 'ESG', 'KPI', 'ROI', 'R&D', 'Q&A',
  'AM', 'PM', 'A.M.', 'P.M.', 'FY', 'YOY', 'EPS', 'EBITDA', 'IPO', 'M&A', 'NFT', 'DNA', 'RNA', 'COVID', 'HIV', 'AIDS', 'LED', 'GPS',
  'SMS', 'URL', 'HTML', 'CSV', 'JSON', 'XML', 'SQL', 'IOT', 'VR', 'AR', 'XR', 'EV', 'EVS', 'MW', 'MWH', 'GW', 'GWH', 'KW', 'KWH',
  'CO2', 'PPE', 'MBA', 'PHD', 'BA', 'BSC', 'MSC', 'LLM', 'NEW', 'FREE', 'NOTE', 'NOTES', 'ENDS', 'END', 'UPDATE', 'PHOTO', 'VIDEO',
  'ASAP', 'FYI', 'DIY', 'VIP', 'RSVP', 'TBD', 'TBA', 'ETA', 'N/A', 'NA', 'US', 'UK', 'EU', 'UN',
  // More currency codes, and GDP, VAT, CEO and the like in the other languages press-facts reads (lv, lt, de, fr, es).
  'EEK', 'LVL', 'LTL', 'BGN', 'CZK', 'HUF', 'RON', 'TRY', 'BRL', 'MXN', 'HKD', 'SGD', 'KRW', 'ZAR', 'NZD', 'IKP', 'PVN', 'IIN', 'DUS',
  'BVP', 'PVM', 'BIP', 'MWST', 'PIB', 'TVA', 'IVA', 'PDG', 'HT', 'TTC',
  // Currencies by name, written in capitals ("convert Bitcoin to EURO").
  'EURO', 'EUROS', 'DOLLAR', 'DOLLARS', 'YUAN', 'RENMINBI', 'RUPEE', 'RUPEES', 'RUBLE', 'RUBLES', 'PESO', 'PESOS', 'FRANC', 'FRANCS', 'STERLING',
  // Business, technology and health terms written in capitals: not organizations.
  'APP', 'APPS', 'JV', 'G&A', 'P&L', 'SG&A', 'B2G', 'D2C', 'DTC', 'SMB', 'SMBS', 'SME', 'SMES', 'OEM', 'OEMS', 'ODM', 'MSP', 'MSSP', 'SOC',
  'NOC', 'CISO', 'CPO', 'CRO', 'CHRO', 'CSO', 'CDO', 'CCO', 'EVP', 'SVP', 'VP', 'AVP', 'GM', 'RN', 'LPN', 'DDS', 'DMD', 'DVM', 'CPA',
  'CFA', 'CFP', 'PMP', 'CISSP', 'J.D.', 'M.D.', 'JD', 'LLB', 'LLM', 'MPH', 'MSN', 'DNP', 'EDD', 'GDPR', 'HIPAA', 'CCPA', 'PCI', 'DSS',
  'SOX', 'KYC', 'AML', 'CFT', 'ADHD', 'PTSD', 'MRI', 'CT', 'ICU', 'ER', 'CBD', 'THC', 'BMI', 'LGBTQ', 'LGBTQ+', 'LGBTQIA+',
  'BIPOC', 'DEI', 'STEM', 'STEAM', 'HVAC', 'SEO', 'SEM', 'PPC', 'CRM', 'ERP', 'SDK', 'UI', 'UX', 'PAAS', 'IAAS', 'CPU', 'GPU', 'NPU', 'RAM',
  'SSD', 'HDD', 'OS', 'VPN', 'DNS', 'HTTP', 'HTTPS', 'SSL', 'TLS', '5G', '4G', 'LTE', 'NFC', 'RFID', 'QR', '3D', '4K', '8K', 'HD', 'UHD',
  'OLED', 'LCD', 'HEV', 'PHEV', 'BEV', 'SUV', 'SUVS', 'MPG', 'MPH', 'RPM', 'ETF', 'ETFS', 'REIT', 'REITS', 'APR', 'APY', 'TVL',
  'DEX', 'CEX', 'DAO', 'ICO', 'IDO', 'IEO', 'NFTS', 'RWA', 'AUM', 'ARR', 'MRR', 'CAGR', 'TAM', 'CPI', 'PPI', 'NAV', 'EBIT', 'GAAP', 'IFRS',
  'BTC', 'ETH', 'USDT', 'USDC', 'BNB', 'SOL', 'XRP', 'ADA', 'DOGE', 'SHIB', 'TRX', 'AVAX', 'MATIC', 'LTC', 'XLM', 'XMR', 'PEPE', 'WIF',
  'DAI', 'GPT', 'LLMS', 'NLP', 'ML', 'AGI', 'AR/VR', 'SKU', 'SKUS', 'MSRP', 'FOB', 'ROAS', 'CTR', 'CPC', 'CPM', 'KPIS', 'OKR', 'OKRS',
  'MVP', 'POC', 'RFP', 'RFQ', 'SLA', 'SLAS', 'NDA', 'MOU', 'LOI', 'TBC', 'ETD', 'DOB', 'PO', 'ATM', 'ATMS', 'POS', 'EMR', 'EHR', 'PHI',
  'PII', 'MFA', '2FA', 'SSO', 'IAM', 'EDR', 'XDR', 'SIEM', 'DDOS', 'CVE', 'WIFI', 'LAN', 'WAN', 'SD-WAN', 'SASE', 'CDN', 'IP', 'IPS',
  // File formats, conditions and treatments, devices and media, markets and genres.
  'DOCX', 'DOC', 'XLSX', 'PPTX', 'EPUB', 'TXT', 'JPEG', 'JPG', 'PNG', 'GIF', 'SVG', 'COPD', 'OCD', 'TMS', 'IVF', 'RSV', 'CKD', 'ECU',
  'OTT', 'HDMI', 'VIX', 'FMCG', 'CPG', 'EDM', 'DJ', 'R&B', 'FAQS', 'AVI', 'MOV', 'MKV', 'MP3', 'MP4', 'M4V', 'WAV', 'FLAC', 'SIM', 'ESIM',
  'CCTV', 'TLDR', 'LATAM', 'EMEA', 'APAC', 'DACH', 'MENA', 'MEASA', 'MENAT', 'CEMEA', 'APJ', 'AMER', 'NORAM', 'ANZ', 'USDD', 'TUSD', 'BTT', 'JST',
  // Trademark and service marks written out ("DehydraTECH(TM)"), periods to date, and more computing, crypto and health terms.
  'TM', 'SM', 'YTD', 'QTD', 'MTD', 'QOQ', 'HPC', 'EVM', 'TGE', 'CFD', 'CFDS', 'CVD', 'TBI', 'HCPCS', 'DVD', 'DVDS', 'CD', 'CDS',
  'NGO', 'NGOS', 'GPA', 'MMORPG', 'IOS', 'P2E', 'TLD', 'TLDS', 'DAG', 'BCH', 'LST', 'RMB', 'CTV', 'BBQ',
]);

/** Last words of the names of events: "Web Summit", "… Investor Conference". */
export const EVENT_HEADS = ['conference', 'summit', 'expo', 'festival', 'webinar', 'fair', 'awards', 'championship', 'championships', 'tournament', 'olympics', 'convention', 'symposium', 'hackathon', 'invitational', 'marathon', 'regatta'];

/** Last words of the names of distinctions: "Academy Award", "Nobel Prize", "Fields Medal", "Dr. Jane Quill Scholarship" (no organizations, no people). */
export const AWARD_HEADS = ['award', 'prize', 'medal', 'trophy', 'scholarship', 'bursary'];

/** Last words of the names of laws: "Securities Act". ("Law" also names firms.) */
export const LAW_HEADS = ['act', 'bill', 'directive', 'regulation', 'treaty', 'amendment', 'statute', 'ordinance'];

export const THING_HEADS = [
  'law', 'act', 'bill', 'strategy', 'plan', 'program', 'programme', 'agreement', 'treaty', 'convention', 'directive', 'regulation',
  'report', 'index', 'award', 'awards', 'prize', 'day', 'week', 'month', 'year', 'summit', 'conference', 'festival', 'expo', 'games',
  'cup', 'championship', 'olympics', 'protocol', 'declaration', 'charter', 'code', 'policy', 'doctrine', 'initiative', 'project',
  'framework', 'standard', 'guidelines', 'principles', 'survey', 'study', 'review', 'budget', 'reform', 'package', 'platform',
  'app', 'series', 'edition', 'version', 'model', 'system', 'service', 'tour', 'show', 'fair', 'session', 'meeting', 'talks',
  'war', 'crisis', 'pandemic', 'election', 'elections', 'referendum', 'campaign', 'prize', 'medal', 'trophy', 'league', 'season',
  'street', 'avenue', 'road', 'square', 'bridge', 'tower', 'building', 'center', 'centre', 'park', 'airport', 'station', 'hall',
  'security', 'cyber', 'digital', 'research', 'technologies', 'technology', 'solutions', 'services', 'data', 'cloud', 'ai',
];


/** States that no longer exist, by their English names (other languages' names are in PLACE_EXONYMS). */
export const FORMER_STATES: Record<string, string> = {
  'Soviet Union': 'Soviet Union', USSR: 'Soviet Union', 'U.S.S.R.': 'Soviet Union', Yugoslavia: 'Yugoslavia', Czechoslovakia: 'Czechoslovakia',
  'East Germany': 'East Germany', 'West Germany': 'West Germany', 'Austria-Hungary': 'Austria-Hungary', Prussia: 'Prussia',
  DDR: 'East Germany', GDR: 'East Germany', 'German Democratic Republic': 'East Germany', UdSSR: 'Soviet Union', URSS: 'Soviet Union', 'Ottoman Empire': 'Ottoman Empire', 'Roman Empire': 'Roman Empire', 'Holy Roman Empire': 'Holy Roman Empire', 'Byzantine Empire': 'Byzantine Empire',
  'British Empire': 'British Empire', 'Russian Empire': 'Russian Empire', 'Mughal Empire': 'Mughal Empire', 'Persian Empire': 'Persian Empire',
};

export const REGIONS = [
  'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Central America', 'Oceania', 'Antarctica', 'Arctic',
  'Balkans', 'Western Balkans', 'Baltics', 'Baltic States', 'Baltic Sea', 'Nordic countries', 'Scandinavia', 'Middle East', 'Near East',
  'Far East', 'New Guinea', 'Caribbean', 'Caucasus', 'South Caucasus', 'Central Asia', 'Southeast Asia', 'South Asia', 'East Asia', 'Asia-Pacific',
  'Asia Pacific', 'Indo-Pacific', 'Sahel', 'Horn of Africa', 'Sub-Saharan Africa', 'West Africa', 'East Africa', 'North Africa',
  'Southern Africa', 'Eastern Europe', 'Western Europe', 'Central Europe', 'Northern Europe', 'Southern Europe', 'Mediterranean',
  'Black Sea', 'Gulf', 'Persian Gulf', 'Pacific', 'Atlantic', 'Indian Ocean', 'Silicon Valley', 'Wall Street', 'Midwest',
  'New England', 'Pacific Northwest', 'Bay Area', 'Gaza', 'Gaza Strip', 'West Bank', 'Crimea', 'Donbas', 'Kurzeme', 'Vidzeme',
  'Latgale', 'Zemgale', 'Sēlija', 'Herzegovina', 'Kurdistan', 'Darfur', 'Abkhazia', 'South Ossetia', 'Nagorno-Karabakh', 'Transnistria',
  'Xinjiang', 'Tibet', 'Kashmir', 'Bengal', 'West Bengal', 'Balochistan', 'Sinai', 'Golan Heights', 'Sahara', 'Sardinia', 'Lombardy',
  'Brittany', 'Alsace', 'Galicia', 'Basque Country', 'Tyrol', 'Silesia', 'Bohemia', 'Moravia', 'Transylvania', 'Anatolia', 'Lapland',
  'Karelia', 'Yucatán', 'Amazonia', 'Andes', 'Himalayas', 'Alps', 'Pyrenees', 'Carpathians', 'Urals', 'Bavaria', 'Catalonia', 'Andalusia', 'Flanders', 'Wallonia', 'Siberia', 'Patagonia',
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
  'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Ontario', 'Quebec',
  'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New South Wales', 'Victoria', 'Queensland',
];

/**
 * Cities, regions, rivers and historical states by their names in German, French, Spanish and Latvian → the English name.
 * (Countries in those languages come from i18n-iso-countries.) Written for this project.
 */
export const PLACE_EXONYMS: Record<string, string> = {
  // German
  Rom: 'Rome', Venedig: 'Venice', Mailand: 'Milan', Neapel: 'Naples', Florenz: 'Florence', Genua: 'Genoa', Nürnberg: 'Nuremberg',
  Prag: 'Prague', Warschau: 'Warsaw', Moskau: 'Moscow', 'Sankt Petersburg': 'Saint Petersburg', Brüssel: 'Brussels',
  Lissabon: 'Lisbon', Kopenhagen: 'Copenhagen', Athen: 'Athens', Belgrad: 'Belgrade', Bukarest: 'Bucharest', Kiew: 'Kyiv',
  Peking: 'Beijing', 'Neu-Delhi': 'New Delhi', Kairo: 'Cairo', Genf: 'Geneva', 'Den Haag': 'The Hague', Antwerpen: 'Antwerp',
  Krakau: 'Kraków', Danzig: 'Gdańsk', Breslau: 'Wrocław', Straßburg: 'Strasbourg', Lüttich: 'Liège', Wilna: 'Vilnius',
  Bayern: 'Bavaria', Sachsen: 'Saxony', Preußen: 'Prussia', Schlesien: 'Silesia', Böhmen: 'Bohemia', Mähren: 'Moravia',
  Tirol: 'Tyrol', Kärnten: 'Carinthia', Steiermark: 'Styria', Württemberg: 'Württemberg', Hessen: 'Hesse', Thüringen: 'Thuringia',
  Westfalen: 'Westphalia', Niedersachsen: 'Lower Saxony', 'Nordrhein-Westfalen': 'North Rhine-Westphalia',
  'Rheinland-Pfalz': 'Rhineland-Palatinate', 'Sachsen-Anhalt': 'Saxony-Anhalt', 'Mecklenburg-Vorpommern': 'Mecklenburg-Vorpommern',
  'Schleswig-Holstein': 'Schleswig-Holstein', Brandenburg: 'Brandenburg', Saarland: 'Saarland', Pommern: 'Pomerania',
  Kalifornien: 'California', Toskana: 'Tuscany', Sizilien: 'Sicily', Sardinien: 'Sardinia', Savoyen: 'Savoy', Lothringen: 'Lorraine',
  Elsass: 'Alsace', Burgund: 'Burgundy', Katalonien: 'Catalonia', Andalusien: 'Andalusia', Schottland: 'Scotland',
  Sibirien: 'Siberia', Kaukasus: 'Caucasus', Rhein: 'Rhine', Donau: 'Danube', Alpen: 'Alps', Ostsee: 'Baltic Sea',
  Nordsee: 'North Sea', Mittelmeer: 'Mediterranean', Sowjetunion: 'Soviet Union', Jugoslawien: 'Yugoslavia',
  Tschechoslowakei: 'Czechoslovakia', Niederlanden: 'Netherlands', Kapstadt: 'Cape Town',
  Pennsylvanien: 'Pennsylvania', 'Nord-Carolina': 'North Carolina', 'Süd-Carolina': 'South Carolina', 'Nord-Dakota': 'North Dakota',
  'Süd-Dakota': 'South Dakota', 'New Mexiko': 'New Mexico', Neumexiko: 'New Mexico',
  // French
  Floride: 'Florida', Louisiane: 'Louisiana', Virginie: 'Virginia', 'Virginie-Occidentale': 'West Virginia',
  'Caroline du Nord': 'North Carolina', 'Caroline du Sud': 'South Carolina', Pennsylvanie: 'Pennsylvania', 'Nouveau-Mexique': 'New Mexico',
  'Dakota du Nord': 'North Dakota', 'Dakota du Sud': 'South Dakota',
  Londres: 'London', Venise: 'Venice', Vienne: 'Vienna', Varsovie: 'Warsaw', Moscou: 'Moscow', 'Saint-Pétersbourg': 'Saint Petersburg',
  Lisbonne: 'Lisbon', Copenhague: 'Copenhagen', Athènes: 'Athens', Pékin: 'Beijing', 'Le Caire': 'Cairo', Bâle: 'Basel', 'Le Cap': 'Cape Town',
  'La Haye': 'The Hague', Anvers: 'Antwerp', Cracovie: 'Kraków', Bavière: 'Bavaria', Saxe: 'Saxony', Prusse: 'Prussia',
  Californie: 'California', Toscane: 'Tuscany', Sicile: 'Sicily', Sardaigne: 'Sardinia', Savoie: 'Savoy', Bourgogne: 'Burgundy',
  Normandie: 'Normandy', Bretagne: 'Brittany', Catalogne: 'Catalonia', Andalousie: 'Andalusia', Écosse: 'Scotland',
  Angleterre: 'England', 'Pays de Galles': 'Wales', Sibérie: 'Siberia', Rhin: 'Rhine', Alpes: 'Alps', Corse: 'Corsica',
  Provence: 'Provence', 'Île-de-France': 'Île-de-France', 'Union soviétique': 'Soviet Union', 'Nouvelle-Orléans': 'New Orleans',
  // Spanish
  Venecia: 'Venice', Milán: 'Milan', Nápoles: 'Naples', Florencia: 'Florence', Múnich: 'Munich', Viena: 'Vienna',
  Varsovia: 'Warsaw', Moscú: 'Moscow', Bruselas: 'Brussels', Atenas: 'Athens', Pekín: 'Beijing', 'El Cairo': 'Cairo',
  Ginebra: 'Geneva', 'La Haya': 'The Hague', Cataluña: 'Catalonia', Andalucía: 'Andalusia', Escocia: 'Scotland',
  Inglaterra: 'England', Baviera: 'Bavaria', Sajonia: 'Saxony', Prusia: 'Prussia', Sicilia: 'Sicily', Cerdeña: 'Sardinia',
  'Nueva York': 'New York', Filadelfia: 'Philadelphia', 'Ciudad del Cabo': 'Cape Town',
  Luisiana: 'Louisiana', Pensilvania: 'Pennsylvania', 'Carolina del Norte': 'North Carolina', 'Carolina del Sur': 'South Carolina',
  'Nuevo México': 'New Mexico', Misisipi: 'Mississippi', 'Virginia Occidental': 'West Virginia', 'Nueva Orleans': 'New Orleans', 'Unión Soviética': 'Soviet Union',
  // Latvian (case forms are found from these)
  Londona: 'London', Parīze: 'Paris', Berlīne: 'Berlin', Maskava: 'Moscow', Varšava: 'Warsaw', Viļņa: 'Vilnius', Tallina: 'Tallinn',
  Stokholma: 'Stockholm', Brisele: 'Brussels', Vīne: 'Vienna', Prāga: 'Prague', Ņujorka: 'New York', Vašingtona: 'Washington',
  Sanktpēterburga: 'Saint Petersburg', Kuldīga: 'Kuldīga', Sigulda: 'Sigulda', Tukums: 'Tukums',
  Jēkabpils: 'Jēkabpils', 'Padomju Savienība': 'Soviet Union',
};

export const CITIES = [
  'Frankfurt am Main', 'Frankfurt an der Oder', 'Freiburg im Breisgau', 'Offenbach am Main', 'Ludwigshafen am Rhein', 'Weil am Rhein',
  'Mülheim an der Ruhr', 'Halle an der Saale', 'Brandenburg an der Havel', 'Rothenburg ob der Tauber', 'Kingston upon Hull',
  'Newcastle upon Tyne', 'Stratford-upon-Avon', 'Southend-on-Sea', 'Boulogne-sur-Mer', 'Aix-en-Provence', 'Châlons-en-Champagne',
  'Riga', 'Rīga', 'Daugavpils', 'Liepāja', 'Jelgava', 'Jūrmala', 'Ventspils', 'Rēzekne', 'Valmiera', 'Cēsis', 'Vilnius', 'Kaunas',
  'Tallinn', 'Tartu', 'Helsinki', 'Stockholm', 'Oslo', 'Copenhagen', 'Reykjavik', 'Warsaw', 'Kraków', 'Krakow', 'Gdańsk', 'Berlin',
  'Munich', 'München', 'Hamburg', 'Frankfurt', 'Cologne', 'Köln', 'Bonn', 'Vienna', 'Wien', 'Zurich', 'Zürich', 'Geneva', 'Genève',
  'Bern', 'Basel', 'Brussels', 'Bruxelles', 'Antwerp', 'Amsterdam', 'Rotterdam', 'The Hague', 'Luxembourg', 'Paris', 'Lyon',
  'Marseille', 'Strasbourg', 'London', 'Manchester', 'Edinburgh', 'Dublin', 'Madrid', 'Barcelona', 'Valencia', 'Seville', 'Lisbon',
  'Porto', 'Rome', 'Roma', 'Milan', 'Milano', 'Naples', 'Turin', 'Athens', 'Prague', 'Praha', 'Bratislava', 'Budapest', 'Bucharest',
  'Sofia', 'Belgrade', 'Zagreb', 'Ljubljana', 'Sarajevo', 'Skopje', 'Tirana', 'Podgorica', 'Chisinau', 'Kyiv', 'Kiev', 'Kharkiv',
  'Odesa', 'Odessa', 'Lviv', 'Minsk', 'Moscow', 'Saint Petersburg', 'St. Petersburg', 'Istanbul', 'Ankara', 'Tbilisi', 'Yerevan',
  'Baku', 'Tehran', 'Baghdad', 'Damascus', 'Beirut', 'Amman', 'Jerusalem', 'Tel Aviv', 'Cairo', 'Riyadh', 'Jeddah', 'Doha', 'Dubai',
  'Abu Dhabi', 'Manama', 'Muscat', 'Kuwait City', 'Kabul', 'Islamabad', 'Karachi', 'Lahore', 'New Delhi', 'Delhi', 'Mumbai',
  'Bangalore', 'Bengaluru', 'Chennai', 'Kolkata', 'Hyderabad', 'Dhaka', 'Colombo', 'Kathmandu', 'Beijing', 'Shanghai', 'Shenzhen',
  'Guangzhou', 'Hong Kong', 'Taipei', 'Tokyo', 'Osaka', 'Seoul', 'Pyongyang', 'Singapore', 'Kuala Lumpur', 'Jakarta', 'Bangkok',
  'Hanoi', 'Ho Chi Minh City', 'Manila', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Canberra', 'Auckland', 'Wellington',
  'Nairobi', 'Addis Ababa', 'Lagos', 'Abuja', 'Accra', 'Dakar', 'Johannesburg', 'Cape Town', 'Pretoria', 'Kinshasa', 'Khartoum',
  'Tunis', 'Algiers', 'Rabat', 'Casablanca', 'Ottawa', 'Toronto', 'Montreal', 'Vancouver', 'Calgary', 'Mexico City', 'Havana',
  'Bogotá', 'Bogota', 'Lima', 'Santiago', 'Buenos Aires', 'Montevideo', 'São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'Brasília',
  'Caracas', 'Quito', 'La Paz', 'Washington, D.C.', 'Washington D.C.', 'New York City', 'Los Angeles', 'Chicago', 'Houston',
  'Phoenix', 'Philadelphia', 'San Antonio', 'San Diego', 'Dallas', 'Fort Worth', 'San Jose', 'Austin', 'Jacksonville',
  'San Francisco', 'Columbus', 'Indianapolis', 'Seattle', 'Denver', 'Boston', 'Nashville', 'Detroit', 'Portland', 'Las Vegas',
  'Memphis', 'Louisville', 'Baltimore', 'Milwaukee', 'Albuquerque', 'Tucson', 'Fresno', 'Sacramento', 'Atlanta', 'Miami',
  'Orlando', 'Tampa', 'Minneapolis', 'Cleveland', 'Pittsburgh', 'Cincinnati', 'St. Louis', 'Kansas City', 'New Orleans',
  'Salt Lake City', 'Scottsdale', 'Charlotte', 'Raleigh', 'Richmond', 'Honolulu', 'Anchorage', 'Brooklyn', 'Manhattan',
];

/** Words compromise lists as places that are far more often something else in releases. */
export const NOT_PLACES = [
  'jordan', 'chad', 'may', 'reading', 'bath', 'nice', 'mobile', 'split', 'of', 'university', 'union', 'house', 'gulf', 'vai',
  // Airport codes that are words in the languages press-facts reads ("las", "ist"), and "Dak." (which Dakota?).
  'las', 'ist', 'dak',
  // Towns whose names, in English text, are mostly something else: crypto networks, a superhero, a demonym;
  // and networks that read as places after "in" ("the trends in Bitcoin and Ethereum").
  'solana', 'cardano', 'batman', 'latina', 'bitcoin', 'ethereum', 'dogecoin', 'litecoin', 'polkadot', 'tether', 'chainlink',
];

/** Abbreviations of places in compromise's lexicon → the place's name ("Fla." is Florida). */
export const PLACE_ABBREVIATIONS: Record<string, string> = {
  fla: 'Florida', kan: 'Kansas', neb: 'Nebraska', tex: 'Texas', wis: 'Wisconsin', wyo: 'Wyoming', ont: 'Ontario', que: 'Quebec',
  pei: 'Prince Edward Island', nyc: 'New York City', rom: 'Rome',
  // The AP's abbreviations of US states, where compromise lists them as places ("TULSA, Okla.", "CUPERTINO, Calif.").
  ala: 'Alabama', ariz: 'Arizona', ark: 'Arkansas', calif: 'California', colo: 'Colorado', conn: 'Connecticut', mich: 'Michigan',
  minn: 'Minnesota', mont: 'Montana', nev: 'Nevada', okla: 'Oklahoma', tenn: 'Tennessee',
};

/** German possessives that are also place names ("Seine Frau …" is no river). Only for German text. */
export const STOPWORDS_DE = new Set([
  'seine', 'seinen', 'seiner', 'seinem', 'seines', 'sein', 'ihr', 'ihre', 'ihren', 'ihrer', 'ihrem', 'ihres', 'mein', 'meine', 'unser',
  'unsere', 'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'jener', 'jene', 'jenes', 'ein', 'eine', 'einer', 'einem', 'einen',
  'eines', 'kein', 'keine', 'jeder', 'jede', 'jedes', 'alle', 'beide', 'beiden', 'viele', 'einige', 'mehrere', 'als', 'nach', 'vor',
  'bei', 'ohne', 'seit', 'während', 'wegen', 'durch', 'gegen', 'über', 'unter', 'zwischen', 'neben', 'auch', 'noch', 'nur', 'schon',
  'dann', 'damals', 'heute', 'später', 'danach', 'zuvor', 'wie', 'wo', 'wann', 'warum', 'welche', 'welcher', 'dass', 'weil', 'wenn',
  'ob', 'obwohl', 'sowie', 'aber', 'sondern', 'doch', 'jedoch', 'zudem', 'außerdem', 'er', 'wir', 'ich', 'dort', 'hier',
]);

/** Latvian function words: capitalized at the start of a sentence, never a name (only for Latvian text: "Jo", "Es" are names elsewhere). */
export const STOPWORDS_LV = new Set([
  'vai', 'bet', 'ja', 'kas', 'tad', 'jo', 'pēc', 'līdz', 'kad', 'kur', 'tomēr', 'taču', 'tāpēc', 'turklāt', 'savukārt', 'kopš',
  'viņš', 'viņa', 'viņi', 'viņas', 'mēs', 'es', 'jūs', 'šie', 'šīs', 'tie', 'tās', 'tāpat', 'ne', 'nav', 'ir', 'bija', 'būs',
  'šodien', 'vakar', 'rīt', 'tagad', 'gan', 'vēl', 'jau', 'tikai', 'esmu', 'esi', 'esam', 'esat', 'abi', 'abas', 'abiem', 'tas', 'tā',
  'šis', 'šī', 'tur', 'te', 'šeit', 'arī', 'kā', 'un', 'visi', 'visas', 'daži', 'dažas', 'citi', 'citas', 'katrs', 'katra',
]);

/** Continents and regions in the languages press-facts reads → the English name. */
export const REGION_ALIASES: Record<string, string> = {
  eiropa: 'Europe', europa: 'Europe', europe: 'Europe', 'āzija': 'Asia', asien: 'Asia', asie: 'Asia', 'āfrika': 'Africa', afrika: 'Africa',
  afrique: 'Africa', 'áfrica': 'Africa', amerika: 'America', 'amérique': 'America', 'américa': 'America', baltija: 'Baltics',
  'südamerika': 'South America', 'nordamerika': 'North America', 'mittelamerika': 'Central America', 'lateinamerika': 'Latin America',
  'amérique du sud': 'South America', 'amérique du nord': 'North America', 'amérique latine': 'Latin America',
  'américa del sur': 'South America', 'sudamérica': 'South America', 'suramérica': 'South America', 'américa del norte': 'North America',
  'norteamérica': 'North America', 'latinoamérica': 'Latin America', 'américa latina': 'Latin America', 'dienvidamerika': 'South America',
  'ziemeļamerika': 'North America', 'latīņamerika': 'Latin America', 'osteuropa': 'Eastern Europe', 'westeuropa': 'Western Europe',
  'südostasien': 'Southeast Asia', 'ostasien': 'East Asia', 'naher osten': 'Middle East', 'nahost': 'Middle East',
  'moyen-orient': 'Middle East', 'proche-orient': 'Middle East', 'oriente medio': 'Middle East', 'oriente próximo': 'Middle East',
};

export const ORGANIZATIONS = [
  // Latvian institutions in every case ("Saeimas deputāts", "Eiropas Parlamentā").
  ...['Saeima', 'Eiropas Parlaments', 'Eiropas Komisija', 'Eiropas Savienība', 'Apvienoto Nāciju Organizācija', 'Valsts kanceleja'].flatMap(latvianCases),
  'Unión Europea', 'Union européenne', 'Europäische Union', 'Europos Sąjunga', 'Nations Unies', 'Naciones Unidas', 'Vereinte Nationen', 'Apvienoto Nāciju Organizācija',
  'United Nations', 'UN', 'UNSC', 'UNGA', 'UNESCO', 'UNICEF', 'UNDP', 'UNHCR', 'UNIDIR', 'UNODC', 'UNEP', 'UNCTAD', 'UNFPA', 'UNRWA',
  'NATO', 'EU', 'European Union', 'European Commission', 'European Parliament', 'European Council', 'Council of Europe', 'OSCE', 'OECD',
  'WHO', 'World Health Organization', 'IMF', 'International Monetary Fund', 'World Bank', 'WTO', 'World Trade Organization', 'ICC',
  'International Criminal Court', 'ICJ', 'International Court of Justice', 'IAEA', 'Interpol', 'Europol', 'Frontex', 'ECB',
  'European Central Bank', 'EBRD', 'EIB', 'G7', 'G20', 'ASEAN', 'African Union', 'Arab League', 'OPEC', 'Red Cross', 'ICRC',
  'Amnesty International', 'Human Rights Watch', 'Greenpeace', 'Doctors Without Borders', 'Médecins Sans Frontières', 'Saeima',
  'Bundestag', 'Bundesrat', 'Congress', 'Senate', 'Pentagon', 'White House', 'Kremlin', 'FBI', 'CIA', 'NSA', 'NASA', 'FDA', 'SEC',
  'EPA', 'FTC', 'FCC', 'CDC', 'NIH', 'IRS', 'Nasdaq', 'NYSE', 'New York Stock Exchange', 'London Stock Exchange', 'Euronext',
  'Nasdaq Riga', 'OTCQB', 'OTCQX', 'TSX', 'CSE', 'ASX', 'Reuters', 'Associated Press', 'Bloomberg', 'BBC', 'CNN', 'Microsoft',
  'Cisco', 'Google', 'Alphabet', 'Apple', 'Amazon', 'Meta', 'Facebook', 'IBM', 'Intel', 'Nvidia', 'Oracle', 'SAP', 'Siemens',
  'Samsung', 'Sony', 'Toyota', 'Volkswagen', 'BMW', 'Mercedes-Benz', 'Tesla', 'Netflix', 'Uber', 'Airbnb', 'PayPal', 'Visa',
  'Mastercard', 'Goldman Sachs', 'JPMorgan', 'Morgan Stanley', 'Deloitte', 'PwC', 'KPMG', 'EY', 'Accenture', 'McKinsey', 'OpenAI',
  'LinkedIn', 'Twitter', 'YouTube', 'Instagram', 'TikTok', 'Huawei', 'Ericsson', 'Nokia', 'Airbus', 'Boeing', 'Pfizer', 'Moderna',
  // Vehicle makers and large European companies that the lexicons above lack (several are also surnames or places).
  'Suzuki', 'Kawasaki', 'Ducati', 'Aprilia', 'KTM', 'Porsche', 'Ferrari', 'Renault', 'Citroën', 'Chevrolet', 'Kia', 'Bosch', 'Alstom',
  'Maersk', 'Equinor', 'TotalEnergies', 'Nestlé', 'Sanofi', 'Lufthansa', 'airBaltic', 'Olympique de Marseille', 'Paris Saint-Germain',
  'Bayern Munich', 'FC Bayern München', 'Juventus', 'Real Madrid', 'FC Barcelona', 'Manchester United', 'Manchester City',
  'AstraZeneca', 'Novartis', 'Roche', 'Shell', 'BP', 'ExxonMobil', 'Chevron', 'Walmart', 'Ikea', 'IKEA', 'Spotify', 'Salesforce',
  'Adobe', 'Dell', 'HP', 'Lenovo', 'Qualcomm', 'AMD', 'Zoom', 'Slack', 'Dropbox', 'Stripe', 'Shopify', 'Paris Peace Forum', 'CERT.LV',
  'Federal Reserve', 'Air Baltic', 'airBaltic', 'Rimi', 'Latvenergo', 'Swedbank', 'SEB', 'Citadele', 'Luminor',
  // Firms and brands named after people, which would read as a person ("Lockheed Martin", "Edward Jones"), or after a title ("Dr Pepper").
  'Lockheed Martin', 'Northrop Grumman', 'Pratt & Whitney', 'Rolls-Royce', 'Aston Martin', 'Alfa Romeo', 'Harley-Davidson', 'John Deere',
  'Charles Schwab', 'Edward Jones', 'Raymond James', 'Merrill Lynch', 'Cantor Fitzgerald', 'Piper Sandler', 'William Blair', 'Robert W. Baird',
  'Keller Williams', 'Coldwell Banker', 'Jones Lang LaSalle', 'Cushman & Wakefield', 'Knight Frank', 'Marsh McLennan', 'Booz Allen Hamilton',
  'Ernst & Young', 'Baker McKenzie', 'Morgan Lewis', 'Jones Day', 'Kirkland & Ellis', 'Latham & Watkins', 'Sullivan & Cromwell', 'Davis Polk',
  'White & Case', 'Hogan Lovells', 'Allen & Overy', 'Clifford Chance', 'Baker Botts', 'DLA Piper', 'Marks & Spencer', 'Henry Schein',
  'Sherwin-Williams', 'Kimberly-Clark', 'Colgate-Palmolive', 'Johnson Controls', 'Hewlett Packard', 'Hewlett Packard Enterprise', 'Carl Zeiss',
  'Christian Dior', 'Louis Vuitton', 'Hugo Boss', 'Calvin Klein', 'Tommy Hilfiger', 'Estée Lauder', 'Estee Lauder', 'Dolce & Gabbana',
  'Harry Winston', 'Van Cleef & Arpels', 'Mary Kay', 'Paul Mitchell', 'Johnnie Walker', 'Jim Beam', 'Captain Morgan', 'Bob Evans',
  'Warner Bros.', 'Dr Pepper', 'Dr. Pepper', 'Dr. Martens', 'Thomson Reuters',
  // Airlines whose names have no head of their own ("Air France" would read as the place France).
  'Air France', 'Air France-KLM', 'KLM', 'Air Canada', 'Air India', 'Air China', 'Air New Zealand', 'Air Europa', 'Air Berlin', 'Air Arabia',
  'Air Astana', 'Air Serbia', 'Air Transat', 'Air Malta', 'Air Baltic Corporation', 'Aer Lingus', 'El Al', 'Qantas', 'Ryanair', 'easyJet',
  'Wizz Air', 'JetBlue', 'Finnair', 'Alitalia', 'Aeroflot', 'Cathay Pacific', 'Vueling', 'Transavia', 'Icelandair',
  // News agencies, which releases and news cite as sources ("Interfax said").
  'Agence France-Presse', 'AFP', 'Xinhua', 'Interfax', 'Itar-Tass', 'TASS', 'RIA Novosti', 'Tanjug', 'Anadolu Agency', 'Yonhap',
  'Kyodo', 'Kyodo News', 'Jiji Press', 'Bernama', 'ANSA', 'EFE', 'Deutsche Presse-Agentur', 'Press Trust of India', 'Ukrinform',
  'UNIAN', 'BelTA', 'LETA', 'Baltic News Service', 'ELTA', 'IRNA', 'KCNA', 'Prensa Latina', 'Notimex', 'Agência Brasil', 'ČTK', 'CTK',
  'Polish Press Agency', 'Middle East News Agency', 'Saudi Press Agency', 'Emirates News Agency', 'Petra News Agency',
  // Parties of Germany, Austria and Switzerland, which German releases name by their short forms.
  'CDU', 'CSU', 'SPD', 'FDP', 'AfD', 'Die Linke', 'Bündnis 90/Die Grünen', 'Bündnis 90 / Die Grünen', 'Die Grünen', 'Freie Wähler',
  'ÖVP', 'FPÖ', 'SPÖ', 'NEOS', 'FDP.Die Liberalen',
  // International bodies beyond the UN system's best known.
  'IUCN', 'International Union for Conservation of Nature', 'WWF', 'World Wide Fund for Nature', 'ILO', 'International Labour Organization',
  'FAO', 'Food and Agriculture Organization', 'WFP', 'World Food Programme', 'IOM', 'International Organization for Migration',
  'OAS', 'Organization of American States', 'Mercosur', 'CARICOM', 'Commonwealth of Nations', 'IFRC', 'UNAIDS', 'UN Women',
  'World Meteorological Organization', 'WMO', 'International Energy Agency', 'IEA', 'IRENA', 'FIFA', 'UEFA', 'International Olympic Committee', 'IOC',
  // Newspapers and broadcasters that European releases cite.
  'Der Spiegel', 'Spiegel Online', 'Die Zeit', 'Süddeutsche Zeitung', 'Frankfurter Allgemeine Zeitung', 'Handelsblatt', 'ARD', 'ZDF',
  'Deutsche Welle', 'Le Monde', 'Le Figaro', 'Libération', 'Les Échos', 'El País', 'El Mundo', 'La Vanguardia', 'Corriere della Sera',
  'La Repubblica', 'The Guardian', 'Financial Times', 'The Economist',
];

/** Words that make a capitalized phrase an organization (added to compromise's own list). */
export const ORG_HEADS = [
  'weekly', 'jewelers', 'jewellers', 'newswire', 'orthodontics', 'dentistry', 'roofing', 'plumbing', 'landscaping', 'builders', 'homes', 'winery', 'vineyards',
  'centro', 'bodegas', 'grupo', 'gruppo', 'associação', 'fundação', 'compañía', 'empresa',
  'centers', 'centres',
  // Firms named for their trade: "Marx Advisory", "Bluestone Advisors".
  'advisory', 'advisors', 'advisers', 'consultants',
  'ministry', 'ministries', 'department', 'institute', 'institution', 'agency', 'university', 'council', 'forum', 'centre', 'center',
  'commission', 'committee', 'association', 'foundation', 'bank', 'group', 'corporation', 'company', 'party', 'union', 'organization',
  'organisation', 'office', 'authority', 'parliament', 'assembly', 'mission', 'embassy', 'consulate', 'school', 'college', 'hospital',
  'society', 'board', 'bureau', 'service', 'services', 'network', 'alliance', 'federation', 'fund', 'trust', 'partners', 'holdings',
  'technologies', 'technology', 'systems', 'labs', 'laboratories', 'laboratory', 'media', 'solutions', 'capital', 'airlines', 'motors',
  'pharmaceuticals', 'therapeutics', 'biosciences', 'energy', 'industries', 'international', 'global', 'consortium', 'secretariat',
  'directorate', 'inspectorate', 'court', 'tribunal', 'police', 'guard', 'army', 'navy', 'force', 'forces', 'chamber', 'academy',
  'museum', 'library', 'orchestra', 'theatre', 'theater', 'church', 'cathedral', 'club', 'league', 'federation', 'cooperative',
  'gallery', 'galleries', 'congress',
  'coalition', 'initiative', 'programme', 'program', 'project', 'observatory', 'registry', 'exchange', 'bancorp', 'bankshares',
  'insurance', 'ventures', 'studios', 'records', 'publishing', 'press', 'times', 'post', 'news', 'journal', 'gazette', 'tribune',
  'health', 'healthcare', 'clinic', 'realty', 'properties', 'logistics', 'communications', 'telecom', 'software', 'networks',
  'robotics', 'analytics', 'foods', 'beverages', 'brewing', 'brewery', 'bakery', 'pharma', 'biotech', 'aerospace', 'dynamics',
  'semiconductor', 'semiconductors', 'electronics', 'automotive', 'payments', 'bancshares', 'airways', 'railways', 'shipping',
  'mining', 'minerals', 'investments', 'securities', 'associates', 'consulting', 'hotels', 'resorts', 'restaurants', 'apparel',
  'ministrija', 'ministerium', 'ministère', 'ministerio', 'ministero', 'bundesamt', 'bundesministerium', 'universität', 'université',
  'universidad', 'universitāte', 'institut', 'instituts', 'institución', 'instituto', 'agentūra', 'dienests', 'padome', 'birojs',
  'komisija', 'centrs', 'biedrība', 'fonds', 'banka', 'partija', 'savienība', 'ministre', 'gesellschaft', 'stiftung', 'verband',
  'verein', 'kommission', 'rat', 'amt', 'behörde', 'conseil', 'comité', 'agence', 'fondation', 'consejo', 'comisión', 'agencia',
  'fundación', 'sociedad', 'asociación', 'ayuntamiento', 'gobierno', 'regierung', 'gouvernement', 'valdība', 'saeima', 'tiesa',
  'région', 'département', 'mairie', 'préfecture', 'universidade', 'università', 'aufbaubank', 'landesbank', 'sparkasse', 'börse', 'børs',
  // German, French and Spanish bodies, parties, papers and firms.
  'partei', 'zeitung', 'bundesbahn', 'senat', 'bundestag', 'landtag', 'parlament', 'hochschule', 'akademie', 'klinikum', 'konzern',
  'verlag', 'rundfunk', 'gewerkschaft', 'genossenschaft', 'parti', 'assemblée', 'sénat', 'compagnie', 'banque', 'groupe', 'syndicat',
  'partido', 'banco', 'grupo', 'compañía', 'periódico', 'diario', 'senado', 'congreso',
];
/** compromise org words that are too common in release prose to mark an organization alone. */
export const NOT_ORG_HEADS = ['care', 'data', 'design', 'development', 'education', 'community', 'coffee', 'boys', 'crew', 'brands', 'project', 'program', 'programme', 'initiative', 'global', 'international', 'health', 'post', 'times', 'news', 'press', 'force', 'guard', 'capital', 'energy', 'media', 'technology', 'exchange', 'records', 'rat', 'amt'];

/** Legal forms after a company name (case-sensitive, with and without the dot). */
export const ORG_SUFFIXES = [
  'Inc', 'Inc.', 'Incorporated', 'Corp', 'Corp.', 'Corporation', 'Ltd', 'Ltd.', 'Limited', 'LLC', 'L.L.C.', 'LLP', 'LP', 'L.P.', 'GmbH',
  'AG', 'SA', 'S.A.', 'SE', 'plc', 'PLC', 'Plc', 'SIA', 'AS', 'A/S', 'ASA', 'AB', 'Oy', 'Oyj', 'NV', 'N.V.', 'BV', 'B.V.', 'SpA', 'S.p.A.',
  'Co', 'Co.', 'KG', 'Pty', 'SAS', 'SRL', 'S.L.', 'S.R.L.', 'UAB', 'OÜ', 'AD', 'Kft', 'Sp. z o.o.', 'PBC', 'Company', 'Group', 'Holdings',
  // US professional corporations and partnerships: "Omega Law Group, P.C.", "Jason English Law, PLLC".
  'PLLC', 'P.L.L.C.', 'PLLP', 'P.C.', 'LPA', 'L.P.A.',
];

export const HONORIFICS = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'hon', 'rev', 'fr', 'sen', 'rep', 'gov',
  'gen', 'lt', 'capt', 'col', 'maj', 'sgt', 'adm', 'cmdr', 'herr', 'frau', 'mme', 'mlle', 'monsieur', 'madame', 'sr', 'sra', 'srta',
  'don', 'doña', 'dott', 'ing', 'mag', 'kungs', 'kundze', 'pan', 'pani', 'senator', 'congressman', 'congresswoman', 'judge', 'justice',
  'president', 'premier', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'ambassador', 'mayor', 'governor',
  'minister', 'ministrs', 'ministre', 'presidente', 'prezidents', 'premjerministrs', 'secretary',
  'councillor', 'councilor', 'cllr', 'alderman',
  // "H.E. Prof. Dr. Emil Constantinescu": His or Her Excellency.
  'h.e',
];

/** Departments and functions a title is "of": "Head of Technology", "Director of Sales Operations". */
export const DEPARTMENTS = [
  'technology', 'marketing', 'sales', 'operations', 'engineering', 'finance', 'product', 'products', 'research', 'development',
  'communications', 'strategy', 'growth', 'partnerships', 'design', 'people', 'talent', 'innovation', 'security', 'compliance',
  'legal', 'business', 'content', 'brand', 'data', 'analytics', 'investor', 'relations', 'human', 'resources', 'procurement',
  'infrastructure', 'customer', 'success', 'support', 'quality', 'manufacturing', 'supply', 'chain', 'digital', 'creative',
  'education', 'programs', 'policy', 'public', 'affairs', 'administration', 'ecosystem', 'community', 'commercial', 'global',
  'media', 'service', 'services', 'client', 'staff', 'outreach', 'engagement', 'acquisition', 'acquisitions', 'enrollment', 'admissions',
];

/** Last words of the names of crypto assets ("Atlantis Coin", "Furrever Token"), which are no organizations; their symbols are tickers. */
export const CRYPTO_ASSETS = ['coin', 'coins', 'token', 'tokens', 'memecoin'];

/** Prepositions a title-case headline capitalizes, which end no name ("Weekly Bestseller Lists Across 8 Categories"). */
export const NAME_END_PREPOSITIONS = ['across', 'through', 'throughout', 'toward', 'towards', 'upon', 'within', 'without', 'amid', 'amidst', 'among', 'beyond', 'despite', 'via', 'into', 'onto', 'during'];

/** Words that head a job title. */
export const TITLE_HEADS = [
  'president', 'pope', 'agent', 'vice-president', 'director', 'manager', 'secretary', 'minister', 'ambassador', 'chairman', 'chairwoman', 'chairperson',
  'chair', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo', 'cso', 'cpo', 'vp', 'svp', 'evp', 'avp', 'founder', 'co-founder', 'cofounder', 'head', 'chief', 'officer',
  'spokesperson', 'spokesman', 'spokeswoman', 'senator', 'representative', 'governor', 'mayor', 'professor', 'dean', 'editor',
  'partner', 'principal', 'commissioner', 'chancellor', 'premier', 'deputy', 'undersecretary', 'counsel', 'analyst', 'researcher',
  'coordinator', 'adviser', 'advisor', 'consultant', 'executive', 'owner', 'leader', 'lead', 'member', 'trustee', 'treasurer',
  'superintendent', 'judge', 'justice', 'captain', 'coach', 'general', 'colonel', 'admiral', 'commander', 'envoy', 'attaché',
  'consul', 'counsellor', 'counselor', 'economist', 'scientist', 'engineer', 'architect', 'strategist', 'specialist', 'expert',
  'physician', 'surgeon', 'attorney', 'lawyer', 'administrator', 'supervisor', 'controller', 'auditor', 'ombudsman', 'prosecutor',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'alderman', 'alderwoman', 'assemblyman', 'assemblywoman',
  'assemblymember', 'legislator', 'lawmaker', 'delegate',
  'rector', 'provost', 'chaplain', 'bishop', 'archbishop', 'cardinal', 'king', 'queen', 'prince', 'princess', 'ministrs', 'ministre',
  'direktors', 'vadītājs', 'vadītāja', 'priekšsēdētājs', 'priekšsēdētāja', 'valdes', 'prezidents', 'presidente', 'director', 'directora',
  'président', 'présidente', 'vice-président', 'vice-présidente', 'presidenta', 'vicepresidente', 'vicepresidenta', 'präsident',
  'präsidentin', 'prezidente', 'maire', 'secrétaire', 'secretario', 'secretaria', 'recteur', 'rectrice', 'porte-parole',
  'geschäftsführer', 'geschäftsführerin', 'vorsitzender', 'vorsitzende', 'vorstand', 'sprecher', 'sprecherin',
  'bürgermeister', 'bürgermeisterin', 'directeur', 'directrice', 'ministro', 'ministra', 'concejal', 'concejala',
  'alcalde', 'alcaldesa', 'portavoz', 'consejero', 'consejera', 'sekretārs', 'sekretāre', 'kanclers', 'ministre', 'direktore',
  'padomnieks', 'padomniece', 'vēstnieks', 'vēstniece', 'konsuls', 'pārstāvis', 'pārstāve', 'rektors', 'rektore', 'mērs', 'kancleris',
  'congressman', 'congresswoman', 'lawmaker', 'legislator', 'delegate', 'fellow', 'investigator', 'author', 'producer', 'host',
  // Players' positions, which stand before a name as a title does ("University of Tennessee Quarterback Nico Iamaleava").
  'quarterback', 'linebacker', 'pitcher', 'shortstop', 'goalkeeper', 'goaltender', 'midfielder',
];
/** A body's heads that also modify titles ("University Professor"), and end the body's name before a title ("Ohio State University President"). */
export const TITLE_BODY_HEADS = ['university', 'college', 'institute', 'academy', 'school', 'hospital', 'ministry', 'department', 'agency', 'council', 'commission', 'group'];
export const TITLE_MODIFIERS = [
  'senior', 'executive', 'vice', 'deputy', 'chief', 'assistant', 'associate', 'managing', 'general', 'policy', 'under', 'state',
  'permanent', 'acting', 'interim', 'co', 'global', 'regional', 'national', 'foreign', 'prime', 'first', 'second', 'principal',
  'lead', 'founding', 'honorary', 'special', 'technical', 'financial', 'operating', 'marketing', 'communications', 'sales',
  'product', 'program', 'programme', 'project', 'research', 'medical', 'legal', 'press', 'public', 'media', 'political', 'defence',
  'defense', 'economic', 'finance', 'health', 'interior', 'justice', 'education', 'digital', 'information', 'security', 'cyber',
  'country', 'area', 'division', 'district', 'board', 'former', 'current', 'outgoing', 'incoming', 'emeritus',
  'human', 'resources', 'strategy', 'business', 'development', 'data', 'technology', 'innovation', 'creative', 'art', 'editorial',
  'investor', 'relations', 'corporate', 'group', 'non-executive', 'independent', 'attorney', 'solicitor', 'surgeon', 'staff',
  'parliamentary', 'cabinet', 'army', 'foreign-affairs', 'u.s.', 'us', 'federal', 'county', 'city', 'town', 'university',
  'valsts', 'parlamentārā', 'parlamentārais', 'ārlietu', 'aizsardzības', 'valdes', 'padomes', 'ģenerāl', 'bundes', 'stellvertretender',
  'stellvertretende',
];

export const REPORTING_VERBS = [
  'said', 'says', 'say', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'explained', 'explains', 'commented', 'comments',
  'continued', 'continues', 'told', 'remarked', 'emphasized', 'emphasised', 'stressed', 'announced', 'concluded', 'observed',
  'highlighted', 'underlined', 'declared', 'wrote', 'writes', 'argued', 'argues', 'believes', 'recalled', 'shared', 'shares',
  'acknowledged', 'asserted', 'insisted', 'pointed', 'urged', 'warned', 'affirmed', 'confirmed', 'welcomed', 'thanked',
  'sagte', 'erklärte', 'betonte', 'a déclaré', 'a dit', 'dijo', 'afirmó', 'declaró', 'sacīja', 'uzsvēra', 'norādīja', 'atzina',
];

export const NAME_PARTICLES = ['de', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'binti', 'ibn', 'al', 'el', 'la', 'le', 'du', 'dos', 'das', 'ten', 'ter', 'zu', 'y', 'st.', 'mc', 'mac', "o'"];

/** Given names common in the regions press-facts reads (compromise's list is mostly English). */
export const FIRST_NAMES = [
  // Latvian
  'Aigars', 'Aija', 'Aivars', 'Andris', 'Anna', 'Artis', 'Arvils', 'Baiba', 'Dace', 'Dainis', 'Edgars', 'Egils', 'Evika', 'Gatis',
  'Guntis', 'Ilze', 'Ilona', 'Inese', 'Inga', 'Ingrīda', 'Jānis', 'Juris', 'Kārlis', 'Krišjānis', 'Krisjanis', 'Laila', 'Laura',
  'Liene', 'Līga', 'Linda', 'Māris', 'Mārtiņš', 'Maris', 'Martins', 'Normunds', 'Oskars', 'Raimonds', 'Rolands', 'Rihards', 'Sanita',
  'Sandra', 'Uldis', 'Valdis', 'Vaira', 'Vilis', 'Zane', 'Ainārs', 'Edgars', 'Ēriks', 'Ivars', 'Imants', 'Indulis', 'Kristaps',
  'Agnese', 'Anda', 'Diāna', 'Elīna', 'Evita', 'Gunta', 'Ieva', 'Kristīne', 'Santa', 'Sarmīte', 'Signe', 'Solvita', 'Vita',
  // Lithuanian, Estonian, Finnish
  'Gitanas', 'Ingrida', 'Dalia', 'Vytautas', 'Gabrielius', 'Algirdas', 'Kaja', 'Alar', 'Kersti', 'Jüri', 'Toomas', 'Urmas',
  'Sauli', 'Sanna', 'Petteri', 'Antti', 'Jukka', 'Mikko',
  // German, French, Spanish, Italian, Dutch, Slavic
  'Olaf', 'Angela', 'Annalena', 'Frank-Walter', 'Ursula', 'Wolfgang', 'Jürgen', 'Jörg', 'Klaus', 'Dieter', 'Horst', 'Uwe', 'Sven',
  'Emmanuel', 'François', 'Jean', 'Jean-Yves', 'Jean-Claude', 'Jean-Marc', 'Jean-Luc', 'Marie', 'Élisabeth', 'Gérard', 'Thierry',
  'Pedro', 'Josep', 'José', 'Jesús', 'María', 'Mariano', 'Carles', 'Iñigo', 'Giorgia', 'Sergio', 'Mario', 'Matteo', 'Giuseppe',
  'Mark', 'Wopke', 'Sigrid', 'Volodymyr', 'Vladimir', 'Dmytro', 'Andrzej', 'Mateusz', 'Donald', 'Radosław', 'Viktor', 'Petr',
  'Zuzana', 'Robert', 'Aleksandar', 'Milorad', 'Ilham', 'Recep', 'Kaja', 'Josep', 'Charles', 'Antonio', 'Roberta', 'Nicole',
];
/**
 * Given names that are also common English words: no given names in English text, given names in a block of another
 * language ("Frank Sinatra" in French).
 */
export const GIVEN_NAMES_THAT_ARE_WORDS = ['frank', 'max', 'mark', 'bill', 'sam', 'ray', 'pat', 'dean', 'drew', 'guy', 'gene', 'dale', 'glen', 'earl', 'miles', 'wade'];
/**
 * Given names that are also English words, read as given names in English text only before a surname: a known one or
 * a capitalized word that is no English word ("Bill Harris", "Randy Newman"; not "Hope Solo": "solo" is a word). Not
 * "Art", which is rather "Art Deco", "Art Basel".
 */
export const ENGLISH_WORD_GIVEN_NAMES = [...GIVEN_NAMES_THAT_ARE_WORDS, 'will', 'dawn', 'faith', 'hope', 'grace', 'joy', 'rose', 'iris', 'ivy', 'chase', 'rich', 'hunter', 'sterling', 'chance', 'reed', 'tracy', 'kelly', 'randy', 'sandy', 'rusty', 'woody', 'penny', 'holly', 'candy', 'bud', 'chip', 'jay', 'al', 'crystal', 'ruby', 'pearl', 'dick'];
/**
 * Surnames that stand first in Chinese and Korean names as written in English ("Wang Donghai", "Kim Dae-jung"): the most
 * frequent ones, in pinyin, Wade–Giles and the usual Korean spellings.
 */
export const SURNAMES_FIRST = [
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'he', 'lin', 'gao', 'luo',
  'zheng', 'liang', 'xie', 'tang', 'song', 'han', 'deng', 'feng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan', 'cai', 'jiang',
  'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'ren', 'yao', 'shen', 'zhong', 'cui', 'tan', 'fan', 'liao', 'shi', 'jin', 'jia', 'xia',
  'fu', 'fang', 'zou', 'xiong', 'bai', 'meng', 'qin', 'qiu', 'hou', 'yin', 'xue', 'yan', 'duan', 'lei', 'long', 'tao', 'mao', 'hao', 'gu',
  'gong', 'shao', 'wan', 'qian', 'dai', 'chang', 'chiang', 'teng', 'hsu', 'tsai', 'lai', 'kuo',
  'kim', 'lee', 'park', 'choi', 'jung', 'jeong', 'kang', 'cho', 'yoon', 'jang', 'lim', 'oh', 'seo', 'shin', 'kwon', 'hwang', 'ahn', 'yoo',
  'hong', 'jeon', 'ko', 'moon', 'son', 'bae', 'baek', 'heo', 'nam', 'noh', 'roh', 'kwak', 'sung', 'cha', 'joo', 'woo', 'min', 'ryu', 'chae', 'chun', 'chung',
];
export const NOT_FIRST_NAMES = [...GIVEN_NAMES_THAT_ARE_WORDS, 'will', 'may', 'june', 'april', 'august', 'long', 'young', 'price', 'summer', 'winter', 'dawn', 'faith', 'hope', 'grace', 'joy', 'sky', 'rose', 'iris', 'ivy', 'china', 'georgia', 'virginia', 'florida', 'paris', 'chase', 'art', 'sunny', 'stormy', 'rich', 'king', 'hunter', 'major', 'sterling', 'chance', 'lane', 'reed', 'cash', 'page', 'harmony', 'destiny', 'jordan', 'tracy', 'kelly', 'forest', 'river', 'brook', 'ocean', 'star'];

export const DEMONYMS = new Set(['latvian', 'latvians', 'lithuanian', 'estonian', 'european', 'american', 'british', 'german', 'french', 'spanish', 'russian', 'ukrainian', 'chinese', 'baltic', 'nordic', 'african', 'asian', 'western', 'eastern', 'northern', 'southern', 'english', 'canadian', 'australian', 'israeli', 'palestinian', 'arab', 'polish', 'swedish', 'finnish', 'danish', 'norwegian', 'dutch', 'belgian', 'swiss', 'austrian', 'italian', 'greek', 'turkish', 'japanese', 'korean', 'indian', 'pakistani', 'mexican', 'brazilian', 'iranian', 'iraqi', 'syrian', 'egyptian', 'saudi', 'irish', 'scottish', 'welsh', 'hispanic', 'latino', 'catholic', 'christian', 'muslim', 'jewish', 'islamic']);

/** Words that start sentences or sit capitalized in headlines but never begin a name. */
export const STOPWORDS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'our', 'their', 'his',
  'her', 'my', 'your', 'on', 'in', 'at', 'by', 'for', 'from', 'to', 'of', 'with', 'as', 'and', 'or', 'but', 'if', 'when', 'while',
  'after', 'before', 'since', 'until', 'during', 'about', 'also', 'both', 'each', 'every', 'all', 'some', 'many', 'most', 'more',
  'other', 'such', 'no', 'not', 'yes', 'there', 'here', 'what', 'which', 'who', 'whom', 'whose', 'why', 'how', 'where', 'then',
  'thus', 'however', 'meanwhile', 'moreover', 'furthermore', 'additionally', 'likewise', 'today', 'yesterday', 'tomorrow', 'now',
  'new', 'first', 'last', 'next', 'according', 'said', 'says', 'read', 'click', 'visit', 'see', 'learn', 'contact', 'photo',
  'source', 'image', 'video', 'via', 'per', 'please', 'note', 'editors', 'editor', 'notes', 'highlights', 'key', 'features',
  'dear',
  'der', 'die', 'das', 'ein', 'eine', 'le', 'la', 'les', 'un', 'une', 'des', 'el', 'los', 'las', 'una', 'unos', 'del', 'al', 'y',
  'et', 'und', 'oder', 'mit', 'für', 'pour', 'avec', 'par', 'sur', 'con', 'para', 'por', 'sobre', 'un', 'ar', 'par', 'uz', 'no',
  'kā', 'ka', 'arī', 'un', 'lai', 'pie', 'tas', 'tā', 'šis', 'šī', 'whereas', 'although', 'because', 'therefore', 'hence',
  'los', 'die', 'der', 'den', 'dem', 'im', 'am', 'zum', 'zur', 'vom', 'beim', 'au', 'aux', 'lo', 'ese', 'esta', 'este', 'estas',
  'ms', 'mr', 'mrs', 'dr', 'q', 'a.', 'pm', 'a.m.', 'p.m.', 'inc', 'ltd', 'tel', 'fax', 'email', 'e-mail', 'phone', 'web',
  'website', 'www', 'http', 'https', 'follow', 'join', 'share', 'download', 'watch', 'listen', 'subscribe', 'register', 'call',
  'media', 'press', 'release', 'news', 'update', 'updates', 'breaking', 'exclusive', 'announcement', 'statement', 'about',
]);

export const MONTH_AND_DAY_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan',
  'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday',
]);

/** Lower-case organization nouns that follow a capitalized name in Latvian and other languages: "Aizsardzības ministrija". */
/** Latvian nouns for organizations, in the nominative; their case forms are generated below. */
const LV_ORG_NOUNS = [
  'ministrija', 'iestāde', 'dienests', 'padome', 'birojs', 'komisija', 'centrs', 'aģentūra', 'universitāte', 'banka', 'partija',
  'biedrība', 'fonds', 'tiesa', 'inspekcija', 'pārvalde', 'nodaļa', 'departaments', 'valdība', 'sabiedrība', 'skola', 'slimnīca',
  'dome', 'policija', 'prokuratūra', 'kanceleja', 'institūts', 'akadēmija', 'savienība', 'asociācija', 'apvienība', 'kamera',
  'bibliotēka', 'kontrole', 'kabinets', 'teātris', 'muzejs', 'klubs', 'komiteja', 'birža', 'palāta',
];

/** Singular case forms of a Latvian noun (-a, -e, -s declensions): nominative, genitive, dative, accusative, locative. */
function latvianCases(noun: string): string[] {
  if (noun.endsWith('a')) {
    const stem = noun.slice(0, -1);
    return [noun, `${stem}as`, `${stem}ai`, `${stem}u`, `${stem}ā`];
  }
  if (noun.endsWith('e')) {
    const stem = noun.slice(0, -1);
    return [noun, `${stem}es`, `${stem}ei`, `${stem}i`, `${stem}ē`];
  }
  if (noun.endsWith('is')) {
    const stem = noun.slice(0, -2);
    return [noun, `${stem}a`, `${stem}im`, `${stem}i`, `${stem}ī`];
  }
  if (noun.endsWith('s')) {
    const stem = noun.slice(0, -1);
    return [noun, `${stem}a`, `${stem}am`, `${stem}u`, `${stem}ā`];
  }
  return [noun];
}

export const TRAILING_ORG_HEADS = [
  ...LV_ORG_NOUNS.flatMap(latvianCases),
  'ministerija', 'ministeerium', 'amet', 'tarnyba', 'taryba', 'universitetas',
];

/** Stock exchanges whose "EXCHANGE: TICKER" gives a ticker, not a name. */
export const EXCHANGES: ReadonlySet<string> = new Set(['NASDAQ', 'Nasdaq', 'NYSE', 'TSX', 'TSXV', 'TSX-V', 'ASX', 'LSE', 'AIM', 'OTC', 'OTCQB', 'OTCQX', 'OTCMKTS', 'CSE', 'AMEX', 'NEO', 'HKEX', 'SGX', 'JSE', 'BSE', 'NSE', 'FWB', 'FSE', 'XETRA', 'Euronext', 'SIX', 'TASE', 'KRX', 'TWSE', 'NZX', 'CBOE', 'Cboe']);
