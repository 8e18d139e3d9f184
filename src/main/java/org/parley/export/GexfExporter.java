package org.parley.export;

import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the {@link PropertyGraph} as GEXF for Gephi, NetworkX and Cytoscape: version 1.2draft by
 * default, which all three read (NetworkX up to 3.x knows no 1.3), or 1.3 on request
 * ({@link Version}). A static directed graph whose nodes carry
 * the IRI as id, the display name as label, and attributes {@code type}, {@code labels} and every
 * {@link Attribute} in use (declared in {@code <attributes class="node">} with their types); edges
 * carry the predicate's label as label and the predicate IRI as attribute. Multi-valued attributes
 * are joined with "; ". The two versions differ only in namespace and version attribute here.
 * Immutable and thread-safe.
 */
public final class GexfExporter extends XmlGraphExporter {

    /** The GEXF versions written, with their namespaces. */
    public enum Version {
        /** GEXF 1.2draft: the default, read by Gephi, NetworkX 2.x and 3.x and Cytoscape. */
        V1_2DRAFT("1.2draft", "http://www.gexf.net/1.2draft"),
        /** GEXF 1.3: read by Gephi 0.9 and later. */
        V1_3("1.3", "http://gexf.net/1.3");

        private final String label;
        private final String namespace;

        Version(String label, String namespace) {
            this.label = label;
            this.namespace = namespace;
        }

        /** @return the value of the {@code version} attribute ({@code 1.2draft}) */
        public String label() {
            return label;
        }

        /** @return the default namespace of the document */
        public String namespace() {
            return namespace;
        }

        /**
         * Parses a command-line value.
         *
         * @param value {@code 1.2draft} (or {@code 1.2}) or {@code 1.3}
         * @return the version
         * @throws IllegalArgumentException naming the accepted values
         */
        public static Version parse(String value) {
            String v = value.trim();
            if (v.equals("1.2") || v.equalsIgnoreCase(V1_2DRAFT.label)) {
                return V1_2DRAFT;
            }
            if (v.equals(V1_3.label)) {
                return V1_3;
            }
            throw new IllegalArgumentException("GEXF version " + value + ": expected 1.2draft or 1.3");
        }
    }

    private final Version version;

    /** A writer of GEXF 1.2draft. */
    public GexfExporter() {
        this(Version.V1_2DRAFT);
    }

    /** @param version the GEXF version to write */
    public GexfExporter(Version version) {
        this.version = version;
    }

    /** @return the GEXF version written */
    public Version version() {
        return version;
    }

    @Override
    public String formatName() {
        return "gexf";
    }

    @Override
    XmlOut.Body body(PropertyGraph g) {
        List<Attribute> attrs = XmlOut.usedAttributes(g);
        return w -> {
            w.writeStartElement("gexf");
            w.writeDefaultNamespace(version.namespace());
            w.writeAttribute("version", version.label());
            XmlOut.indent(w, 1);
            w.writeStartElement("meta");
            XmlOut.indent(w, 2);
            w.writeStartElement("creator");
            w.writeCharacters("Parley");
            w.writeEndElement();
            XmlOut.indent(w, 2);
            w.writeStartElement("description");
            w.writeCharacters("Diplomatic negotiations extracted from news articles");
            w.writeEndElement();
            XmlOut.indent(w, 1);
            w.writeEndElement();
            XmlOut.indent(w, 1);
            w.writeStartElement("graph");
            w.writeAttribute("mode", "static");
            w.writeAttribute("defaultedgetype", "directed");
            XmlOut.indent(w, 2);
            w.writeStartElement("attributes");
            w.writeAttribute("class", "node");
            declare(w, "type", "string");
            declare(w, "labels", "string");
            for (Attribute a : attrs) {
                declare(w, a.key(), a.type().xmlName());
            }
            XmlOut.indent(w, 2);
            w.writeEndElement();
            XmlOut.indent(w, 2);
            w.writeStartElement("attributes");
            w.writeAttribute("class", "edge");
            declare(w, "predicate", "string");
            XmlOut.indent(w, 2);
            w.writeEndElement();
            XmlOut.indent(w, 2);
            w.writeStartElement("nodes");
            for (PropertyGraph.Node n : g.nodes()) {
                XmlOut.indent(w, 3);
                w.writeStartElement("node");
                w.writeAttribute("id", n.id());
                w.writeAttribute("label", n.label());
                XmlOut.indent(w, 4);
                w.writeStartElement("attvalues");
                value(w, "type", n.type());
                value(w, "labels", String.join(";", n.labels()));
                for (Map.Entry<String, List<String>> a : n.attributes().entrySet()) {
                    value(w, a.getKey(), XmlOut.joined(a.getValue()));
                }
                XmlOut.indent(w, 4);
                w.writeEndElement();
                XmlOut.indent(w, 3);
                w.writeEndElement();
            }
            XmlOut.indent(w, 2);
            w.writeEndElement();
            XmlOut.indent(w, 2);
            w.writeStartElement("edges");
            int i = 0;
            for (PropertyGraph.Edge e : g.edges()) {
                XmlOut.indent(w, 3);
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + i++);
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                w.writeAttribute("label", e.label());
                w.writeStartElement("attvalues");
                value(w, "predicate", e.predicate());
                w.writeEndElement();
                w.writeEndElement();
            }
            XmlOut.indent(w, 2);
            w.writeEndElement();
            XmlOut.indent(w, 1);
            w.writeEndElement();
            XmlOut.indent(w, 0);
            w.writeEndElement();
        };
    }

    private static void declare(XMLStreamWriter w, String id, String type) throws XMLStreamException {
        XmlOut.indent(w, 3);
        w.writeEmptyElement("attribute");
        w.writeAttribute("id", id);
        w.writeAttribute("title", id);
        w.writeAttribute("type", type);
    }

    private static void value(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeEmptyElement("attvalue");
        w.writeAttribute("for", key);
        w.writeAttribute("value", value);
    }
}
