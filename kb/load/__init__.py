"""Loading the knowledge base: files, YAML with line numbers, validation into the model.

Loading never raises on bad content: what cannot be read becomes a Problem, so one run
reports everything at once, and a file that failed to load is not blamed again by the rules.
"""
