package org.parley.article;

/**
 * The annotation layers of an {@link Article}, one constant per layer. A stage names the ones it
 * requires and the ones it provides. Thread-safe constants.
 */
public final class Layers {
    /** Sentences. */
    public static final Layer<Sentence> SENTENCES = Layer.of("SENTENCES", Sentence.class);
    /** Tokens (with sentence index). */
    public static final Layer<Token> TOKENS = Layer.of("TOKENS", Token.class);
    /** Tokens with part-of-speech tags; same tokens as TOKENS. */
    public static final Layer<Token> POS = Layer.of("POS", Token.class);
    /** Spans that carry no facts: boilerplate such as "CLICK HERE TO READ MORE", app prompts. */
    public static final Layer<Span> BOILERPLATE = Layer.of("BOILERPLATE", Span.class);
    /** Bylines and photo credits. */
    public static final Layer<Credit> CREDITS = Layer.of("CREDITS", Credit.class);
    /** Proper names from the name finder model, gazetteers and rules. */
    public static final Layer<NameMention> NAMES = Layer.of("NAMES", NameMention.class);
    /**
     * The article's publication date, as the article resolves it: from its metadata, else from a
     * stamp or dateline in its text. Zero elements when unknown, else exactly one.
     */
    public static final Layer<java.time.LocalDate> PUBLICATION_DATE =
            Layer.of("PUBLICATION_DATE", java.time.LocalDate.class);
    /**
     * Per sentence, how much it reports negotiation between states, governments, armed groups or
     * their envoys: one element per sentence, in sentence order.
     */
    public static final Layer<Relevance> RELEVANCE = Layer.of("RELEVANCE", Relevance.class);
    /**
     * How much the article as a whole reports such negotiation, in [0,1]: exactly one element once
     * the relevance stage ran.
     */
    public static final Layer<Double> ARTICLE_RELEVANCE = Layer.of("ARTICLE_RELEVANCE", Double.class);
    /** Dates resolved to days. */
    public static final Layer<DateMention> DATES = Layer.of("DATES", DateMention.class);
    /** Person mentions with roles and countries. */
    public static final Layer<PersonMention> PERSONS = Layer.of("PERSONS", PersonMention.class);
    /** Attributed direct quotes. */
    public static final Layer<Quote> QUOTES = Layer.of("QUOTES", Quote.class);

    /** Place mentions resolved against the gazetteers. */
    public static final Layer<PlaceMention> PLACES = Layer.of("PLACES", PlaceMention.class);
    /** Countries and organizations that can act (parties, mediators, affiliations). */
    public static final Layer<AgentRef> AGENTS = Layer.of("AGENTS", AgentRef.class);
    /** Delegations. */
    public static final Layer<DelegationMention> DELEGATIONS = Layer.of("DELEGATIONS", DelegationMention.class);
    /** Negotiation rounds. */
    public static final Layer<RoundMention> ROUNDS = Layer.of("ROUNDS", RoundMention.class);

    private Layers() {
    }
}
