"""The benchmark is a program, not tests: pytest collects nothing here."""

collect_ignore_glob = ["*"]
