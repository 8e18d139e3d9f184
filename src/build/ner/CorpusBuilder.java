import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import org.parley.article.Span;
import org.parley.nlp.OpenNlpModels;
import org.parley.nlp.ner.NerTokens;

/**
 * Converts name-finder corpus files written in Parley's inline markup into OpenNLP's name-finder
 * training format.
 *
 * <p>Markup: one sentence per line, natural text, names in brackets with a type letter:
 * {@code [P Sergey Ivanov]} person, {@code [L Ankara]} location, {@code [O NATO]} organization,
 * e.g. {@code [L Russia]'s envoy [P Pavel Orlov] met [O OSCE] officials.} Lines starting with
 * {@code #} are comments; blank lines separate documents (kept as blank lines, which make the
 * name finder clear its adaptive data). Each line is tokenized exactly as the name finder stage
 * tokenizes (OpenNLP English tokenizer, then {@link NerTokens}); a name whose edge falls inside a
 * token is an error naming the file and line.
 *
 * <p>Usage (from the project root, after {@code mvn -q -o compile}):
 * {@code java -cp target/classes:$(cat target/cp.txt) src/build/ner/CorpusBuilder.java OUTDIR FILE...}
 * writes OUTDIR/NAME.train for every FILE NAME.txt. See build-corpus.sh.
 */
public final class CorpusBuilder {

    public static void main(String[] args) throws IOException {
        Path outDir = Path.of(args[0]);
        Files.createDirectories(outDir);
        TokenizerME tokenizer = new TokenizerME(OpenNlpModels.tokens());
        int errors = 0;
        for (int a = 1; a < args.length; a++) {
            Path in = Path.of(args[a]);
            List<String> lines = Files.readAllLines(in, StandardCharsets.UTF_8);
            List<String> out = new ArrayList<>();
            boolean lastBlank = true;
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n).strip();
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.isEmpty()) {
                    if (!lastBlank) {
                        out.add("");
                    }
                    lastBlank = true;
                    continue;
                }
                try {
                    out.add(convert(tokenizer, line));
                    lastBlank = false;
                } catch (IllegalArgumentException e) {
                    System.err.println(in + " [line " + (n + 1) + "]: " + e.getMessage());
                    errors++;
                }
            }
            String name = in.getFileName().toString().replaceFirst("\\.txt$", "") + ".train";
            Files.write(outDir.resolve(name), out, StandardCharsets.UTF_8);
        }
        if (errors > 0) {
            System.err.println(errors + " error(s)");
            System.exit(1);
        }
    }

    static String convert(TokenizerME tokenizer, String line) {
        StringBuilder text = new StringBuilder();
        List<int[]> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '[') {
                int close = line.indexOf(']', i);
                if (close < 0 || i + 3 > close || line.charAt(i + 2) != ' ') {
                    throw new IllegalArgumentException("bad name markup at column " + (i + 1));
                }
                String type = switch (line.charAt(i + 1)) {
                    case 'P' -> "person";
                    case 'L' -> "location";
                    case 'O' -> "organization";
                    default -> throw new IllegalArgumentException("unknown name type at column " + (i + 1));
                };
                int start = text.length();
                text.append(line, i + 3, close);
                names.add(new int[] {start, text.length()});
                types.add(type);
                i = close + 1;
            } else if (c == ']') {
                throw new IllegalArgumentException("unmatched ] at column " + (i + 1));
            } else {
                text.append(c);
                i++;
            }
        }
        String s = text.toString();
        List<Span> raw = new ArrayList<>();
        for (opennlp.tools.util.Span t : tokenizer.tokenizePos(s)) {
            raw.add(new Span(t.getStart(), t.getEnd()));
        }
        List<Span> tokens = NerTokens.split(s, raw);
        String[] open = new String[tokens.size()];
        boolean[] close = new boolean[tokens.size()];
        for (int k = 0; k < names.size(); k++) {
            int[] nm = names.get(k);
            int first = -1;
            int last = -1;
            for (int t = 0; t < tokens.size(); t++) {
                if (tokens.get(t).start() == nm[0]) {
                    first = t;
                }
                if (tokens.get(t).end() == nm[1]) {
                    last = t;
                }
            }
            if (last < 0 && s.charAt(nm[1] - 1) == '.') {
                for (int t = 0; t < tokens.size(); t++) {
                    if (tokens.get(t).end() == nm[1] - 1) {
                        last = t;
                    }
                }
            }
            if (first < 0 || last < first) {
                throw new IllegalArgumentException("name '" + s.substring(nm[0], nm[1])
                        + "' does not fall on token boundaries: " + tokens.stream().map(t -> t.of(s)).toList());
            }
            open[first] = types.get(k);
            close[last] = true;
        }
        StringBuilder out = new StringBuilder();
        for (int t = 0; t < tokens.size(); t++) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (open[t] != null) {
                out.append("<START:").append(open[t]).append("> ");
            }
            out.append(tokens.get(t).of(s));
            if (close[t]) {
                out.append(" <END>");
            }
        }
        return out.toString();
    }
}
