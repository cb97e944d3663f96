"""Drawings of the network, pure (no Textual): laid out once, rendered as text and as SVG."""
