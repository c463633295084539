// What happens to the people and things news counts. A harm is never implied: troops counted are not troops killed
// unless the text says so. A movement is: 3,000 troops fighting in Kursk are 3,000 troops sent there.
const HARMS: readonly (readonly string[])[] = [
  ['kill', 'killed', 'killing', 'die', 'died', 'dead', 'death', 'deaths', 'fatalities', 'slain', 'lost their lives'],
  ['wound', 'wounded', 'injure', 'injured', 'injuries', 'injury'],
  ['capture', 'captured', 'prisoner', 'prisoners', 'pow', 'pows', 'detained', 'captive', 'captives'],
  ['casualty', 'casualties', 'losses'],
  ['destroy', 'destroyed', 'destroying', 'destruction'],
  ['intercept', 'intercepted', 'intercepting', 'interception', 'interceptions', 'shot down', 'shoot down', 'brought down', 'downed'],
];
const MOVEMENTS: readonly (readonly string[])[] = [
  ['send', 'sent', 'sending', 'deploy', 'deployed', 'deploying', 'deployment', 'dispatch', 'dispatched', 'transfer', 'transferred'],
];
const EVENTS = [...HARMS, ...MOVEMENTS];

/**
 * Words that war reporting uses for one another, which general-purpose synonym lists miss or bury among rarer
 * senses ("troops" and "soldiers", "killed" and "dead"). Each group is words a reader takes to say the same thing
 * in this domain; a word may stand in several groups. Written for the domain, not for any question.
 */
const GROUPS: readonly (readonly string[])[] = [
  ...EVENTS,
  ['soldier', 'soldiers', 'troop', 'troops', 'forces', 'servicemen', 'personnel', 'fighters', 'combatants', 'infantry'],
  ['shell', 'shells', 'ammunition', 'munitions', 'rounds', 'ammo'],
  ['missile', 'missiles', 'rocket', 'rockets'],
  ['fire', 'fired', 'firing', 'launch', 'launched', 'launching'],
  ['weapon', 'weapons', 'arms', 'armaments', 'weaponry'],
  ['treaty', 'pact', 'agreement', 'accord'],
  ['meet', 'met', 'meeting', 'summit', 'talks', 'sit down', 'sat down'],
  ['begin', 'began', 'begun', 'start', 'started', 'launch', 'launched'],
  ['help', 'support', 'assist', 'aid', 'assistance', 'backing'],
  ['fuel', 'oil', 'petroleum', 'diesel'],
  ['worker', 'workers', 'labourer', 'labourers', 'laborer', 'laborers'],
  ['money', 'cash', 'payment', 'payments', 'funds', 'hard currency'],
  ['confirm', 'confirmed', 'acknowledge', 'acknowledged', 'admit', 'admitted'],
  ['deny', 'denied', 'denies', 'reject', 'rejected', 'dismiss', 'dismissed'],
  ['fight', 'fighting', 'fought', 'combat', 'battle', 'battles', 'clash', 'clashes'],
  ['region', 'area', 'province', 'oblast'],
  ['drone', 'drones', 'uav', 'uavs'],
  ['arrive', 'arrived', 'reach', 'reached'],
  ['train', 'trained', 'training', 'drills'],
  ['recapture', 'recaptured', 'retake', 'retook', 'liberate', 'liberated'],
  ['ship', 'ships', 'vessel', 'vessels'],
  ['port', 'ports', 'harbour', 'harbours', 'harbor', 'harbors', 'seaport', 'seaports'],
  ['unload', 'unloaded', 'unloading', 'offload', 'offloaded', 'offloading'],
  ['spy agency', 'intelligence agency', 'intelligence service'],
  ['additional', 'extra', 'more', 'further', 'reinforcements'],
  ['picture', 'pictures', 'pics', 'photo', 'photos', 'images', 'imagery', 'footage'],
  ['react', 'reacted', 'reaction', 'respond', 'responded', 'response'],
  ['invade', 'invaded', 'invasion', 'attack', 'attacked', 'incursion'],
  ['pick', 'picked', 'choose', 'chosen', 'select', 'selected'],
  ['approve', 'approved', 'approval', 'sign off', 'signed off', 'endorse', 'endorsed'],
  ['box', 'boxes', 'container', 'containers', 'crates'],
  ['simple', 'easy'],
  ['id', 'identity', 'papers', 'documents'],
  ['uniform', 'uniforms', 'clothing', 'fatigues'],
  ['plane', 'planes', 'aircraft', 'flights', 'flight', 'jet', 'jets'],
  ['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen', 'spokespeople'],
  ['cite', 'cited', 'quote', 'quoted'],
  ['limit', 'cap', 'ceiling'],
  ['leave', 'left', 'exit', 'withdraw', 'withdrawn', 'withdrawal', 'pull out', 'pulled out'],
  ['spaceport', 'cosmodrome', 'launch site', 'space centre', 'space center'],
  ['visit', 'visited', 'visiting', 'tour', 'toured', 'touring', 'trip'],
  ['relations', 'relationship', 'cooperation', 'partnership'],
  ['in return', 'in exchange'],
  ['war', 'conflict'],
  ['numbers', 'figures', 'statistics', 'stats', 'data'],
  ['deminer', 'deminers', 'demining', 'sapper', 'sappers', 'mine clearing', 'mine-clearing'],
  ['builder', 'builders', 'construction workers', 'construction worker'],
  ['country', 'countries', 'nation', 'nations', 'states'],
  ['unit', 'units', 'battalion', 'battalions', 'brigade', 'brigades', 'regiment', 'regiments', 'corps'],
  ['supply', 'supplied', 'supplying', 'provide', 'provided', 'providing', 'deliver', 'delivered', 'delivering', 'deliveries', 'shipped', 'shipping', 'shipments', 'given', 'handed', 'hand over', 'handed over'],
  ['swap', 'swapped', 'exchange', 'exchanged'],
  ['ticket', 'tickets', 'fare', 'fares', 'seat', 'seats'],
  ['vacation', 'holiday', 'holidays', 'getaway', 'resort'],
  ['coast', 'coastal', 'shoreline', 'seaside', 'beach'],
  // One thing, a British and an American word.
  ['lorry', 'lorries', 'truck', 'trucks'],
  ['railway', 'railways', 'railroad', 'railroads'],
  ['petrol', 'gasoline'],
  ['motorway', 'motorways', 'highway', 'highways'],
  ['mobile phone', 'mobile phones', 'cellphone', 'cellphones', 'cell phone', 'cell phones'],
  // A verb and the noun for what it does.
  ['sell', 'sells', 'selling', 'sold', 'sale', 'sales'],
  ['earn', 'earned', 'earning', 'earnings', 'revenue', 'revenues', 'income', 'proceeds'],
  ['fly', 'flying', 'flew', 'flown', 'flight', 'flights'],
  ['ratify', 'ratified', 'ratification'],
  ['produce', 'produced', 'production', 'manufacture', 'manufactured'],
  ['negotiate', 'negotiated', 'negotiation', 'negotiations'],
  // What members write for short.
  ['intel', 'intelligence'],
  ['kia', 'killed'],
  ['wia', 'wounded'],
  ['vid', 'vids', 'video', 'videos'],
  ['nuke', 'nukes', 'nuclear'],
  ['ppl', 'people'],
  ['govt', 'gov', 'government'],
  ['pic', 'pics', 'picture', 'pictures', 'photo', 'photos', 'image', 'images'],
  ['info', 'information'],
  ['yr', 'yrs', 'year', 'years'],
  ['pres', 'president'],
  ['admin', 'administration'],
  ['sub', 'subs', 'submarine', 'submarines'],
  // Not "sat", which is also what someone did when they sat down.
  ['sats', 'satellite', 'satellites'],
  ['hr', 'hrs', 'hour', 'hours'],
  ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'],
  ['arty', 'artillery'],
];

const related = new Map<string, Set<string>>();
for (const group of GROUPS) {
  for (const word of group) {
    const others = related.get(word) ?? new Set<string>();
    for (const other of group) if (other !== word) others.add(other);
    related.set(word, others);
  }
}

/** The words of the domain that say the same as `word` (lower case); none when it is in no group. */
export function domainSynonyms(word: string): string[] {
  return [...(related.get(word) ?? [])];
}

/** The groups of words for what happens to the people and things news counts, harms first, then movements. */
export function domainEvents(): { harms: readonly (readonly string[])[]; movements: readonly (readonly string[])[] } {
  return { harms: HARMS, movements: MOVEMENTS };
}
