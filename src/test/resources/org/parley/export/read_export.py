"""Reads one Parley export with tools independent of Parley and prints what it found as JSON.

usage: read_export.py graphml|gexf|neo4j-csv|jsonld PATH
"""
import csv
import glob
import json
import os
import sys


def node_summary(g, node_id):
    data = dict(g.nodes[node_id]) if node_id in g else {}
    return {k: (v if isinstance(v, (int, float, str)) else str(v)) for k, v in data.items()}


def graph_summary(g, probe):
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "edge_labels": sorted({d.get("label", "") for _, _, d in g.edges(data=True)}),
        "probe": node_summary(g, probe),
    }


def main():
    fmt, path = sys.argv[1], sys.argv[2]
    probe = sys.argv[3] if len(sys.argv) > 3 else ""
    if fmt == "graphml":
        import networkx as nx
        out = graph_summary(nx.read_graphml(path), probe)
    elif fmt == "gexf":
        import networkx as nx
        out = graph_summary(nx.read_gexf(path), probe)
    elif fmt == "neo4j-csv":
        nodes, edges, headers, probe_row = 0, 0, {}, {}
        for f in sorted(glob.glob(os.path.join(path, "nodes_*.csv"))):
            with open(f, newline="", encoding="utf-8") as fh:
                rows = list(csv.reader(fh))
            headers[os.path.basename(f)] = rows[0]
            nodes += len(rows) - 1
            for r in rows[1:]:
                if r[0] == probe:
                    probe_row = dict(zip(rows[0], r))
        for f in sorted(glob.glob(os.path.join(path, "rels_*.csv"))):
            with open(f, newline="", encoding="utf-8") as fh:
                rows = list(csv.reader(fh))
            headers[os.path.basename(f)] = rows[0]
            edges += len(rows) - 1
        with open(os.path.join(path, "import.sh"), encoding="utf-8") as fh:
            script = fh.read()
        out = {"nodes": nodes, "edges": edges, "headers": headers, "probe": probe_row, "import": script}
    elif fmt == "jsonld":
        import rdflib
        g = rdflib.ConjunctiveGraph()
        g.parse(path, format="json-ld")
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
        out = {"triples": len(g), "quads": sum(len(c) for c in g.contexts()),
               "graphs": len([c for c in g.contexts() if len(c) > 0]), "keys": sorted(doc.get("@context", {}).keys()) if isinstance(doc.get("@context"), dict) else [],
               "raw": json.dumps(doc)}
    else:
        raise SystemExit("unknown format " + fmt)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
