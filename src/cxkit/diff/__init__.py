"""Semantic diffs of personas and journeys (files, folders, git revisions) and the PR review report."""
