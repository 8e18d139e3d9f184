package org.parley.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

/**
 * Writes SELECT results as a text table for people: a literal shows its text only ("Kyiv", not
 * {@code "Kyiv"@en}; "2022-02-28", not its datatype), an IRI its prefixed name where the query
 * declares the prefix, else the IRI in angle brackets; an unbound cell stays empty. The layout is
 * the one Jena's text output uses (a rule, the header, a double rule, the rows, a rule), with line
 * breaks in values shown as spaces. Stateless and thread-safe.
 */
public final class TextTable {

    private TextTable() {
    }

    /**
     * Writes the results.
     *
     * @param out      where to write; flushed, not closed
     * @param rs       the results, consumed
     * @param prefixes the query's prefixes, for IRIs
     */
    public static void write(OutputStream out, ResultSet rs, PrefixMapping prefixes) {
        List<String> vars = rs.getResultVars();
        List<String[]> rows = new ArrayList<>();
        while (rs.hasNext()) {
            var solution = rs.next();
            String[] row = new String[vars.size()];
            for (int i = 0; i < row.length; i++) {
                row[i] = cell(solution.get(vars.get(i)), prefixes);
            }
            rows.add(row);
        }
        int[] widths = widths(vars, rows);
        PrintStream ps = new PrintStream(out, false, StandardCharsets.UTF_8);
        String rule = "-".repeat(total(widths));
        ps.println(rule);
        ps.println(line(vars.toArray(new String[0]), widths));
        ps.println("=".repeat(total(widths)));
        for (String[] row : rows) {
            ps.println(line(row, widths));
        }
        ps.println(rule);
        ps.flush();
    }

    /**
     * @param value    a value, or null when unbound
     * @param prefixes prefixes for IRIs
     * @return the text shown for it
     */
    static String cell(RDFNode value, PrefixMapping prefixes) {
        if (value == null) {
            return "";
        }
        Node n = value.asNode();
        String text;
        if (n.isLiteral()) {
            text = n.getLiteralLexicalForm();
        } else if (n.isURI()) {
            String shortForm = prefixes == null ? null : prefixes.qnameFor(n.getURI());
            text = shortForm != null ? shortForm : "<" + n.getURI() + ">";
        } else {
            text = "_:" + n.getBlankNodeLabel();
        }
        return text.replaceAll("[\\r\\n\\t]+", " ");
    }

    private static int[] widths(List<String> vars, List<String[]> rows) {
        int[] w = new int[vars.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = vars.get(i).codePointCount(0, vars.get(i).length());
        }
        for (String[] row : rows) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(w[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        return w;
    }

    private static int total(int[] widths) {
        int t = 1;
        for (int w : widths) {
            t += w + 3;
        }
        return t;
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            int pad = widths[i] - cells[i].codePointCount(0, cells[i].length());
            sb.append(' ').append(cells[i]).append(" ".repeat(pad)).append(" |");
        }
        return sb.toString();
    }
}
