package org.parley.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Gold annotations in the format of the devset's {@code gold.json}: per article file, the
 * persons, places, delegations and rounds a careful reader finds. Immutable and thread-safe.
 *
 * @param articles annotations by article file name, in file order
 */
public record Gold(Map<String, Article> articles) {

    /** One article's annotations. */
    public record Article(LocalDate published, List<Person> persons, List<String> credits, List<Place> places,
                          List<Delegation> delegations, List<Round> rounds) {
    }

    /** A gold person. */
    public record Person(String name, List<String> aliases, String role, String country, String affiliation) {
    }

    /** A gold place. */
    public record Place(String name, String kind, String country, List<String> aliases) {
    }

    /** A gold delegation. */
    public record Delegation(String side, String head, List<String> members) {
    }

    /** A gold round. */
    public record Round(String label, String city, String country, LocalDate date, Integer ordinal,
                        List<String> parties, String mediator, String status, boolean collective) {
    }

    /**
     * Reads a gold file.
     *
     * @param file the JSON file
     * @return the annotations
     * @throws IllegalArgumentException naming the file when it cannot be read or parsed
     */
    public static Gold read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            JsonObject root = JSON.parse(in);
            Map<String, Article> out = new LinkedHashMap<>();
            for (String name : root.keys()) {
                out.put(name, article(root.get(name).getAsObject()));
            }
            return new Gold(out);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read gold file: " + e.getMessage(), e);
        } catch (JsonParseException | ClassCastException | IllegalStateException e) {
            throw new IllegalArgumentException(file + ": not a gold file in the devset format: " + e.getMessage(), e);
        }
    }

    private static Article article(JsonObject o) {
        List<Person> persons = new ArrayList<>();
        for (JsonValue v : array(o, "persons")) {
            JsonObject p = v.getAsObject();
            persons.add(new Person(str(p, "name"), strings(p, "aliases"), str(p, "role"), str(p, "country"),
                    str(p, "affiliation")));
        }
        List<Place> places = new ArrayList<>();
        for (JsonValue v : array(o, "places")) {
            JsonObject p = v.getAsObject();
            places.add(new Place(str(p, "name"), str(p, "kind"), str(p, "country"), strings(p, "aliases")));
        }
        List<Delegation> delegations = new ArrayList<>();
        for (JsonValue v : array(o, "delegations")) {
            JsonObject d = v.getAsObject();
            delegations.add(new Delegation(str(d, "country"), str(d, "head"), strings(d, "members")));
        }
        List<Round> rounds = new ArrayList<>();
        for (JsonValue v : array(o, "rounds")) {
            JsonObject r = v.getAsObject();
            String date = str(r, "date");
            JsonValue ord = r.get("ordinal");
            JsonValue coll = r.get("collective");
            rounds.add(new Round(str(r, "label"), str(r, "city"), str(r, "country"),
                    date == null ? null : LocalDate.parse(date),
                    ord == null || ord.isNull() ? null : ord.getAsNumber().value().intValue(),
                    strings(r, "parties"), str(r, "mediator"), str(r, "status"),
                    coll != null && coll.isBoolean() && coll.getAsBoolean().value()));
        }
        String published = str(o, "published");
        return new Article(published == null ? null : LocalDate.parse(published), persons, strings(o, "credits"),
                places, delegations, rounds);
    }

    private static List<JsonValue> array(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? List.of() : v.getAsArray();
    }

    private static String str(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null || v.isNull() ? null : v.getAsString().value();
    }

    private static List<String> strings(JsonObject o, String key) {
        List<String> out = new ArrayList<>();
        for (JsonValue v : array(o, key)) {
            if (v.isString()) {
                out.add(v.getAsString().value());
            }
        }
        return out;
    }

}
