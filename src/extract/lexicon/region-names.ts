/**
 * First-level subdivisions (states, provinces, regions, counties' equivalents) of large economies, and well-known
 * regions, written as nameKey writes them (lower case, hyphens as spaces). A name that is one of these is a place, not
 * an organisation ("Bavaria", "North Rhine-Westphalia", "Zhejiang" as partners of a deal).
 */
const LISTS = [
  // Germany, Austria, Switzerland
  'baden württemberg|bavaria|bayern|berlin|brandenburg|bremen|hamburg|hesse|hessen|lower saxony|niedersachsen|mecklenburg vorpommern|mecklenburg western pomerania|north rhine westphalia|nordrhein westfalen|rhineland palatinate|rheinland pfalz|saarland|saxony|sachsen|saxony anhalt|sachsen anhalt|schleswig holstein|thuringia|thüringen',
  'burgenland|carinthia|lower austria|upper austria|salzburg|styria|tyrol|tirol|vorarlberg|vienna',
  'zurich|zürich|geneva|vaud|ticino|basel|bern|lucerne|zug|graubünden|valais|aargau|st gallen',
  // United States
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york state|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington state|west virginia|wisconsin|wyoming|puerto rico',
  // Canada, Mexico, Brazil
  'alberta|british columbia|manitoba|new brunswick|newfoundland and labrador|nova scotia|ontario|prince edward island|quebec|québec|saskatchewan|yukon|nunavut|northwest territories',
  'jalisco|nuevo león|nuevo leon|baja california|chihuahua|sonora|yucatán|yucatan|guanajuato|querétaro|queretaro|coahuila|veracruz|oaxaca|chiapas|puebla',
  'são paulo|sao paulo|rio de janeiro|minas gerais|bahia|paraná|parana|rio grande do sul|santa catarina|pernambuco|ceará|ceara|goiás|goias|amazonas',
  // United Kingdom, Ireland, France, Benelux
  'england|scotland|wales|northern ireland|greater london|yorkshire|lancashire|kent|essex|surrey|cornwall|devon|midlands|west midlands|east midlands|east anglia|merseyside|cumbria|munster|leinster|connacht|ulster',
  'île de france|ile de france|auvergne rhône alpes|auvergne rhone alpes|provence alpes côte d azur|provence|normandy|normandie|brittany|bretagne|occitanie|occitania|nouvelle aquitaine|hauts de france|grand est|pays de la loire|centre val de loire|bourgogne franche comté|burgundy|alsace|corsica|lorraine|champagne',
  'flanders|wallonia|brussels capital region|north holland|south holland|noord holland|zuid holland|utrecht province|north brabant|noord brabant|gelderland|overijssel|friesland|groningen province|limburg|zeeland|drenthe|flevoland',
  // Southern and Northern Europe
  'catalonia|catalunya|andalusia|andalucía|madrid region|community of madrid|valencian community|basque country|galicia|castile and león|castilla y león|castile la mancha|castilla la mancha|aragon|aragón|navarre|asturias|murcia|extremadura|balearic islands|canary islands|cantabria|la rioja',
  'lombardy|lombardia|lazio|campania|sicily|sicilia|veneto|emilia romagna|piedmont|piemonte|apulia|puglia|tuscany|toscana|calabria|sardinia|sardegna|liguria|marche|abruzzo|friuli venezia giulia|trentino alto adige|trentino|south tyrol|umbria|basilicata|molise|aosta valley',
  'lisbon region|algarve|alentejo|madeira|azores|attica|crete|macedonia region|thessaly|scania|skåne|lapland|jutland|zealand',
  'masovia|mazovia|silesia|lesser poland|greater poland|pomerania|bohemia|moravia|transylvania|bavarian alps',
  // Russia and neighbours
  'tatarstan|bashkortostan|chechnya|dagestan|siberia|moscow oblast|leningrad oblast|krasnodar krai|primorsky krai|crimea|donbas|donetsk|luhansk|kharkiv oblast|kyiv oblast',
  // China, Taiwan, Hong Kong, Macau
  'anhui|fujian|gansu|guangdong|guangxi|guizhou|hainan|hebei|heilongjiang|henan|hubei|hunan|inner mongolia|jiangsu|jiangxi|jilin|liaoning|ningxia|qinghai|shaanxi|shandong|shanxi|sichuan|tibet|xinjiang|yunnan|zhejiang|chongqing|tianjin|shanghai|beijing|hong kong sar|macau|macao|greater bay area',
  // Japan, Korea
  'hokkaido|aomori|iwate|miyagi|akita|yamagata|fukushima|ibaraki|tochigi|gunma|saitama|chiba|kanagawa|niigata|toyama|ishikawa|fukui|yamanashi|nagano|gifu|shizuoka|aichi|mie|shiga|kyoto prefecture|osaka prefecture|hyogo|nara|wakayama|tottori|shimane|okayama|hiroshima|yamaguchi|tokushima|kagawa|ehime|kochi|fukuoka|nagasaki|kumamoto|oita|miyazaki|kagoshima|okinawa|kanto|kansai|kyushu|shikoku|tohoku|chubu|hokuriku',
  'gyeonggi|gyeonggi do|gangwon|chungcheong|jeolla|gyeongsang|jeju|jeju island|south chungcheong|north gyeongsang|south gyeongsang',
  // India, South and Southeast Asia
  'andhra pradesh|arunachal pradesh|assam|bihar|chhattisgarh|goa|gujarat|haryana|himachal pradesh|jharkhand|karnataka|kerala|madhya pradesh|maharashtra|manipur|meghalaya|mizoram|nagaland|odisha|orissa|punjab|rajasthan|sikkim|tamil nadu|telangana|tripura|uttar pradesh|uttarakhand|west bengal|jammu and kashmir|kashmir|ladakh|delhi ncr',
  'sindh|khyber pakhtunkhwa|balochistan|west java|east java|central java|bali|sumatra|north sumatra|kalimantan|sulawesi|papua|java|luzon|mindanao|visayas|sabah|sarawak|selangor|johor|penang|kuala lumpur federal territory',
  // Australia, New Zealand, Africa, Middle East
  'new south wales|queensland|south australia|tasmania|western australia|northern territory|australian capital territory|victoria state|auckland region|canterbury region',
  'gauteng|western cape|kwazulu natal|eastern cape|lagos state|abuja fct|rivers state|kano state|nairobi county|mombasa county',
  'abu dhabi emirate|dubai emirate|sharjah|ras al khaimah|ajman|fujairah|riyadh province|eastern province|makkah province|kurdistan|west bank|gaza|galilee',
];

export const REGION_NAMES: ReadonlySet<string> = new Set(LISTS.flatMap((l) => l.split('|')));
