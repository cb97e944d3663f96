"""The network for analysis: every person as a node, parents, partners and "via" as edges.

GraphML (one file, read by networkx, igraph and Gephi) and CSV (a node table and an edge
table, the two files Gephi's import asks for). Built through networkx, so the GraphML is
what the analysis tools expect and not a hand-written approximation of the format.

Who is in it follows the export's `Namen`: the shared version ("plan") holds only people
with consent, a pseudonymised one holds roles instead of names, numbered ids instead of
the register's ids (those lead back to the file), and no circle title that names someone.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import networkx as nx

from wievraag.export.document import zonder_stuurtekens
from wievraag.export.namen import Namen
from wievraag.model import CONTACTEN, GENERATIES, SECTOREN, TOESTEMMINGEN, Persoon, Sessie

# The node attributes, in column order; "ring: <circle>" columns follow, one per circle.
KOLOMMEN = (
    "id", "naam", "relatie", "sector", "generatie", "leeftijd", "in_leven", "contact",
    "toestemming",
)  # fmt: skip
RAND_KOLOMMEN = ("bron", "doel", "soort")
OUDER, PARTNER, VIA = "ouder", "partner", "via"  # edge kinds: parent→child, partners, via→person


def graaf(sessie: Sessie, namen: Namen) -> nx.MultiDiGraph[str]:
    """The network as a directed multigraph: parent → child, partner → partner (once per
    pair), known-through → person (olievlek). Attributes are strings: every format holds them."""
    personen = namen.personen()
    ids = _ids(personen, namen.pseudoniem)
    g: nx.MultiDiGraph[str] = nx.MultiDiGraph(naam=namen.gezin, bron="wievraag")
    cirkels = [(namen.tekst(c.titel) or c.id, c) for c in sessie.cirkels]
    for p in personen:
        knoop = {
            "naam": namen.naam(p.id) or "",
            # A pseudonym is the relation already; the relation itself may hold a name.
            "relatie": "" if namen.pseudoniem else p.relatie,
            "sector": SECTOREN[p.sector] if p.sector else "",
            "generatie": GENERATIES[p.generatie] if p.generatie else "",
            "leeftijd": p.leeftijd_tekst(),
            "in_leven": "ja" if p.in_leven else "nee",
            "contact": CONTACTEN[p.contact] if p.contact else "",
            "toestemming": TOESTEMMINGEN[p.toestemming],
        }
        for titel, cirkel in cirkels:
            ring = cirkel.ring_van(p.id)
            knoop[f"ring: {titel}"] = cirkel.ringen[ring - 1] if ring else ""
        g.add_node(ids[p.id], **knoop)
    for bron, doel, soort in _randen(personen):
        if bron in ids and doel in ids:
            g.add_edge(ids[bron], ids[doel], soort=soort)
    return _schoon(g)


def _schoon(g: nx.MultiDiGraph[str]) -> nx.MultiDiGraph[str]:
    """Control characters (a damaged file) out of every text: GraphML is XML, which can't
    hold them, and a CSV should not drive the terminal it is read in."""

    def x(d: dict[str, object]) -> dict[str, object]:
        return {
            zonder_stuurtekens(k): zonder_stuurtekens(v) if isinstance(v, str) else v
            for k, v in d.items()
        }

    schoon: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    schoon.graph.update(x(g.graph))
    for knoop, data in g.nodes(data=True):
        schoon.add_node(knoop, **x(data))
    for bron, doel, data in g.edges(data=True):
        schoon.add_edge(bron, doel, **x(data))
    return schoon


def _randen(personen: list[Persoon]) -> Iterator[tuple[str, str, str]]:
    gezien: set[frozenset[str]] = set()
    for p in personen:
        for ouder in p.ouders:
            yield ouder, p.id, OUDER
        for partner in p.partners:
            paar = frozenset((p.id, partner))
            if paar not in gezien:
                gezien.add(paar)
                yield p.id, partner, PARTNER
        if p.via:
            yield p.via, p.id, VIA


def _ids(personen: list[Persoon], pseudoniem: bool) -> dict[str, str]:
    if not pseudoniem:
        return {p.id: p.id for p in personen}
    return {p.id: f"persoon-{n}" for n, p in enumerate(personen, 1)}


def naar_graphml(g: nx.MultiDiGraph[str]) -> bytes:
    uit = io.BytesIO()
    nx.write_graphml(g, uit, encoding="utf-8")
    return uit.getvalue()


def naar_csv(g: nx.MultiDiGraph[str]) -> tuple[bytes, bytes]:
    """(nodes, edges) as CSV with a header row; UTF-8 with BOM, so Excel reads "ë" right."""
    ringen = sorted({k for _, data in g.nodes(data=True) for k in data if k.startswith("ring: ")})
    knopen = io.StringIO()
    schrijver = csv.writer(knopen)
    schrijver.writerow([*KOLOMMEN, *ringen])
    for knoop, data in g.nodes(data=True):
        schrijver.writerow([knoop, *(data.get(k, "") for k in (*KOLOMMEN[1:], *ringen))])
    randen = io.StringIO()
    schrijver = csv.writer(randen)
    schrijver.writerow(RAND_KOLOMMEN)
    for bron, doel, data in g.edges(data=True):
        schrijver.writerow([bron, doel, data["soort"]])
    return (
        knopen.getvalue().encode("utf-8-sig"),
        randen.getvalue().encode("utf-8-sig"),
    )
