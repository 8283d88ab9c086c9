"""The lint engine, its rules and output formats."""
