"""Limits that keep reading safe; shared by the reader and the file finder."""

#: Larger files are refused before parsing (a document, not a data dump).
MAX_FILE_BYTES = 4 * 1024 * 1024
