"""The command line, without MkDocs: `python -m kb <command>` (see `python -m kb --help`)."""
