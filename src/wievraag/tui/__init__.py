"""The Textual app. Never touches files itself: it asks the store (and the question bank)."""
