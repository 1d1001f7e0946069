"""Checks every figure of the connections map in tapestry's JSON against an independent
computation with networkx, from the raw answers.

Usage: python3 check_network.py ASSESSMENT.json PROJECT/tapestry.yaml
Reads the project's member list and each round's canonical CSV (`organisation`, `works_with`,
`should_join`, names separated by ";"), builds the directed graph of ties itself (names matched
to members by case, spacing, apostrophes and punctuation, then by one unique closest name within a few
edits), and compares members, responding, ties, density, reciprocity, components, every node's
degrees and betweenness (to 1e-9), isolates, notResponding and the suggestions with their
mention counts. Prints what differs and exits 1, else prints "ok".
"""
import csv
import json
import os
import re
import sys
import unicodedata

import networkx as nx
import yaml


def key(name):
    text = unicodedata.normalize("NFKC", name).replace("\u2019", "'").replace("'", "").replace("&", " and ").lower()
    text = re.sub(r"[^\w]|_", " ", text)
    return " ".join(text.split())


def distance(a, b):
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def match(name, members):
    k = key(name)
    keys = [key(m) for m in members]
    if k in keys:
        return keys.index(k)
    if len(k) < 4:
        return None
    limit = 1 if len(k) < 8 else 2 if len(k) < 20 else 3
    scored = sorted((distance(k, m), i) for i, m in enumerate(keys))
    best = [i for d, i in scored if d == scored[0][0]]
    return best[0] if scored[0][0] <= limit and len(best) == 1 else None


def expected(rows, members):
    """The network of one round, as methodology.md defines it."""
    names = [m["name"] for m in members]
    ties, unlisted, suggestions = {}, {}, {}
    for row in rows:
        organisation = row["organisation"].strip()
        if not organisation:
            continue
        index = match(organisation, names)
        if index is None:
            unlisted.setdefault(key(organisation), organisation)
            source = ("unlisted", key(organisation))
        else:
            source = ("member", index)
        named = ties.setdefault(source, set())
        for name in row["works_with"].split(";"):
            if name.strip() and match(name, names) is not None:
                named.add(match(name, names))
        for name in row["should_join"].split(";"):
            if name.strip() and match(name, names) is None:
                entry = suggestions.setdefault(key(name), [name.strip(), set()])
                entry[1].add(source)
    nodes = names + [unlisted[k] for k in sorted(unlisted, key=lambda k: (unlisted[k], k))]
    position = {("member", i): i for i in range(len(names))}
    for offset, k in enumerate(sorted(unlisted, key=lambda k: (unlisted[k], k))):
        position[("unlisted", k)] = len(names) + offset
    graph = nx.DiGraph()
    graph.add_nodes_from(range(len(nodes)))
    for source, named in ties.items():
        for target in named:
            if target != position[source]:
                graph.add_edge(position[source], target)
    undirected = graph.to_undirected()
    betweenness = nx.betweenness_centrality(undirected, normalized=True)
    n = len(nodes)
    responded = {position[s] for s in ties}
    return {
        "members": n, "responding": len(responded), "ties": graph.number_of_edges(),
        "density": graph.number_of_edges() / (n * (n - 1)) if n > 1 else None,
        "reciprocity": nx.reciprocity(graph) if graph.number_of_edges() else None,
        "components": nx.number_weakly_connected_components(graph),
        "nodes": [{"name": nodes[i], "inDegree": graph.in_degree(i), "outDegree": graph.out_degree(i),
                   "degree": undirected.degree(i), "betweenness": betweenness[i]} for i in range(n)],
        "isolates": [nodes[i] for i in range(n) if undirected.degree(i) == 0],
        "notResponding": [names[i] for i in range(len(names)) if i not in responded],
        "suggestions": sorted(((v[0], len(v[1])) for v in suggestions.values()), key=lambda s: (-s[1], s[0])),
    }


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 1e-9


def main():
    report = json.load(open(sys.argv[1], encoding="utf-8"))
    project_path = sys.argv[2]
    project = yaml.safe_load(open(project_path, encoding="utf-8"))
    folder = os.path.dirname(project_path)
    members = [m if isinstance(m, dict) else {"name": m} for m in project["members"]]
    problems = []
    rounds = {r["label"]: r for r in report["rounds"]}
    for entry in project["rounds"]:
        with open(os.path.join(folder, entry["file"]), encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        want = expected(rows, members)
        got = rounds[entry["label"]]["network"]
        label = entry["label"]
        if got is None:
            problems.append(f"{label}: no network in the JSON")
            continue
        for field in ("members", "responding", "ties", "components", "isolates", "notResponding"):
            if got[field] != want[field]:
                problems.append(f"{label}: {field} {got[field]!r} != {want[field]!r}")
        for field in ("density", "reciprocity"):
            if not close(got[field], want[field]):
                problems.append(f"{label}: {field} {got[field]!r} != {want[field]!r}")
        if [(s["name"], s["mentions"]) for s in got["suggestions"]] != want["suggestions"]:
            problems.append(f"{label}: suggestions {got['suggestions']!r} != {want['suggestions']!r}")
        if len(got["nodes"]) != len(want["nodes"]):
            problems.append(f"{label}: {len(got['nodes'])} nodes != {len(want['nodes'])}")
        for mine, theirs in zip(got["nodes"], want["nodes"]):
            for field in ("name", "inDegree", "outDegree", "degree"):
                if mine[field] != theirs[field]:
                    problems.append(f"{label}: {theirs['name']}: {field} {mine[field]!r} != {theirs[field]!r}")
            if not close(mine["betweenness"], theirs["betweenness"]):
                problems.append(f"{label}: {theirs['name']}: betweenness {mine['betweenness']!r} != {theirs['betweenness']!r}")
        types = {m["name"]: m.get("type") for m in members}
        for node in got["nodes"]:
            if node["name"] in types and node["type"] != types[node["name"]]:
                problems.append(f"{label}: {node['name']}: type {node['type']!r} != {types[node['name']]!r}")
        checked_betweenness = sum(1 for n in got["nodes"] if n["betweenness"] > 0)
        if checked_betweenness == 0:
            problems.append(f"{label}: no member has any betweenness; the check would prove nothing")
    for problem in problems:
        print(problem)
    print("ok" if not problems else f"{len(problems)} difference(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
