package org.parley.extract.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.article.AgentRef;
import org.parley.article.Evidenced;
import org.parley.article.Layers;
import org.parley.article.PersonMention;
import org.parley.article.Span;
import org.parley.extract.TokenView;
import org.parley.extract.lexicon.Lexicon;

/**
 * Parties and participants: the persons who take part in the round (by their own verb, "X met",
 * or in a list of those meeting, "talks with X and Y"; {@code participation-cues.txt}), their
 * countries, and the countries and organizations named in the sentence, except mediators,
 * countries used as the venue, organizations named other than by name, and names that modify a
 * place noun ("Belarus border"; {@code place-nouns.txt}). A person of a meeting that is only
 * proposed does not take part.
 *
 * <p>Runs after {@link VenueRule} and {@link MediatorRule}. Stateless and thread-safe.
 */
public final class PartyRule implements MentionRule {
    /** A person taking part in the round. */
    static final double PARTICIPANT = 0.7;
    /** The country of a person taking part. */
    static final double PARTICIPANT_COUNTRY = 0.6;
    /** A country or organization named by its name. */
    static final double NAMED_PARTY = 0.75;
    /** A country named by a demonym, capital or institution. */
    static final double REFERRED_PARTY = 0.65;

    /** Characters after a person searched for a verb of speaking. */
    private static final int SPEAKS_CHARS = 40;
    /** Tokens after a name searched for a place noun it modifies. */
    private static final int MODIFIER_TOKENS = 3;
    private static final Set<String> POSSESSIVES = Set.of("'s", "’s");

    private static final Pattern TAKES_PART = Pattern.compile("^[^.;]{0,160}?\\b("
            + String.join("|", Lexicon.entries("participation-cues", "takes-part")) + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEAKS = Pattern.compile("^[^.;]{0,160}?\\b("
            + String.join("|", Lexicon.entries("participation-cues", "speaks")) + ")\\b");
    private static final Pattern LISTED_AFTER = Pattern.compile("\\b("
            + String.join("|", Lexicon.entries("participation-cues", "listed-after")) + ")\\s+(\\S+\\s+){0,6}$");
    private static final Pattern MEETING_BEFORE = Pattern.compile("\\b("
            + String.join("|", Lexicon.entries("participation-cues", "meeting")) + ")\\b");
    private static final Set<String> PLACE_NOUNS = Lexicon.lowerWords("place-nouns", "words");

    @Override
    public void apply(MentionContext context, RoundDraft draft) {
        participants(context, draft);
        Span ss = context.span();
        for (AgentRef a : context.article().get(Layers.AGENTS)) {
            if (!ss.contains(a.span()) || draft.mediatorKeys.contains(a.key()) || draft.venueCountries.contains(a.key())
                    && !Triggers.follows(context.text(), a.span().end() - ss.start())) {
                continue;
            }
            if (a.kind() == AgentRef.Kind.ORGANIZATION && a.form() != AgentRef.Form.NAME
                    || modifiesPlace(context.tokens(), a)) {
                continue;
            }
            draft.parties.add(new Evidenced<>(a, a.span(), a.form() == AgentRef.Form.NAME ? NAMED_PARTY : REFERRED_PARTY));
        }
        draft.parties.removeIf(p -> draft.mediatorKeys.contains(p.value().key()));
    }

    private static void participants(MentionContext context, RoundDraft draft) {
        Span ss = context.span();
        List<PersonMention> persons = new ArrayList<>();
        for (PersonMention p : context.article().get(Layers.PERSONS)) {
            if (ss.contains(p.span())) {
                persons.add(p);
            }
        }
        for (PersonMention p : persons) {
            if (draft.mediatorNames.contains(p.name())
                    || !participates(context.text(), p.span().start() - ss.start(), p.span().end() - ss.start())) {
                continue;
            }
            draft.participants.add(new Evidenced<>(p.name(), p.span(), PARTICIPANT));
            String cc = context.facts().personCountries().get(p.name());
            if (cc != null) {
                AgentRef ref = AgentRef.country(p.span(), p.text(), cc, cc, AgentRef.Form.NAME);
                draft.parties.add(new Evidenced<>(ref, p.span(), PARTICIPANT_COUNTRY));
            }
        }
    }

    /**
     * @param st    a sentence
     * @param start a person's start offset in it
     * @param end   the person's end offset in it
     * @return true when the person takes part in the sentence's meeting
     */
    static boolean participates(String st, int start, int end) {
        String after = st.substring(Math.min(end, st.length()));
        String before = st.substring(0, Math.max(0, start)).toLowerCase(Locale.ROOT);
        boolean subject = TAKES_PART.matcher(after).find()
                && !SPEAKS.matcher(after.substring(0, Math.min(after.length(), SPEAKS_CHARS))).find();
        boolean object = LISTED_AFTER.matcher(before).find() && MEETING_BEFORE.matcher(before).find();
        return (subject || object) && !proposedMeeting(st, start);
    }

    /**
     * True when the person at {@code start} belongs to a meeting that is only proposed: the
     * nearest trigger before it opens a clause with a future marker ("direct talks between X and
     * Y that would be facilitated by...").
     */
    private static boolean proposedMeeting(String st, int start) {
        Matcher m = Triggers.TRIGGER.matcher(st);
        int from = -1;
        int to = st.length();
        while (m.find()) {
            if (m.end() <= start) {
                from = m.start();
            } else if (m.start() > start) {
                to = m.start();
                break;
            }
        }
        return from >= 0 && StatusRule.hasFutureMarker(st.substring(from, to));
    }

    /** True when a demonym or country modifies a place noun ("Belarussian region", "Ukrainian cities"). */
    static boolean modifiesPlace(TokenView tv, AgentRef a) {
        int t = tv.tokenAt(a.span().end() - 1);
        for (int k = t + 1; k < Math.min(tv.size(), t + MODIFIER_TOKENS); k++) {
            if (PLACE_NOUNS.contains(tv.lower(k))) {
                return true;
            }
            if (!tv.pos(k).startsWith("JJ") && !POSSESSIVES.contains(tv.lower(k))) {
                break;
            }
        }
        return false;
    }
}
