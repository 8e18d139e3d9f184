package org.parley.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Shared helpers of the XML exporters: an indenting writer and attribute bookkeeping. Stateless. */
final class XmlOut {

    /** Writes an XML document's body. */
    interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private XmlOut() {
    }

    /**
     * Writes an XML document to a file, creating parent folders.
     *
     * @param out  the file
     * @param body writes the root element
     * @throws IOException when writing fails
     */
    static void write(Path out, Body body) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
            write(os, out.toString(), body);
        }
    }

    /**
     * Writes an XML document to a stream, which is flushed but not closed.
     *
     * @param os    the stream
     * @param where names the destination in errors
     * @param body  writes the root element
     * @throws IOException when writing fails
     */
    static void write(OutputStream os, String where, Body body) throws IOException {
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(os, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
            os.write("\n".getBytes(StandardCharsets.UTF_8));
            os.flush();
        } catch (XMLStreamException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param g a property graph
     * @return the attributes some node of it has, in {@link Attribute#ALL} order
     */
    static List<Attribute> usedAttributes(PropertyGraph g) {
        Set<String> used = new LinkedHashSet<>();
        g.nodes().forEach(n -> used.addAll(n.attributes().keySet()));
        List<Attribute> out = new ArrayList<>();
        for (Attribute a : Attribute.ALL) {
            if (used.contains(a.key())) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * @param values an attribute's values
     * @return them as one cell: a single value as is, several joined with "; "
     */
    static String joined(List<String> values) {
        return String.join("; ", values);
    }

    /** Writes a newline and indentation. */
    static void indent(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
