package org.parley.extract.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.AgentKey;
import org.parley.article.Evidenced;
import org.parley.article.Layers;
import org.parley.article.Place;
import org.parley.article.PlaceMention;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * Venue: the places of a round. A place counts when a locative cue stands before it ("in",
 * "near", "at"; "of" after a place noun; {@code locative-prepositions.txt} [venue]), it is in
 * apposition to a venue already found, or it modifies a trigger ("Doha talks"; only when no cued
 * place is in the sentence: "Gaza ceasefire talks resume in Cairo" is in Cairo), and it is in the
 * subject's clause or within {@value #NEAR_PLACE} tokens of a trigger or verb of meeting. Places
 * that stand for a government, follow an event noun ("war in"; {@code event-nouns.txt}), name a
 * side of a hyphenated pair ("Belgrade-Pristina dialogue"), belong to another noun ("transit
 * area in Albania") or sit inside a longer name ({@link NamePart}) do not count; a country counts
 * only when the talks are said to be held in it or it stands in apposition to a venue
 * ({@link CountryVenue}). "Talks here" is at the dateline's place. Countries used as a
 * place are noted so that they are not taken for parties.
 *
 * <p>Stateless and thread-safe.
 */
public final class VenueRule implements MentionRule {
    /** The dateline's place, for a meeting "here". */
    static final double DATELINE_PLACE = 0.6;

    /** Tokens between a place and a trigger or verb of meeting. */
    static final int NEAR_PLACE = 10;
    /** Tokens before a place searched for a locative cue. */
    private static final int CUE_TOKENS = 4;
    /** A word ending in "ing" of at least this many characters is a gerund, which ends the search for a cue. */
    private static final int GERUND_MIN_CHARS = 6;
    private static final String OF = "of";
    private static final String THE = "the";
    private static final String HYPHENS = "-–";

    private static final Set<String> LOCATIVE = Lexicon.lowerWords("locative-prepositions", "venue");
    private static final Set<String> PLACE_NOUNS = Lexicon.lowerWords("place-nouns", "words");
    private static final Set<String> EVENT_NOUNS = Lexicon.lowerWords("event-nouns", "words");
    private static final Pattern HERE = Pattern.compile(
            "\\b" + Lexicon.alternation("deictic-venue-phrases", "here") + "\\b", Pattern.CASE_INSENSITIVE);

    @Override
    public void apply(MentionContext context, RoundDraft draft) {
        Span ss = context.span();
        String st = context.text();
        List<int[]> anchors = Anchors.of(st, ss.start());
        boolean subject = Clauses.subjectTrigger(context.tokens(), ss, st);
        int mainEnd = ss.start() + Clauses.mainClauseEnd(st);
        List<Evidenced<Place>> modifiers = new ArrayList<>();
        for (PlaceMention p : context.article().get(Layers.PLACES)) {
            if (ss.contains(p.span()) && !p.actor()) {
                consider(context, draft, p, anchors, subject && p.span().start() < mainEnd, modifiers);
            }
        }
        if (draft.places.isEmpty()) {
            draft.places.addAll(modifiers);
        }
        PlaceMention dateline = context.facts().dateline();
        Matcher here = HERE.matcher(st);
        if (draft.places.isEmpty() && here.find() && dateline != null) {
            draft.places.add(new Evidenced<>(dateline.place(), context.shift(here.start(), here.end()), DATELINE_PLACE));
        }
    }

    private static void consider(MentionContext context, RoundDraft draft, PlaceMention p, List<int[]> anchors,
                                 boolean inSubjectClause, List<Evidenced<Place>> modifiers) {
        TokenView tv = context.tokens();
        int t = tv.tokenAt(p.span().start());
        boolean locative = locative(tv, t, tv.sentenceFrom(context.sentence().index()));
        boolean apposed = t > 0 && tv.get(t - 1).text().equals(",") && !draft.places.isEmpty();
        boolean modifier = Triggers.follows(context.text(), p.span().end() - context.span().start());
        boolean country = p.place().kind() == Place.Kind.COUNTRY;
        if (country && (locative && !tv.lower(t - 1).equals(OF) || modifier)) {
            draft.venueCountries.add(AgentKey.country(p.place().countryCode()));
        }
        if (modifier && country || country && !apposed && !CountryVenue.stated(tv, t, tv.tokenAt(p.span().end() - 1) + 1)
                || NamePart.insideLongerName(tv, t, tv.sentenceFrom(context.sentence().index()))) {
            return;
        }
        boolean nearTrigger = Anchors.near(tv, anchors, p.span(), NEAR_PLACE);
        if (!nearTrigger && inSubjectClause && attachedToOtherNoun(tv, t)) {
            return;
        }
        if ((locative || apposed || modifier) && (inSubjectClause || nearTrigger)
                && !eventContext(tv, t) && !compoundSide(context.article().text(), p.span())) {
            (locative || apposed ? draft.places : modifiers).add(new Evidenced<>(p.place(), p.span(), p.confidence()));
        }
    }

    /** True when a locative cue stands in the few tokens before the place, with no verb or gerund between. */
    static boolean locative(TokenView tv, int placeToken, int sentenceFrom) {
        for (int k = placeToken - 1; k >= Math.max(sentenceFrom, placeToken - CUE_TOKENS); k--) {
            if (tv.pos(k).startsWith("VB") || tv.lower(k).endsWith("ing") && tv.lower(k).length() >= GERUND_MIN_CHARS) {
                return false;
            }
            boolean of = tv.lower(k).equals(OF) && k > 0 && PLACE_NOUNS.contains(tv.lower(k - 1));
            if (LOCATIVE.contains(tv.lower(k)) || of) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the place names one side of a hyphenated pair ("the Belgrade-Pristina dialogue"):
     * the capitals stand for the sides, not for the venue.
     */
    static boolean compoundSide(String text, Span place) {
        boolean joinedBefore = place.start() > 1 && HYPHENS.indexOf(text.charAt(place.start() - 1)) >= 0
                && Character.isLetter(text.charAt(place.start() - 2));
        boolean joinedAfter = place.end() + 1 < text.length() && HYPHENS.indexOf(text.charAt(place.end())) >= 0
                && Character.isUpperCase(text.charAt(place.end() + 1));
        return joinedBefore || joinedAfter;
    }

    /**
     * True when the locative phrase before the place hangs on a noun that is not a round ("common
     * travel area in Ireland"): the place is that thing's, not the meeting's.
     */
    static boolean attachedToOtherNoun(TokenView tv, int placeToken) {
        int k = placeToken - 1;
        if (k > 0 && tv.lower(k).equals(THE)) {
            k--;
        }
        if (k < 1 || !LOCATIVE.contains(tv.lower(k))) {
            return false;
        }
        String head = tv.lower(k - 1);
        return tv.pos(k - 1).startsWith("NN") && !Triggers.in(head) && !tv.capitalized(k - 1);
    }

    /** True when a place follows "war in", "attack on", "fighting near": where the war is, not the talks. */
    static boolean eventContext(TokenView tv, int placeToken) {
        int from = Math.max(0, placeToken - CUE_TOKENS);
        for (int k = placeToken - 1; k >= from; k--) {
            if (EVENT_NOUNS.contains(tv.lower(k))) {
                return true;
            }
        }
        return false;
    }
}
