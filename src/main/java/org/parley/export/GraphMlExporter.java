package org.parley.export;

import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the {@link PropertyGraph} as GraphML (read by yEd, Gephi, Cytoscape, NetworkX): one directed
 * graph, {@code <key>} declarations with {@code attr.type} for the node attributes {@code label},
 * {@code type}, {@code labels} and every {@link Attribute} in use, and for the edge attributes
 * {@code label} and {@code predicate}. Node ids are IRIs; edge ids {@code e0, e1...} in sorted order.
 * Multi-valued attributes are joined with "; ". Stateless and thread-safe.
 */
public final class GraphMlExporter extends XmlGraphExporter {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    @Override
    public String formatName() {
        return "graphml";
    }

    @Override
    XmlOut.Body body(PropertyGraph g) {
        List<Attribute> attrs = XmlOut.usedAttributes(g);
        return w -> {
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            w.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            key(w, "n_label", "node", "label", "string");
            key(w, "n_type", "node", "type", "string");
            key(w, "n_labels", "node", "labels", "string");
            for (Attribute a : attrs) {
                key(w, "n_" + a.key(), "node", a.key(), a.type().xmlName());
            }
            key(w, "e_label", "edge", "label", "string");
            key(w, "e_predicate", "edge", "predicate", "string");
            XmlOut.indent(w, 1);
            w.writeStartElement("graph");
            w.writeAttribute("id", "parley");
            w.writeAttribute("edgedefault", "directed");
            for (PropertyGraph.Node n : g.nodes()) {
                XmlOut.indent(w, 2);
                w.writeStartElement("node");
                w.writeAttribute("id", n.id());
                data(w, "n_label", n.label());
                data(w, "n_type", n.type());
                data(w, "n_labels", String.join(";", n.labels()));
                for (Map.Entry<String, List<String>> a : n.attributes().entrySet()) {
                    data(w, "n_" + a.getKey(), XmlOut.joined(a.getValue()));
                }
                XmlOut.indent(w, 2);
                w.writeEndElement();
            }
            int i = 0;
            for (PropertyGraph.Edge e : g.edges()) {
                XmlOut.indent(w, 2);
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + i++);
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                data(w, "e_label", e.label());
                data(w, "e_predicate", e.predicate());
                XmlOut.indent(w, 2);
                w.writeEndElement();
            }
            XmlOut.indent(w, 1);
            w.writeEndElement();
            XmlOut.indent(w, 0);
            w.writeEndElement();
        };
    }

    private static void key(XMLStreamWriter w, String id, String domain, String name, String type)
            throws XMLStreamException {
        XmlOut.indent(w, 1);
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", domain);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        XmlOut.indent(w, 3);
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
