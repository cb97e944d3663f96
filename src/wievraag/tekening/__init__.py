"""The network drawn: circles, ecogram, olievlek and genogram, laid out once on a grid of cells.

Pure code (no Textual, no files): the Kaart tab renders a layout as terminal text
(tekst.py), the exports and "save as SVG" render the same layout as SVG (svg.py).
"""
