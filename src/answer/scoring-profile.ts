/**
 * Every weight, threshold and stage switch of retrieval and answering, in one typed value passed through the
 * pipeline, so that the evaluation can switch each part off for real.
 */
export interface ScoringProfile {
  /** Stages that can be switched off one at a time (the evaluation's ablation table). */
  stages: {
    /** Vector search over passage embeddings; off: BM25 alone, and no cosine in relevance. */
    vectors: boolean;
    /** BM25 over the inverted index; off: vector search alone. */
    lexical: boolean;
    /** Names of the domain that stand for one another ("Pyongyang" for North Korea, "the Kremlin" for Russia). */
    aliases: boolean;
    /**
     * Passages where the person or body the question names is the one speaking rank above mere mentions, and a
     * question's verb of reporting ("who compared…") need not stand in the passage.
     */
    speakers: boolean;
    /** Irregular forms and synonyms of the question's words ("began" finds "begin", "troops" finds "soldiers"). */
    wordForms: boolean;
    /** A question's word that no article uses and WordNet does not know is read as the word one typing slip away. */
    respelling: boolean;
    /** The best sentence of a passage counts in its ranking, not only the paragraph as a whole. */
    sentenceEvidence: boolean;
    /** Words that stand together in the question ("partnership treaty") count more where they stand together. */
    proximity: boolean;
    /** The quotes that state what the question asks (see judgeQuotes) are shown before those that do not. */
    statingFirst: boolean;
  };
  fusion: {
    /** Weight of the vector score; the lexical score gets 1 - vectorWeight. */
    vectorWeight: number;
    /** Subtracted from a candidate's score for each passage of its article already chosen. */
    sameArticlePenalty: number;
  };
  /** Each retriever proposes this many passages per quote asked for. */
  candidatesPerQuote: number;
  relevance: {
    /** Share of cosine in the absolute relevance; the rest is the share of the question's term weight matched. */
    cosineWeight: number;
    /** A passage that shares no term with the question counts only with at least this cosine. */
    cosineAlone: number;
    /** On an on-topic question, a passage less relevant than this is still not quoted. */
    floor: number;
    /** In the lexical test of relevance, a concept only another passage of the article holds counts this share. */
    articleFactor: number;
    /**
     * In the test of topic, the question's whole vector counts this much beside the vector of its words other than
     * names: "does putin have a dog" is about a dog, whoever owns it (see topicVector).
     */
    namesInTopic: number;
    /** A name this share of the corpus's passages hold is its subject, and is not set aside (see withoutNames). */
    subjectShare: number;
  };
  /** Added to the fused score of a passage holding the kind of fact asked for (a number for "how many"). */
  answerTypeBonus: number;
  /** Added to the fused score, times the share of the question its best sentence holds (sentence evidence). */
  sentenceWeight: number;
  /** Added to the fused score of a passage in which the person or body the question names is speaking. */
  speakerBonus: number;
  /** Subtracted from the fused score of a newsletter's greeting, which previews its items and answers none. */
  previewPenalty: number;
  /**
   * A passage whose search terms overlap this much (Jaccard) with one ranked above it, and that gives no figure the
   * other does not, is the same story in another outlet's words and gives its place to the next (see withoutRepeats).
   */
  repeatOverlap: number;
  /**
   * Added to the fused score, times the share of the question's neighbouring word pairs that one of its sentences
   * holds within `window` words (proximity stage).
   */
  proximity: { weight: number; window: number };
  /** How a quote is cut from its passage (see quote-window.ts). */
  quote: { neighbourShare: number; answerTypeBonus: number; wholeParagraphWords: number; minSentences: number };
  /**
   * How much a match on another form of a word counts against a match on the word itself; `verbAlone`, how much the
   * verb of a phrasal verb counts without its particle ("made" for "made up").
   */
  formFactors: { irregular: number; thesaurus: number; synonym: number; verbAlone: number };
  /** Other forms of the question's words that count at least this much are embedded with the question (wordForms stage). */
  vectorFormsFactor: number;
  /**
   * A question word that no article uses weighs this share of the highest weight in coverage: the member may have
   * used another word than the articles (a paraphrase) or asked what they do not cover, and coverage cannot tell.
   */
  absentTermFactor: number;
  verdict: {
    /** A quote states the answer when its sentences hold at least this share of the question's concept weight. */
    minCoverage: number;
    /**
     * The same for "how many", "when" and "what does it cost": a figure or a date is easy to find, so what tells
     * troops killed from troops sent, the rest of the question, must be there in larger part.
     */
    minCoverageTyped: number;
    /** Where the question says what it asks about ("about the prisoners"), the share of that a quote must hold. */
    minTopicCoverage: number;
    /** A concept the quote lacks counts this share of a match where its article's headline holds it. */
    headlineFactor: number;
    /**
     * A count or a stretch of time set against another's ("Sources differ") comes only from a sentence that holds this
     * share of the question's concept weight, the headline counting as above: "about 300 North Korean soldiers had been
     * killed" is no count of the troops who marched in Beijing.
     */
    minClaimCoverage: number;
  };
  /** How the refusal thresholds are fitted to each index (see calibration.ts). */
  calibration: {
    /** Share of the off-topic probes each threshold must refuse (their quantile it sits above). */
    quantile: number;
    /** Above that quantile by this much. */
    margin: number;
    /** The coverage threshold is never below this, whatever the probes scored. */
    coverageFloor: number;
  };
}

export type Stage = keyof ScoringProfile['stages'];
export const STAGES = ['vectors', 'lexical', 'aliases', 'speakers', 'wordForms', 'respelling', 'sentenceEvidence', 'proximity', 'statingFirst'] as const satisfies readonly Stage[];

// Every number below was chosen on the tuning half of tests/eval/news (92 questions) with the offline model, by
// the figures `npm run eval` prints for that half, never on its check half; "N" below is answerable questions of it.
export const DEFAULT_PROFILE: ScoringProfile = {
  // statingFirst (session 10), on the tuning halves of the five fictional suites and the seed: hit@1 news +1.5,
  // formats +7.9, followups +2.6, nothing else moved (it orders the three quotes; it does not choose them). Letting a
  // spare passage that states the answer take a place where no quote does gained followups hit@1 and hit@3 +2.6 and
  // two fewer downgraded there, but presented four check-half near misses as answered, and was taken back.
  // respelling (session 11), by scripts/eval/typing-slips.ts (the answerable questions of the tuning halves and the
  // seed, two neighbouring letters of one word swapped in each): see the README's "Adopted in session 11".
  stages: { vectors: true, lexical: true, aliases: true, speakers: true, wordForms: true, respelling: true, sentenceEvidence: true, proximity: true, statingFirst: true },
  // 0.3 ranked one more answer first and two more in the top three than 0.4 (session 2's weight); 0.2 one fewer.
  fusion: { vectorWeight: 0.3, sameArticlePenalty: 0.05 },
  // 20 gained one top-1 hit and lost a near miss; not worth twice the quote-selection work.
  candidatesPerQuote: 10,
  // Session 2 (seed and fixtures): requiring a shared term below a cosine of 0.5 refused 11 of 12 off-topic
  // questions. The floor only trims passages of on-topic questions that share almost nothing with them.
  // articleFactor (session 6): 0.5 and 0.3 alike, one top-1 and one top-3 hit more and one false refusal fewer
  // ("who compared the koksan to a dinosaur"), the same off-topic questions refused; the probes are measured alike.
  // namesInTopic (session 9), on the tuning halves of the four fictional suites and the seed, with 30 off-topic
  // questions naming the domain's places and people ("whats the weather like in kursk in summer") asked of each
  // suite's articles: the whole vector alone (session 8's test) refused 50 of those 150; 0.3 refused 91 and lost one
  // top-1 and two top-3 hits; 0.6 refused 89 and lost one of each; 0 refused 95 and lost 3 top-1 and 5 top-3 hits.
  // With the names-aside lexical test of relevanceGate added, 0.3 refused 99 and lost nothing more.
  // subjectShare, then, on the same tuning halves and the lookalikes suite's tuning half (30 such questions asked of
  // the four fictional suites' articles together): 0.4 and 0.5 (North Korea and Russia in every suite) won back the
  // top-1 and top-3 hits of formats and one top-1 hit of followups, refused three answerable questions fewer, and
  // let one lookalike through ("best kimchi recipe from north korea?"; of the 150 above, 89 refused instead of 99);
  // 0.6 and 0.8 counted by articles instead let five through.
  relevance: { cosineWeight: 0.5, cosineAlone: 0.5, floor: 0.1, articleFactor: 0.5, namesInTopic: 0.3, subjectShare: 0.5 },
  // 0.2 and 0.35 ranked alike; 0.5 lost a top-3 hit.
  answerTypeBonus: 0.35,
  // 0.6 against 0.3: one top-1 and two top-3 hits more; 1.0 ranked more in the top three but fewer first.
  sentenceWeight: 0.6,
  // 0.15 lost two top-3 hits, 0.5 changed nothing.
  speakerBonus: 0.3,
  // Session 14, on the tuning halves and the seed: 0.2 and 0.4 alike, one homefront answer from second to first
  // ("are they shooting an actual movie about the russia deployment", under "Good morning… Five things from the war
  // this week"), nothing else moved.
  previewPenalty: 0.2,
  // Session 16, on the tuning halves and the seed: 0.4 against none (only a paragraph held whole by another): hit@1
  // +1, hit@3 +2, one answer fewer downgraded, three more "Sources differ" notes (two of them with a figure of another
  // thing); 0.35 measured the same, 0.45 and 0.5 one top-3 hit fewer, 0.6 and 0.7 nothing but a top-3 hit.
  repeatOverlap: 0.4,
  // Session 8, on the tuning halves of news, formats and followups and the seed: 0.1 within 1, 2 or 3 words ranked
  // one answer more first on news and on followups and changed nothing else; 0.2 lost top-3 hits on news and
  // followups, 0.4 also on formats; a window of 5 lost two top-1 hits on followups.
  proximity: { weight: 0.1, window: 2 },
  // Synonyms at 0 or 0.3 against 0.6: within one question either way. Irregular forms below 1 so that ambiguous ones
  // ("wound" as a form of "wind") never count as much as the word itself, and (session 12) below vectorFormsFactor,
  // so that they are not embedded with the question: "began" already lies by "begin" in GloVe, and embedding both
  // weighed the verb twice. On the tuning halves and the seed, 0.75 against 0.8: hit@1 news +1.5, followups +2.6,
  // followups hit@3 +2.6 and roundups -3.3, one false refusal and one downgrade fewer, one more lookalike refused;
  // 0.7 measured the same, 0.5 and 0.6 one top-1 hit fewer; irregular forms at 0.7 still embedded (vectorFormsFactor
  // 0.7) kept one of the top-1 hits and nothing else.
  // verbAlone (session 12), on the tuning halves and the seed: 0.5 and 0.7 against 1, "who said the sub tech reports
  // were just made up" was no longer answered by a live blog's "…handled 9.6 million tonnes of cargo…" (its "made"),
  // and one news answer rose from third to second; 0.3 also downgraded a followups answer ("own up").
  formFactors: { irregular: 0.75, thesaurus: 0.8, synonym: 0.6, verbAlone: 0.5 },
  // Session 4: irregular forms and the domain thesaurus (0.8) in the question's vector ranked 4 more answers first
  // and 1 more in the top three, and downgraded one fewer, for one more near miss answered; adding WordNet's
  // synonyms too (0.6) kept 2 of those top-1 hits and lost 3 top-3 ones. Since session 12 irregular forms (0.75)
  // stay out (see formFactors).
  vectorFormsFactor: 0.8,
  // Session 5, on the seed suite (one real article, 18 passages, where a member's paraphrase often uses words the
  // article never does): 0.5 against 1 downgraded 4 answers instead of 7 and answered no more near misses; 0.35
  // answered 2 more near misses, 0.75 downgraded 6. The tuning half of tests/eval/news measured the same at 0.35–1.
  absentTermFactor: 0.5,
  // Whole paragraphs up to 50 to 130 words all gained two top-3 hits over cutting them; a neighbour within 0.8 of
  // the best sentence's score and a figure worth 0.35 are session 2's, unchanged.
  // minSentences (session 13): the sentence that meets the question's words is often the one before the answer ("On
  // May 21 the second destroyer was launched sideways…", then "The stern slid into the water…" for "what went wrong
  // when it was launched"). 2 against 1, on the tuning halves and the seed: hit@1 retellings +3.3, briefings +6.7;
  // hit@3 retellings, dispatches and briefings +3.3 each; nothing lost. The better-scoring neighbour instead of the
  // next sentence gained briefings one top-1 hit fewer. The verdict reads only the sentences chosen on their merits:
  // judged on the padded quote, one formats check-half near miss was presented as answered (the CI floor caught it).
  quote: { neighbourShare: 0.8, answerTypeBonus: 0.35, wholeParagraphWords: 70, minSentences: 2 },
  // minCoverage 0.3: 60% of near misses not presented as answered, 15% of answerable questions downgraded; 0.35:
  // 60% and 21%; 0.45: 65% and 29%. minCoverageTyped 0.5 against 0.4: 75% against 65% of near misses, 16% against
  // 13% downgraded; it also keeps "How many North Korean soldiers have been killed?" from being answered by the
  // seed's deployment figures.
  // headlineFactor (session 4), with the final profile: 7 answerable questions downgraded at 0.5 against 8 without
  // and 6 at 0.8, the same near misses not answered at each; 0.5 because a headline speaks of the whole article,
  // not of one paragraph.
  // minTopicCoverage (session 5): 0.3 kept one more near miss from being answered ("What did the Pentagon say about
  // the two captured North Koreans?") and downgraded nothing more; 0.5 and 0.7 downgraded one more, 1.0 three.
  // minClaimCoverage (session 15, tuning halves and the seed): 0.2 took three notes that set counts of other things
  // against the one asked out of the answers ("troops marched in Beijing" against 300 killed) and moved no outcome nor
  // any disagreement question's note; 0.3 and 0.4 lost the note of one and two disagreement questions. For stretches of
  // time it took "six months of silence" out of how long the troops trained; for ages it lost a disagreement's note
  // (the prisoners' "aged 21 and 26"), so ages and sums of money are not filtered.
  verdict: { minCoverage: 0.35, minCoverageTyped: 0.5, minTopicCoverage: 0.3, headlineFactor: 0.5, minClaimCoverage: 0.2 },
  // At the 0.9 quantile every off-topic question was refused and one answerable question too; 0.8 refused one
  // answerable question fewer, 1.0 two more.
  calibration: { quantile: 0.9, margin: 0, coverageFloor: 0.1 },
};

/** The profile with one stage switched off. */
export function withoutStage(profile: ScoringProfile, stage: Stage): ScoringProfile {
  return { ...profile, stages: { ...profile.stages, [stage]: false } };
}
