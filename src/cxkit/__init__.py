"""cxkit: personas, negative personas and customer journey maps as YAML in git."""

__version__ = "0.1.0"
